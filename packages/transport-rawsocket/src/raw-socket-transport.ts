/**
 * The RawSocket `ITransport` over a connected `net.Socket` (TCP, TLS or Unix) whose handshake is done.
 *
 * @module
 */
import type { Socket } from 'node:net';
import type { IMessage, ISerializer, ITransport, ITransportHandler, TransportCloseInfo, TransportDetails } from '@wamp/interfaces';
import { ProtocolError, TransportLost, isProtocolError } from '@wamp/interfaces';
import { Abort } from '@wamp/message';
import type { Frame } from './frame.js';
import { FRAME_TYPE, FrameDecoder, frameHeader } from './frame.js';

/** Limits and keep-alive of one connection. */
export interface RawSocketSettings {
  /** Largest payload this side accepts (what it announced). */
  readonly maxReceive: number;
  /** Largest payload the peer accepts (what it announced). */
  readonly maxSend: number;
  /** Ping this often (ms); 0 disables. */
  readonly autoPingInterval: number;
  /** Close when no PONG echoes the PING this long after it (ms). */
  readonly autoPingTimeout: number;
  /** `send` returns false above this many buffered octets. */
  readonly highWaterMark: number;
}

/** An open RawSocket connection carrying WAMP messages for one handler. */
export class RawSocketTransport implements ITransport {
  readonly transportDetails: TransportDetails;
  readonly #socket: Socket;
  readonly #serializer: ISerializer;
  readonly #handler: ITransportHandler;
  readonly #settings: RawSocketSettings;
  readonly #decoder: FrameDecoder;
  #open = true;
  #closeInfo: TransportCloseInfo | undefined;
  #notified = false;
  #pingTimer: ReturnType<typeof setInterval> | undefined;
  #pongDeadline: ReturnType<typeof setTimeout> | undefined;
  #pingPayload: Uint8Array | undefined;

  constructor(socket: Socket, serializer: ISerializer, handler: ITransportHandler, details: TransportDetails, settings: RawSocketSettings) {
    this.#socket = socket;
    this.#serializer = serializer;
    this.#handler = handler;
    this.transportDetails = details;
    this.#settings = settings;
    this.#decoder = new FrameDecoder(settings.maxReceive);
  }

  /** Calls `onOpen`, then processes `rest` (octets that followed the handshake) and the socket's data. */
  start(rest: Uint8Array): void {
    // WAMP is request/response traffic: Nagle's algorithm would hold small messages back.
    this.#socket.setNoDelay(true);
    this.#handler.onOpen(this);
    this.#socket.on('data', (chunk: Buffer) => this.#data(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length)));
    this.#socket.on('close', () => this.#closed());
    this.#socket.on('error', (error: Error) => {
      this.#closeInfo ??= { reason: error.message, error };
    });
    if (rest.length > 0) this.#data(rest);
    if (this.#settings.autoPingInterval > 0) {
      this.#pingTimer = setInterval(() => this.#ping(), this.#settings.autoPingInterval);
      this.#pingTimer.unref();
    }
  }

  send(message: IMessage): boolean {
    if (!this.#open) throw new TransportLost(`RawSocket transport is closed${this.#closeInfo?.reason ? `: ${this.#closeInfo.reason}` : ''}`);
    const [bytes] = this.#serializer.serialize(message);
    if (bytes.length > this.#settings.maxSend) {
      throw new ProtocolError(`RawSocket: message of ${bytes.length} octets exceeds the peer's maximum of ${this.#settings.maxSend}; not sent`);
    }
    this.#write(FRAME_TYPE.MESSAGE, bytes);
    return this.#socket.writableLength <= this.#settings.highWaterMark;
  }

  onDrain(options?: { signal?: AbortSignal | undefined }): Promise<void> {
    if (!this.#open) return Promise.reject(new TransportLost('RawSocket transport is closed'));
    if (this.#socket.writableLength <= this.#settings.highWaterMark) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const signal = options?.signal;
      if (signal?.aborted) return reject(signal.reason);
      const done = (error?: unknown): void => {
        this.#socket.off('drain', onDrain);
        this.#socket.off('close', onClose);
        signal?.removeEventListener('abort', onAbort);
        if (error === undefined) resolve();
        else reject(error);
      };
      const onDrain = (): void => done();
      const onClose = (): void => done(new TransportLost('RawSocket transport closed before draining'));
      const onAbort = (): void => done(signal?.reason);
      this.#socket.on('drain', onDrain);
      this.#socket.once('close', onClose);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  isOpen(): boolean {
    return this.#open;
  }

  close(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#closeInfo ??= { reason: 'closed by WAMP' };
    this.#socket.end();
  }

  abort(): void {
    this.#open = false;
    this.#closeInfo ??= { reason: 'aborted' };
    this.#socket.destroy();
  }

  #write(type: number, payload: Uint8Array): void {
    // One writev for header and payload: no extra packet, no copy.
    this.#socket.cork();
    this.#socket.write(frameHeader(type, payload.length));
    this.#socket.write(payload);
    this.#socket.uncork();
  }

  #data(chunk: Uint8Array): void {
    let frames: Frame[];
    try {
      frames = this.#decoder.push(chunk);
    } catch (error) {
      return this.#violation(error);
    }
    for (const frame of frames) {
      if (!this.#open) return;
      if (frame.type === FRAME_TYPE.PING) {
        // Every PING is answered by exactly one PONG with the same payload.
        this.#write(FRAME_TYPE.PONG, frame.payload);
      } else if (frame.type === FRAME_TYPE.PONG) {
        this.#pong(frame.payload);
      } else {
        this.#message(frame.payload);
      }
    }
  }

  #message(payload: Uint8Array): void {
    let messages: IMessage[];
    try {
      messages = this.#serializer.unserialize(payload, this.#serializer.BINARY);
    } catch (error) {
      return this.#violation(error);
    }
    for (const message of messages) {
      if (!this.#open) return;
      try {
        this.#handler.onMessage(message);
      } catch (error) {
        if (isProtocolError(error)) return this.#violation(error);
        throw error;
      }
    }
  }

  // WAMP Basic Profile, "Protocol Errors": tell the peer why (when we still can), then close.
  #violation(error: unknown): void {
    if (!this.#open) return;
    const text = error instanceof Error ? error.message : String(error);
    this.#closeInfo = { reason: `protocol violation: ${text}`, error: error instanceof Error ? error : new ProtocolError(text) };
    try {
      const [bytes] = this.#serializer.serialize(new Abort({ details: { message: text }, reason: 'wamp.error.protocol_violation' }));
      if (bytes.length <= this.#settings.maxSend) this.#write(FRAME_TYPE.MESSAGE, bytes);
    } catch {
      // the ABORT is a courtesy; the close below is what matters
    }
    this.#open = false;
    this.#socket.end();
    // A peer that keeps the connection half-open is dropped.
    setTimeout(() => this.#socket.destroy(), 2000).unref();
  }

  #ping(): void {
    if (this.#pongDeadline !== undefined || !this.#open) return;
    this.#pingPayload = crypto.getRandomValues(new Uint8Array(8));
    this.#pongDeadline = setTimeout(() => {
      this.#closeInfo = { reason: `ping timeout: no PONG within ${this.#settings.autoPingTimeout} ms`, error: new TransportLost('RawSocket ping timeout') };
      this.#open = false;
      this.#socket.destroy();
    }, this.#settings.autoPingTimeout);
    this.#pongDeadline.unref();
    this.#write(FRAME_TYPE.PING, this.#pingPayload);
  }

  #pong(payload: Uint8Array): void {
    const expected = this.#pingPayload;
    if (expected && payload.length === expected.length && payload.every((b, i) => b === expected[i])) {
      clearTimeout(this.#pongDeadline);
      this.#pongDeadline = undefined;
      this.#pingPayload = undefined;
    }
  }

  #closed(): void {
    if (this.#notified) return;
    this.#notified = true;
    const wasClean = this.#closeInfo === undefined || (this.#closeInfo.error === undefined && this.#closeInfo.reason !== 'aborted');
    this.#open = false;
    clearInterval(this.#pingTimer);
    clearTimeout(this.#pongDeadline);
    this.#handler.onClose(wasClean, this.#closeInfo ?? { reason: 'closed by peer' });
  }
}
