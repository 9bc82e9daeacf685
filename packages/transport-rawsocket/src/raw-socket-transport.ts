/**
 * The RawSocket `ITransport` over a connected socket (TCP, TLS or Unix) whose handshake is done.
 * Private to the package: `rawSocket` and `listenRawSocket` create it.
 *
 * @module
 */
import type { Socket } from 'node:net';
import type { AbortOptions, IMessage, ISerializer, ITransport, ITransportHandler, TransportCloseInfo, TransportDetails } from '@wamp/interfaces';
import { ProtocolError, TransportLost, isProtocolError } from '@wamp/interfaces';
import { Abort } from '@wamp/message';
import { FrameDecoder } from './frame-decoder.js';
import { encodeFrameHeader } from './frame-encoder.js';
import type { RawSocketFrameType } from './frame-type.js';
import { RAWSOCKET_FRAME_TYPE } from './frame-type.js';
import { Keepalive } from './keepalive.js';
import type { Scheduler } from './timers.js';
import { unrefTimeout } from './timers.js';

/** Limits and timers of one connection, resolved from the options and the handshake. */
export interface RawSocketSettings {
  /** The largest payload this side accepts: what it announced. */
  readonly maxReceive: number;
  /** The largest payload the peer accepts: what it announced. */
  readonly maxSend: number;
  /** PING this long after opening and after each answered PING (ms); 0 disables. */
  readonly autoPingInterval: number;
  /** Fail when a PING's PONG is this late (ms). */
  readonly autoPingTimeout: number;
  /** `send` returns false above this many buffered octets. */
  readonly highWaterMark: number;
  /** Drop the connection when the peer has not closed this long after our FIN (ms). */
  readonly closeTimeout: number;
  /** Timers of auto-ping. */
  readonly scheduler?: Scheduler | undefined;
}

type State = 'open' | 'closing' | 'closed';

/**
 * One open RawSocket connection carrying WAMP messages for one handler: frames out with the
 * negotiated serializer, frames in through a {@link FrameDecoder}, PINGs answered, auto-ping.
 */
export class RawSocketTransport implements ITransport {
  readonly transportDetails: TransportDetails;
  readonly #socket: Socket;
  readonly #serializer: ISerializer;
  readonly #handler: ITransportHandler;
  readonly #settings: RawSocketSettings;
  readonly #decoder: FrameDecoder;
  readonly #keepalive: Keepalive;
  #state: State = 'open';
  // Why it ends; set by whoever ends it first. `clean` is false for aborts, errors, violations.
  #closeInfo: TransportCloseInfo | undefined;
  #clean = true;
  #closeTimer: ReturnType<typeof setTimeout> | undefined;
  #resolveClosed: () => void = () => {};
  /** Resolves once the connection is gone and the handler's `onClose` has run. */
  readonly closed: Promise<void> = new Promise((resolve) => (this.#resolveClosed = resolve));

  constructor(socket: Socket, serializer: ISerializer, handler: ITransportHandler, details: TransportDetails, settings: RawSocketSettings) {
    this.#socket = socket;
    this.#serializer = serializer;
    this.#handler = handler;
    this.transportDetails = details;
    this.#settings = settings;
    this.#decoder = new FrameDecoder(settings.maxReceive, (type, payload) => this.#frame(type, payload));
    this.#keepalive = new Keepalive({
      interval: settings.autoPingInterval,
      timeout: settings.autoPingTimeout,
      scheduler: settings.scheduler,
      sendPing: (payload) => this.#write(RAWSOCKET_FRAME_TYPE.PING, payload),
      onTimeout: () => this.#drop(`ping timeout: no PONG within ${settings.autoPingTimeout} ms`, new TransportLost('RawSocket peer did not answer PING')),
    });
  }

  /**
   * Takes over the socket: calls `handler.onOpen`, then processes `rest` (octets that came right
   * after the handshake) and everything the socket delivers from now on.
   *
   * @returns the error `onOpen` threw (the connection is then dropped), else `undefined`.
   */
  start(rest: Uint8Array): Error | undefined {
    const socket = this.#socket;
    // WAMP is request/response traffic: Nagle's algorithm would hold small messages back.
    socket.setNoDelay(true);
    // Plain Uint8Array views, no copies: serializers get what ISerializer promises, not Buffers
    // (a Buffer decoded by msgpackr yields Buffer byte strings, which JSON.stringify mangles).
    socket.on('data', (chunk: Buffer) => this.#data(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length)));
    socket.on('end', () => this.#peerEnded());
    socket.on('error', (error: Error) => this.#failed(error));
    socket.on('close', () => this.#closed());
    try {
      this.#handler.onOpen(this);
    } catch (error) {
      this.#drop(`the handler's onOpen failed: ${describe(error)}`, asError(error));
      return asError(error);
    }
    if (rest.length > 0) this.#data(rest);
    if (this.#state === 'open') this.#keepalive.start();
    return undefined;
  }

  send(message: IMessage): boolean {
    if (this.#state !== 'open') throw new TransportLost(`RawSocket transport is closed${this.#closeInfo?.reason ? ` (${this.#closeInfo.reason})` : ''}`);
    const [payload] = this.#serializer.serialize(message);
    if (payload.length > this.#settings.maxSend) {
      throw new ProtocolError(
        `RawSocket: WAMP message (type ${message.MESSAGE_TYPE}) of ${payload.length} octets exceeds the peer's maximum of ${this.#settings.maxSend} octets; not sent`,
      );
    }
    this.#write(RAWSOCKET_FRAME_TYPE.MESSAGE, payload);
    return this.#socket.writableLength <= this.#settings.highWaterMark;
  }

  onDrain(options?: AbortOptions): Promise<void> {
    const signal = options?.signal;
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.#state !== 'open') return Promise.reject(new TransportLost('RawSocket transport is closed'));
    if (this.#socket.writableLength <= this.#settings.highWaterMark) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const settle = (error?: unknown): void => {
        this.#socket.off('drain', onDrain);
        this.#socket.off('close', onClose);
        signal?.removeEventListener('abort', onAbort);
        if (error === undefined) resolve();
        else reject(error);
      };
      const onDrain = (): void => settle();
      const onClose = (): void => settle(new TransportLost('RawSocket transport closed before its buffer drained'));
      const onAbort = (): void => settle(signal?.reason);
      this.#socket.on('drain', onDrain);
      this.#socket.on('close', onClose);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  isOpen(): boolean {
    return this.#state === 'open';
  }

  close(): void {
    if (this.#state !== 'open') return;
    this.#closeInfo = { reason: 'closed locally' };
    this.#shutdown();
  }

  abort(): void {
    if (this.#state === 'closed') return;
    this.#drop('aborted locally', undefined);
  }

  // Every frame written in one tick goes out in one writev (one syscall, no copy): the socket is
  // corked at the first frame and uncorked after the current operation (process.nextTick), so
  // 100 calls made together cost one write, and a lone frame waits for nothing.
  #write(type: RawSocketFrameType, payload: Uint8Array): void {
    const socket = this.#socket;
    if (!this.#corked) {
      this.#corked = true;
      socket.cork();
      process.nextTick(this.#uncork);
    }
    socket.write(encodeFrameHeader(type, payload.length));
    socket.write(payload);
  }

  #corked = false;
  readonly #uncork = (): void => {
    this.#corked = false;
    this.#socket.uncork();
  };

  #data(chunk: Uint8Array): void {
    if (this.#state !== 'open') return;
    try {
      this.#decoder.push(chunk);
    } catch (error) {
      // Thrown by the decoder (bad header, oversize frame); the handler's own errors are caught in #message.
      this.#violation(error);
    }
  }

  #frame(type: RawSocketFrameType, payload: Uint8Array): void {
    if (this.#state !== 'open') return;
    if (type === RAWSOCKET_FRAME_TYPE.MESSAGE) return this.#message(payload);
    if (type === RAWSOCKET_FRAME_TYPE.PONG) return this.#keepalive.pong(payload);
    // WAMP RawSocket "Framing": every PING is answered at once by exactly one PONG echoing its payload.
    if (payload.length > this.#settings.maxSend) {
      throw new ProtocolError(`RawSocket: PING of ${payload.length} octets cannot be echoed: the peer accepts at most ${this.#settings.maxSend} octets`);
    }
    this.#write(RAWSOCKET_FRAME_TYPE.PONG, payload);
  }

  #message(payload: Uint8Array): void {
    let messages: IMessage[];
    try {
      messages = this.#serializer.unserialize(payload);
    } catch (error) {
      return this.#violation(error);
    }
    for (const message of messages) {
      if (this.#state !== 'open') return;
      try {
        this.#handler.onMessage(message);
      } catch (error) {
        if (isProtocolError(error)) return this.#violation(error);
        return this.#drop(`the handler's onMessage failed: ${describe(error)}`, asError(error));
      }
    }
  }

  // WAMP Basic Profile, "Protocol Errors": tell the peer why with ABORT when it still fits, then
  // close the connection.
  #violation(error: unknown): void {
    if (this.#state !== 'open') return;
    const text = describe(error);
    this.#closeInfo = { reason: `protocol violation: ${text}`, error: isProtocolError(error) ? error : new ProtocolError(text, { cause: error }) };
    this.#clean = false;
    try {
      const [bytes] = this.#serializer.serialize(new Abort({ details: { message: text }, reason: 'wamp.error.protocol_violation' }));
      if (bytes.length <= this.#settings.maxSend) this.#write(RAWSOCKET_FRAME_TYPE.MESSAGE, bytes);
    } catch {
      // The ABORT is a courtesy; closing is what the spec requires.
    }
    this.#shutdown();
  }

  // Graceful end: our FIN now, the peer's in `closeTimeout` or the socket is destroyed.
  #shutdown(): void {
    this.#state = 'closing';
    this.#keepalive.stop();
    this.#socket.end();
    this.#closeTimer = unrefTimeout(
      () => this.#drop(`the peer did not close within ${this.#settings.closeTimeout} ms`, undefined),
      this.#settings.closeTimeout,
    );
  }

  // Abrupt end: destroy the socket; `onClose(false)` follows from its 'close' event.
  #drop(reason: string, error: Error | undefined): void {
    if (this.#state === 'closed') return;
    if (this.#state === 'open' || this.#clean) this.#closeInfo = { reason, error };
    this.#clean = false;
    this.#state = 'closing';
    this.#keepalive.stop();
    this.#socket.destroy();
  }

  #peerEnded(): void {
    if (this.#state !== 'open') return;
    // The peer closed its side; ours follows by itself (allowHalfOpen is off).
    this.#closeInfo = { reason: 'closed by the peer' };
    this.#state = 'closing';
    this.#keepalive.stop();
  }

  #failed(error: Error): void {
    if (this.#state === 'closed') return;
    if (this.#clean) this.#closeInfo = { reason: `socket error: ${error.message}`, error };
    this.#clean = false;
  }

  #closed(): void {
    if (this.#state === 'closed') return;
    this.#state = 'closed';
    this.#keepalive.stop();
    clearTimeout(this.#closeTimer);
    try {
      this.#handler.onClose(this.#clean, this.#closeInfo ?? { reason: 'connection lost' });
    } finally {
      this.#resolveClosed();
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
