/**
 * One end of an in-memory loopback connection: every message goes through the serializer (so
 * the peer gets its own copy, as over a socket) and arrives asynchronously, in order.
 *
 * @module
 */
import type { IMessage, ISerializer, ITransport, ITransportHandler, TransportCloseInfo, TransportDetails } from '@wamp/interfaces';
import { ProtocolError, TransportLost } from '@wamp/interfaces';

/** An end of a loopback pair. */
export class MemoryTransport implements ITransport {
  readonly transportDetails: TransportDetails;
  peer: MemoryTransport | undefined;
  readonly #serializer: ISerializer;
  readonly #handler: ITransportHandler;
  readonly #maxMessageSize: number;
  #open = true;
  #closeNotified = false;

  constructor(serializer: ISerializer, handler: ITransportHandler, isServer: boolean, maxMessageSize: number) {
    this.#serializer = serializer;
    this.#handler = handler;
    this.#maxMessageSize = maxMessageSize;
    this.transportDetails = {
      channelType: 'memory',
      channelFraming: 'native',
      channelSerializer: serializer.SERIALIZER_ID,
      own: `memory:${isServer ? 'server' : 'client'}`,
      peer: `memory:${isServer ? 'client' : 'server'}`,
      isServer,
      isSecure: false,
      channelId: {},
    };
  }

  /** Calls the handler's `onOpen`. */
  open(): void {
    this.#handler.onOpen(this);
  }

  send(message: IMessage): boolean {
    if (!this.#open) throw new TransportLost('memory transport is closed');
    const [bytes, isBinary] = this.#serializer.serialize(message);
    if (bytes.length > this.#maxMessageSize) {
      throw new ProtocolError(`memory transport: message of ${bytes.length} octets exceeds the maximum of ${this.#maxMessageSize}`);
    }
    const peer = this.peer;
    if (peer !== undefined) queueMicrotask(() => peer.#receive(bytes, isBinary));
    return true;
  }

  onDrain(): Promise<void> {
    return this.#open ? Promise.resolve() : Promise.reject(new TransportLost('memory transport is closed'));
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

  #receive(bytes: Uint8Array, isBinary: boolean): void {
    if (!this.#open) return;
    try {
      for (const message of this.#serializer.unserialize(bytes, isBinary)) this.#handler.onMessage(message);
    } catch (error) {
      this.#end(false, { reason: `protocol violation: ${(error as Error).message}`, error: error as Error });
    }
  }

  // Both ends learn of the end, each exactly once, asynchronously (as with a socket).
  #end(wasClean: boolean, info: TransportCloseInfo): void {
    if (!this.#open) return;
    this.#open = false;
    const peer = this.peer;
    queueMicrotask(() => {
      this.#notify(wasClean, info);
      if (peer !== undefined) peer.#peerEnded(wasClean);
    });
  }

  #peerEnded(wasClean: boolean): void {
    this.#open = false;
    this.#notify(wasClean, { reason: 'closed by peer' });
  }

  #notify(wasClean: boolean, info: TransportCloseInfo): void {
    if (this.#closeNotified) return;
    this.#closeNotified = true;
    this.#handler.onClose(wasClean, info);
  }
}
