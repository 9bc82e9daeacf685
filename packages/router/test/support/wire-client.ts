/**
 * A raw WAMP client over a real transport connector: sends WAMP lists, records what arrives.
 */
import type { IMessage, ITransport, ITransportConnector, ITransportHandler, TransportCloseInfo } from '@wamp/interfaces';
import { parseMessage } from '@wamp/message';

/** A raw client on a real connection. */
export class WireClient implements ITransportHandler {
  readonly messages: unknown[][] = [];
  transport!: ITransport;
  closeInfo: { wasClean: boolean; info: TransportCloseInfo | undefined } | undefined;
  #request = 0;
  #read = 0;
  #waiters: (() => void)[] = [];

  /** Connects through `connector`. */
  static async connect(connector: ITransportConnector): Promise<WireClient> {
    const client = new WireClient();
    await connector.connect(client, { signal: AbortSignal.timeout(5000) });
    return client;
  }

  onOpen(transport: ITransport): void {
    this.transport = transport;
  }

  onMessage(message: IMessage): void {
    this.messages.push(message.marshal());
    this.#poke();
  }

  onClose(wasClean: boolean, info?: TransportCloseInfo): void {
    this.closeInfo = { wasClean, info };
    this.#poke();
  }

  request(): number {
    return ++this.#request;
  }

  send(message: unknown[]): void {
    this.transport.send(parseMessage(message));
  }

  async next(): Promise<unknown[]> {
    await this.#until(() => this.messages.length > this.#read || this.closeInfo !== undefined);
    if (this.messages.length <= this.#read) throw new Error(`connection closed while waiting (${JSON.stringify(this.closeInfo)})`);
    return this.messages[this.#read++]!;
  }

  async expect(type: number): Promise<unknown[]> {
    const message = await this.next();
    if (message[0] !== type) throw new Error(`expected message type ${type}, got ${JSON.stringify(message)}`);
    return message;
  }

  async closed(): Promise<void> {
    await this.#until(() => this.closeInfo !== undefined);
  }

  /** Joins `realm`, answering a CHALLENGE with `answer` when given. */
  async join(realm: string, details: Record<string, unknown> = {}, answer?: (extra: Record<string, unknown>) => Promise<string> | string): Promise<unknown[]> {
    this.send([1, realm, { roles: { caller: {}, callee: {}, publisher: {}, subscriber: {} }, ...details }]);
    let reply = await this.next();
    if (reply[0] === 4 && answer !== undefined) {
      this.send([5, await answer(reply[2] as Record<string, unknown>), {}]);
      reply = await this.next();
    }
    return reply;
  }

  /** Leaves with GOODBYE, then closes the transport. */
  async leave(): Promise<void> {
    this.send([6, {}, 'wamp.close.normal']);
    await this.expect(6);
    this.transport.close();
    await this.closed();
  }

  #poke(): void {
    for (const w of this.#waiters.splice(0)) w();
  }

  #until(test: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = (): void => (test() ? resolve() : void this.#waiters.push(check));
      check();
    });
  }
}
