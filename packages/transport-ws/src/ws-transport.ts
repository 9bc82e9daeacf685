/**
 * The WebSocket `ITransport`: one WAMP message per WebSocket message (WAMP Basic Profile,
 * "WebSocket Transport"), over any {@link SocketAdapter}.
 *
 * @module
 */
import type { IMessage, ISerializer, ITransport, ITransportHandler, TransportCloseInfo, TransportDetails } from '@wamp/interfaces';
import { ProtocolError, SerializationError, TransportLost, isProtocolError } from '@wamp/interfaces';
import { Abort } from '@wamp/message';
import type { SocketAdapter } from './socket-adapter.js';

/** Keep-alive and backpressure settings of one transport. */
export interface WsTransportSettings {
  /** Send a ping this often (ms); 0 disables. */
  readonly autoPingInterval: number;
  /** Close the transport when no pong arrives this long after a ping (ms). */
  readonly autoPingTimeout: number;
  /** `send` returns false above this many buffered bytes. */
  readonly highWaterMark: number;
}

const PROTOCOL_ERROR = 1002;
const NORMAL = 1000;

/** An open WebSocket carrying WAMP messages, handed to one {@link ITransportHandler}. */
export class WsTransport implements ITransport {
  readonly transportDetails: TransportDetails;
  readonly #socket: SocketAdapter;
  readonly #serializer: ISerializer;
  readonly #handler: ITransportHandler;
  readonly #settings: WsTransportSettings;
  #open = true;
  #closedInfo: TransportCloseInfo | undefined;
  #pingTimer: ReturnType<typeof setInterval> | undefined;
  #pongDeadline: ReturnType<typeof setTimeout> | undefined;
  #drainWaiters: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  #drainTimer: ReturnType<typeof setInterval> | undefined;

  constructor(socket: SocketAdapter, serializer: ISerializer, handler: ITransportHandler, details: TransportDetails, settings: WsTransportSettings) {
    this.#socket = socket;
    this.#serializer = serializer;
    this.#handler = handler;
    this.transportDetails = details;
    this.#settings = settings;
  }

  /** Starts the transport: calls `onOpen`, then delivers messages and keeps the connection alive. */
  start(): void {
    this.#handler.onOpen(this);
    this.#socket.listen({
      message: (data, isBinary) => this.#receive(data, isBinary),
      close: (code, reason, wasClean) => this.#closed(wasClean && !this.#closedInfo?.error, { code, reason: this.#closedInfo?.reason ?? reason, error: this.#closedInfo?.error }),
      pong: () => this.#pong(),
    });
    if (this.#settings.autoPingInterval > 0 && this.#socket.canPing) {
      this.#pingTimer = setInterval(() => this.#ping(), this.#settings.autoPingInterval);
      unref(this.#pingTimer);
    }
  }

  send(message: IMessage): boolean {
    if (!this.#open) throw new TransportLost(`WebSocket transport is closed${this.#closedInfo?.reason ? `: ${this.#closedInfo.reason}` : ''}`);
    const [bytes, isBinary] = this.#serializer.serialize(message);
    this.#socket.send(bytes, isBinary);
    return this.#socket.bufferedAmount <= this.#settings.highWaterMark;
  }

  onDrain(options?: { signal?: AbortSignal | undefined }): Promise<void> {
    if (!this.#open) return Promise.reject(new TransportLost('WebSocket transport is closed'));
    if (this.#socket.bufferedAmount <= this.#settings.highWaterMark) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const signal = options?.signal;
      if (signal?.aborted) return reject(signal.reason);
      const waiter = { resolve, reject };
      signal?.addEventListener('abort', () => {
        this.#drainWaiters = this.#drainWaiters.filter((w) => w !== waiter);
        reject(signal.reason);
      }, { once: true });
      this.#drainWaiters.push(waiter);
      // Neither WebSocket API reports draining: watch bufferedAmount.
      this.#drainTimer ??= setInterval(() => this.#checkDrain(), 5);
      unref(this.#drainTimer);
    });
  }

  isOpen(): boolean {
    return this.#open;
  }

  close(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#socket.close(NORMAL, 'closed by WAMP');
  }

  abort(): void {
    if (!this.#closedInfo) this.#closedInfo = { reason: 'aborted' };
    this.#open = false;
    this.#socket.terminate();
  }

  #receive(data: Uint8Array, isBinary: boolean): void {
    let messages: IMessage[];
    try {
      messages = this.#serializer.unserialize(data, isBinary);
    } catch (error) {
      return this.#violation(error);
    }
    for (const message of messages) {
      if (!this.#open && this.#closedInfo) return;
      try {
        this.#handler.onMessage(message);
      } catch (error) {
        if (isProtocolError(error)) return this.#violation(error);
        throw error;
      }
    }
  }

  // WAMP Basic Profile, "Protocol Errors": tell the peer why, then close.
  #violation(error: unknown): void {
    const text = error instanceof Error ? error.message : String(error);
    const cause = error instanceof Error ? error : new ProtocolError(text);
    if (!this.#open) return;
    this.#closedInfo = { reason: `protocol violation: ${text}`, error: cause };
    try {
      const [bytes, isBinary] = this.#serializer.serialize(new Abort({ details: { message: text }, reason: 'wamp.error.protocol_violation' }));
      this.#socket.send(bytes, isBinary);
    } catch (e) {
      if (!(e instanceof SerializationError)) throw e;
    }
    this.#open = false;
    this.#socket.close(PROTOCOL_ERROR, 'WAMP protocol violation');
  }

  #ping(): void {
    if (this.#pongDeadline !== undefined) return;
    this.#pongDeadline = setTimeout(() => {
      this.#closedInfo = { reason: `ping timeout: no pong within ${this.#settings.autoPingTimeout} ms`, error: new TransportLost('WebSocket ping timeout') };
      this.#open = false;
      this.#socket.terminate();
    }, this.#settings.autoPingTimeout);
    unref(this.#pongDeadline);
    this.#socket.ping();
  }

  #pong(): void {
    clearTimeout(this.#pongDeadline);
    this.#pongDeadline = undefined;
  }

  #checkDrain(): void {
    if (this.#socket.bufferedAmount > this.#settings.highWaterMark) return;
    const waiters = this.#drainWaiters;
    this.#drainWaiters = [];
    clearInterval(this.#drainTimer);
    this.#drainTimer = undefined;
    for (const w of waiters) w.resolve();
  }

  #closed(wasClean: boolean, info: TransportCloseInfo): void {
    this.#open = false;
    clearInterval(this.#pingTimer);
    clearTimeout(this.#pongDeadline);
    clearInterval(this.#drainTimer);
    const lost = new TransportLost(`WebSocket closed (${info.code}${info.reason ? `: ${info.reason}` : ''})`);
    for (const w of this.#drainWaiters) w.reject(lost);
    this.#drainWaiters = [];
    this.#handler.onClose(wasClean, info);
  }
}

function unref(timer: unknown): void {
  (timer as { unref?: () => void }).unref?.();
}
