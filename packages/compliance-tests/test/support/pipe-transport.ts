/**
 * A minimal in-memory transport pair for testing the transport suite itself, with switches that
 * break it in the ways the suite must catch.
 */
import type { IMessage, ITransport, ITransportHandler, TransportDetails, TransportHandlerFactory } from '@wamp/interfaces';
import { TransportLost } from '@wamp/interfaces';
import type { TransportFixture } from '../../src/transport-suite.js';

export interface Faults {
  /** Delivers each pair of messages swapped. */
  reorder?: boolean;
  /** Lets send() succeed silently after close. */
  sendAfterClose?: boolean;
  /** Reports onClose twice. */
  doubleClose?: boolean;
  /** Reports abort() as a clean close. */
  abortIsClean?: boolean;
}

class PipeEnd implements ITransport {
  peer!: PipeEnd;
  open = true;
  held: IMessage | undefined;
  readonly transportDetails: TransportDetails;
  constructor(readonly handler: ITransportHandler, readonly faults: Faults, isServer: boolean) {
    this.transportDetails = { channelType: 'memory', channelFraming: 'native', channelSerializer: 'none', own: undefined, peer: undefined, isServer, isSecure: false, channelId: {} };
  }
  send(message: IMessage): boolean {
    if (!this.open) {
      if (this.faults.sendAfterClose) return true;
      throw new TransportLost();
    }
    const peer = this.peer;
    if (this.faults.reorder && this.held === undefined) {
      this.held = message;
      return true;
    }
    const batch = this.held ? [message, this.held] : [message];
    this.held = undefined;
    queueMicrotask(() => batch.forEach((m) => peer.handler.onMessage(m)));
    return true;
  }
  onDrain = (): Promise<void> => Promise.resolve();
  isOpen = (): boolean => this.open;
  close(): void {
    this.end(true);
  }
  abort(): void {
    this.end(this.faults.abortIsClean === true);
  }
  end(clean: boolean): void {
    if (!this.open) return;
    this.open = false;
    this.peer.open = false;
    queueMicrotask(() => {
      this.handler.onClose(clean);
      if (this.faults.doubleClose) this.handler.onClose(clean);
      this.peer.handler.onClose(clean);
    });
  }
}

export function pipeFixture(faults: Faults = {}): TransportFixture {
  return {
    listen: async (handlerFactory: TransportHandlerFactory) => ({
      connector: {
        description: 'pipe',
        async connect(handler, { signal }) {
          if (signal.aborted) throw signal.reason;
          const client = new PipeEnd(handler, faults, false);
          const server = new PipeEnd(handlerFactory(), faults, true);
          client.peer = server;
          server.peer = client;
          server.handler.onOpen(server);
          handler.onOpen(client);
          return client;
        },
      },
      close: async () => {},
    }),
  };
}
