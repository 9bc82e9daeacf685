/**
 * A recording `ITransportHandler` with promises for what it saw, for the transport suite.
 *
 * @module
 */
import type { IMessage, ITransport, ITransportHandler, TransportCloseInfo } from '@wamp/interfaces';

/** One `onClose` call. */
export interface RecordedClose {
  readonly wasClean: boolean;
  readonly info: TransportCloseInfo | undefined;
}

/** A handler that records every call and lets a check wait for them, with a time limit. */
export class RecordingHandler implements ITransportHandler {
  transport: ITransport | undefined;
  opens = 0;
  readonly messages: IMessage[] = [];
  readonly closes: RecordedClose[] = [];
  #waiters: (() => void)[] = [];

  onOpen(transport: ITransport): void {
    this.opens++;
    this.transport = transport;
    this.#poke();
  }

  onMessage(message: IMessage): void {
    this.messages.push(message);
    this.#poke();
  }

  onClose(wasClean: boolean, info?: TransportCloseInfo): void {
    this.closes.push({ wasClean, info });
    this.#poke();
  }

  /** Resolves when `test()` holds; rejects after `ms` naming `what`. */
  until(test: () => boolean, what: string, ms = 5000): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
      const check = (): void => {
        if (test()) {
          clearTimeout(timer);
          resolve();
        } else {
          this.#waiters.push(check);
        }
      };
      check();
    });
  }

  #poke(): void {
    for (const w of this.#waiters.splice(0)) w();
  }
}
