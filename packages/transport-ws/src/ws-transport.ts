/**
 * The WebSocket `ITransport`: one WAMP message per WebSocket message (WAMP Basic Profile,
 * "WebSocket Transport"), over any {@link SocketAdapter}.
 *
 * @module
 */
import type { IMessage, ISerializer, ITransport, ITransportHandler, TransportCloseInfo, TransportDetails } from '@wamp/interfaces';
import { ProtocolError, TransportLost, isProtocolError } from '@wamp/interfaces';
import { Abort } from '@wamp/message';
import type { SocketAdapter } from './socket-adapter.js';

/** Keep-alive, size and backpressure settings of one transport. */
export interface WsTransportSettings {
  /** Send a ping this often (ms); 0 disables. */
  readonly autoPingInterval: number;
  /** Close the transport when no pong arrives this long after a ping (ms). */
  readonly autoPingTimeout: number;
  /** `send` returns false above this many buffered bytes. */
  readonly highWaterMark: number;
  /** Largest incoming message (bytes); `ws` enforces it before buffering, this class after. */
  readonly maxMessageSize: number;
}

/** WebSocket close codes (RFC 6455 §7.4.1) this transport sends. */
const CLOSE = { NORMAL: 1000, PROTOCOL_ERROR: 1002, MESSAGE_TOO_BIG: 1009, INTERNAL_ERROR: 1011 } as const;

interface DrainWaiter {
  resolve(): void;
  reject(error: unknown): void;
}

/** An open WebSocket carrying WAMP messages, handed to one {@link ITransportHandler}. */
export class WsTransport implements ITransport {
  readonly transportDetails: TransportDetails;
  readonly #socket: SocketAdapter;
  readonly #serializer: ISerializer;
  readonly #handler: ITransportHandler;
  readonly #settings: WsTransportSettings;
  #open = true;
  #aborted = false;
  #reported = false;
  /** Set when this end ends the connection for a reason (violation, timeout, abort, handler failure). */
  #ending: TransportCloseInfo | undefined;
  #pingTimer: ReturnType<typeof setInterval> | undefined;
  #pongDeadline: ReturnType<typeof setTimeout> | undefined;
  #drainWaiters: DrainWaiter[] = [];
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
    try {
      this.#handler.onOpen(this);
    } catch (error) {
      this.#handlerFailed(error);
    }
    this.#socket.listen({
      message: (data, isBinary) => this.#receive(data, isBinary),
      close: (code, reason, wasClean, error) => this.#closed(code, reason, wasClean, error),
      pong: () => this.#pong(),
    });
    if (this.#open && this.#settings.autoPingInterval > 0 && this.#socket.canPing) {
      this.#pingTimer = setInterval(() => this.#ping(), this.#settings.autoPingInterval);
      unref(this.#pingTimer);
    }
  }

  send(message: IMessage): boolean {
    if (!this.isOpen()) {
      throw new TransportLost(`WebSocket transport is closed${this.#ending?.reason ? ` (${this.#ending.reason})` : ''}`);
    }
    const [bytes, isBinary] = this.#serializer.serialize(message);
    this.#socket.send(bytes, isBinary);
    return this.#socket.bufferedAmount <= this.#settings.highWaterMark;
  }

  onDrain(options?: { signal?: AbortSignal | undefined }): Promise<void> {
    if (!this.isOpen()) return Promise.reject(new TransportLost('WebSocket transport is closed'));
    const signal = options?.signal;
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.#socket.bufferedAmount <= this.#settings.highWaterMark) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        this.#drainWaiters = this.#drainWaiters.filter((w) => w !== waiter);
        reject(signal!.reason);
      };
      const waiter: DrainWaiter = {
        resolve: () => (signal?.removeEventListener('abort', onAbort), resolve()),
        reject: (e) => (signal?.removeEventListener('abort', onAbort), reject(e)),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#drainWaiters.push(waiter);
      // Neither WebSocket API reports draining: watch bufferedAmount while someone waits.
      this.#drainTimer ??= setInterval(() => this.#checkDrain(), 5);
      unref(this.#drainTimer);
    });
  }

  isOpen(): boolean {
    return this.#open && this.#socket.isOpen;
  }

  close(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#socket.close(CLOSE.NORMAL, 'closed by WAMP');
  }

  abort(): void {
    if (this.#reported || this.#aborted) return;
    this.#aborted = true;
    this.#ending ??= { reason: 'aborted' };
    this.#open = false;
    this.#socket.terminate();
  }

  #receive(data: Uint8Array, isBinary: boolean): void {
    // Once this end is ending the connection, nothing more is delivered.
    if (this.#ending) return;
    if (data.length > this.#settings.maxMessageSize) {
      const text = `message of ${data.length} bytes exceeds maxMessageSize ${this.#settings.maxMessageSize}`;
      return this.#end(CLOSE.MESSAGE_TOO_BIG, 'message too big', { reason: text, error: new ProtocolError(text) });
    }
    // WAMP Basic Profile, "WebSocket Transport": text frames for JSON, binary frames otherwise.
    if (isBinary !== this.#serializer.BINARY) {
      const kind = (binary: boolean): string => (binary ? 'binary' : 'text');
      return this.#violation(
        new ProtocolError(`received a ${kind(isBinary)} frame on subprotocol wamp.2.${this.#serializer.SERIALIZER_ID}, which uses ${kind(this.#serializer.BINARY)} frames`),
      );
    }
    let messages: IMessage[];
    try {
      messages = this.#serializer.unserialize(data, isBinary);
    } catch (error) {
      return this.#violation(error);
    }
    for (const message of messages) {
      if (this.#ending) return;
      try {
        this.#handler.onMessage(message);
      } catch (error) {
        if (isProtocolError(error)) return this.#violation(error);
        return this.#handlerFailed(error);
      }
    }
  }

  // WAMP Basic Profile, "Protocol Errors": tell the peer why with ABORT, then close.
  #violation(error: unknown): void {
    const text = error instanceof Error ? error.message : String(error);
    if (this.#ending) return;
    if (this.#socket.isOpen) {
      try {
        const [bytes, isBinary] = this.#serializer.serialize(new Abort({ details: { message: text }, reason: 'wamp.error.protocol_violation' }));
        this.#socket.send(bytes, isBinary);
      } catch {
        // The ABORT is a courtesy; the close below tells the peer all the same.
      }
    }
    this.#end(CLOSE.PROTOCOL_ERROR, 'WAMP protocol violation', { reason: `protocol violation: ${text}`, error: error instanceof Error ? error : new ProtocolError(text) });
  }

  // A handler bug must not become an uncaught exception inside the socket library: end the
  // connection and report the error through onClose.
  #handlerFailed(error: unknown): void {
    const cause = error instanceof Error ? error : new Error(String(error));
    this.#end(CLOSE.INTERNAL_ERROR, 'internal error', { reason: `the transport handler threw: ${cause.message}`, error: cause });
  }

  #end(code: number, frameReason: string, info: TransportCloseInfo): void {
    if (this.#ending) return;
    this.#ending = info;
    this.#open = false;
    this.#socket.close(code, frameReason);
  }

  #ping(): void {
    if (this.#pongDeadline !== undefined || !this.#socket.isOpen) return;
    this.#pongDeadline = setTimeout(() => {
      this.#pongDeadline = undefined;
      const text = `ping timeout: no pong within ${this.#settings.autoPingTimeout} ms`;
      this.#ending ??= { reason: text, error: new TransportLost(`WebSocket ${text}`) };
      this.#open = false;
      // The peer is not answering: a closing handshake would wait for it in vain.
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
    this.#stopDrainWatch().forEach((w) => w.resolve());
  }

  #stopDrainWatch(): DrainWaiter[] {
    const waiters = this.#drainWaiters;
    this.#drainWaiters = [];
    clearInterval(this.#drainTimer);
    this.#drainTimer = undefined;
    return waiters;
  }

  #closed(code: number, reason: string, socketClean: boolean, socketError: Error | undefined): void {
    if (this.#reported) return;
    this.#reported = true;
    this.#open = false;
    clearInterval(this.#pingTimer);
    clearTimeout(this.#pongDeadline);
    const wasClean = socketClean && !this.#aborted && this.#ending?.error === undefined && socketError === undefined;
    const info: TransportCloseInfo = {
      code,
      reason: this.#ending?.reason ?? (reason || socketError?.message),
      error: this.#ending?.error ?? socketError,
    };
    const lost = new TransportLost(`WebSocket closed (${code}${info.reason ? `: ${info.reason}` : ''})`);
    this.#stopDrainWatch().forEach((w) => w.reject(lost));
    this.#handler.onClose(wasClean, info);
  }
}

function unref(timer: unknown): void {
  (timer as { unref?: () => void }).unref?.();
}
