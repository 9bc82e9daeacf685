/**
 * An in-memory loopback connection to a router, for driving it with raw WAMP messages.
 *
 * Both ends implement the transport contract: the router end gets `ITransport`, messages go
 * through a real serializer (so the client gets its own parsed copy, as over a socket), and
 * delivery is asynchronous (queueMicrotask) and in order.
 */
import type { IMessage, ISerializer, ITransport, ITransportHandler, TransportCloseInfo, TransportDetails } from '@wamp/interfaces';
import { ProtocolError, TransportLost } from '@wamp/interfaces';
import { Abort } from '@wamp/message';
import { JsonObjectSerializer, JsonSerializer } from '@wamp/serializers/json';
import type { HandlerOptions, Router } from '../../src/index.js';

/** Options of {@link connect}. */
export interface ConnectOptions extends HandlerOptions {
  /** Largest message the client accepts; a larger one makes the router end's `send` throw. */
  maxMessageSize?: number;
  /** Transport details the router end reports. */
  details?: Partial<TransportDetails>;
}

/** The client end: send raw WAMP lists (or message objects), read what the router sent. */
export class TestClient {
  /** Every message received, as WAMP lists. */
  readonly messages: unknown[][] = [];
  /** How the connection ended, once it did. */
  closeInfo: { wasClean: boolean; info: TransportCloseInfo | undefined } | undefined;
  /** The next request ID this client should use (sequential, as the spec requires). */
  #request = 0;
  #read = 0;
  #waiters: (() => void)[] = [];
  server!: ServerEnd;
  readonly #objects = new JsonObjectSerializer();
  readonly #serializer: ISerializer;

  constructor(serializer: ISerializer) {
    this.#serializer = serializer;
  }

  /** The next sequential request ID. */
  request(): number {
    return ++this.#request;
  }

  /**
   * Sends a message: a WAMP list goes through the JSON serializer and is parsed on the router
   * end as a transport would (a parse error ends the connection with ABORT); an `IMessage` is
   * handed over as it is (to test the router's own checks).
   */
  send(message: unknown[] | IMessage): void {
    if (this.closeInfo !== undefined || !this.server.isOpen()) throw new TransportLost('loopback closed');
    if (Array.isArray(message)) {
      const bytes = this.#objects.serialize(message);
      queueMicrotask(() => this.server.receiveBytes(bytes));
    } else {
      queueMicrotask(() => this.server.receiveMessage(message));
    }
  }

  /** Resolves with the next message not read yet. */
  async next(): Promise<unknown[]> {
    await this.#until(() => this.messages.length > this.#read || this.closeInfo !== undefined);
    if (this.messages.length <= this.#read) throw new Error(`connection closed while waiting for a message (read ${this.#read}: ${JSON.stringify(this.messages)})`);
    return this.messages[this.#read++]!;
  }

  /** Resolves with the next message, checking its type code. */
  async expect(type: number): Promise<unknown[]> {
    const message = await this.next();
    if (message[0] !== type) throw new Error(`expected message type ${type}, got ${JSON.stringify(message)}`);
    return message;
  }

  /** Resolves once the connection has closed. */
  async closed(): Promise<{ wasClean: boolean; info: TransportCloseInfo | undefined }> {
    await this.#until(() => this.closeInfo !== undefined);
    return this.closeInfo!;
  }

  /** Lets every queued delivery happen (a few microtask turns and one macrotask). */
  async settle(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
  }

  /** Messages received and not read yet. */
  unread(): unknown[][] {
    return this.messages.slice(this.#read);
  }

  /** Closes the connection from the client side (the router sees `onClose(true)`). */
  close(): void {
    this.server.close();
  }

  /** Drops the connection abruptly (the router sees `onClose(false)`). */
  abort(): void {
    this.server.abort();
  }

  receiveBytes(bytes: Uint8Array, isBinary: boolean): void {
    for (const m of this.#serializer.unserialize(bytes, isBinary)) this.messages.push(m.marshal());
    this.#poke();
  }

  ended(wasClean: boolean, info: TransportCloseInfo | undefined): void {
    this.closeInfo ??= { wasClean, info };
    this.#poke();
  }

  #poke(): void {
    for (const w of this.#waiters.splice(0)) w();
  }

  #until(test: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = (): void => {
        if (test()) resolve();
        else this.#waiters.push(check);
      };
      check();
    });
  }
}

/** The router end of the loopback: the `ITransport` the router's handler sends through. */
export class ServerEnd implements ITransport {
  readonly transportDetails: TransportDetails;
  /** Every message the router sent, as objects (to check identity, e.g. one EVENT for all). */
  readonly sent: IMessage[] = [];
  #open = true;
  #notified = false;

  constructor(
    private readonly client: TestClient,
    private readonly handler: ITransportHandler,
    private readonly serializer: ISerializer,
    private readonly maxMessageSize: number,
    details: Partial<TransportDetails> | undefined,
  ) {
    this.transportDetails = {
      channelType: 'memory',
      channelFraming: 'native',
      channelSerializer: serializer.SERIALIZER_ID,
      own: 'memory:router',
      peer: 'memory:client',
      isServer: true,
      isSecure: false,
      channelId: {},
      ...details,
    };
  }

  send(message: IMessage): boolean {
    if (!this.#open) throw new TransportLost('loopback closed');
    const [bytes, isBinary] = this.serializer.serialize(message);
    if (bytes.length > this.maxMessageSize) throw new ProtocolError(`message of ${bytes.length} bytes exceeds the client's maximum of ${this.maxMessageSize}`);
    this.sent.push(message);
    queueMicrotask(() => this.client.receiveBytes(bytes, isBinary));
    return true;
  }

  onDrain(): Promise<void> {
    return this.#open ? Promise.resolve() : Promise.reject(new TransportLost('loopback closed'));
  }

  isOpen(): boolean {
    return this.#open;
  }

  close(): void {
    this.#end(true, { reason: 'closed' });
  }

  abort(): void {
    this.#end(false, { reason: 'aborted' });
  }

  receiveBytes(bytes: Uint8Array): void {
    if (!this.#open) return;
    let messages: IMessage[];
    try {
      messages = this.serializer.unserialize(bytes, false);
    } catch (error) {
      // What a transport does with bytes that do not parse (transport contract).
      this.send(new Abort({ details: { message: (error as Error).message }, reason: 'wamp.error.protocol_violation' }));
      this.#end(false, { reason: (error as Error).message, error: error as Error });
      return;
    }
    for (const m of messages) if (this.#open) this.handler.onMessage(m);
  }

  receiveMessage(message: IMessage): void {
    if (this.#open) this.handler.onMessage(message);
  }

  #end(wasClean: boolean, info: TransportCloseInfo): void {
    if (!this.#open) return;
    this.#open = false;
    queueMicrotask(() => {
      if (this.#notified) return;
      this.#notified = true;
      this.handler.onClose(wasClean, info);
      this.client.ended(wasClean, info);
    });
  }
}

// Shared by every connection, as a listener shares the serializers it was given: a message sent
// to several clients is encoded once.
const serializer = new JsonSerializer();

/** Opens a loopback connection to `router` (through `router.createHandler`). */
export function connect(router: Router, options: ConnectOptions = {}): TestClient {
  const client = new TestClient(serializer);
  const handler = router.createHandler(options.auth === undefined ? undefined : { auth: options.auth });
  const server = new ServerEnd(client, handler, serializer, options.maxMessageSize ?? 16 * 1024 * 1024, options.details);
  client.server = server;
  handler.onOpen(server);
  return client;
}

/** The roles a test client announces. */
export const CLIENT_ROLES = { caller: {}, callee: {}, publisher: {}, subscriber: {} };

/** Connects and joins `realm` anonymously; resolves with the client and its WELCOME. */
export async function join(router: Router, realm = 'realm1', details: Record<string, unknown> = {}, options: ConnectOptions = {}): Promise<{ client: TestClient; welcome: unknown[]; session: number }> {
  const client = connect(router, options);
  client.send([1, realm, { roles: CLIENT_ROLES, ...details }]);
  const welcome = await client.expect(2);
  return { client, welcome, session: welcome[1] as number };
}
