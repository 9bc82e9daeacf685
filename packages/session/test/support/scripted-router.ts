/**
 * A router the test scripts message by message: an in-memory transport whose far end is the
 * test. Messages cross as JSON bytes through the real serializer (so each side gets its own
 * parsed copy, and unserializable payloads fail as they would on a socket); delivery is
 * asynchronous and in order.
 */
import type { IMessage, ITransport, ITransportConnector, ITransportHandler, TransportDetails } from '@wamp/interfaces';
import { TransportLost } from '@wamp/interfaces';
import { parseMessage } from '@wamp/message';
import { JsonSerializer } from '@wamp/serializers/json';

const DETAILS: TransportDetails = {
  channelType: 'memory',
  channelFraming: 'native',
  channelSerializer: 'json',
  own: undefined,
  peer: 'memory',
  isServer: false,
  isSecure: false,
  channelId: {},
};

export class ScriptedRouter implements ITransportConnector {
  readonly description = 'scripted in-memory router';
  /** Every message the session sent, as WAMP lists. */
  readonly received: unknown[][] = [];
  closed: { wasClean: boolean } | undefined;
  #handler: ITransportHandler | undefined;
  #transport: ITransport | undefined;
  #read = 0;
  #waiters: (() => void)[] = [];
  readonly #serializer = new JsonSerializer();

  connect(handler: ITransportHandler): Promise<ITransport> {
    this.#handler = handler;
    const open = { value: true };
    const transport: ITransport = {
      send: (message: IMessage) => {
        if (!open.value) throw new TransportLost('closed');
        const [bytes, isBinary] = this.#serializer.serialize(message);
        queueMicrotask(() => {
          for (const m of this.#serializer.unserialize(bytes, isBinary)) this.received.push(m.marshal());
          for (const w of this.#waiters.splice(0)) w();
        });
        return true;
      },
      onDrain: () => Promise.resolve(),
      isOpen: () => open.value,
      transportDetails: DETAILS,
      close: () => this.#close(open, true),
      abort: () => this.#close(open, false),
    };
    this.#transport = transport;
    this.#openFlag = open;
    handler.onOpen(transport);
    return Promise.resolve(transport);
  }

  #openFlag: { value: boolean } | undefined;

  #close(open: { value: boolean }, wasClean: boolean): void {
    if (!open.value) return;
    open.value = false;
    queueMicrotask(() => {
      this.closed = { wasClean };
      this.#handler?.onClose(wasClean);
      for (const w of this.#waiters.splice(0)) w();
    });
  }

  /** The router sends `wmsg` (a WAMP list) to the session. */
  send(wmsg: unknown[]): void {
    const message = parseMessage(wmsg);
    const [bytes, isBinary] = this.#serializer.serialize(message);
    queueMicrotask(() => {
      for (const m of this.#serializer.unserialize(bytes, isBinary)) this.#handler?.onMessage(m);
    });
  }

  /** The router drops the connection. */
  drop(): void {
    if (this.#openFlag) this.#close(this.#openFlag, false);
  }

  /** Resolves with the next message the session sent that the test has not read yet. */
  async next(timeoutMs = 2000): Promise<unknown[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length <= this.#read) {
      if (this.closed !== undefined) throw new Error(`transport closed while waiting; received ${JSON.stringify(this.received)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no message within ${timeoutMs} ms; received ${JSON.stringify(this.received)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.received[this.#read++]!;
  }

  /** Reads the next message and checks its type. */
  async expect(type: number): Promise<unknown[]> {
    const message = await this.next();
    if (message[0] !== type) throw new Error(`expected message type ${type}, got ${JSON.stringify(message)}`);
    return message;
  }

  /**
   * Answers the session's HELLO with WELCOME (session id 77, role `user`), announcing every
   * Advanced Profile feature the session can use unless `details.roles` says otherwise.
   */
  async welcome(details: Record<string, unknown> = {}): Promise<unknown[]> {
    const hello = await this.expect(1);
    this.send([2, 77, { roles: ALL_FEATURES, authid: 'u', authrole: 'user', authmethod: 'anonymous', ...details }]);
    return hello;
  }

  get transport(): ITransport | undefined {
    return this.#transport;
  }
}

const on = (...features: string[]): { features: Record<string, boolean> } => ({ features: Object.fromEntries(features.map((f) => [f, true])) });

/** WELCOME.Details.roles of a router that announces everything the session can use. */
export const ALL_FEATURES = {
  dealer: on('call_canceling', 'call_timeout', 'caller_identification', 'pattern_based_registration', 'progressive_call_invocations', 'progressive_call_results', 'shared_registration'),
  broker: on('event_retention', 'pattern_based_subscription', 'publisher_exclusion', 'publisher_identification', 'subscriber_blackwhite_listing'),
};
