/**
 * Incremental RawSocket frame decoder (WAMP Advanced Profile, "RawSocket Transport", "Framing"):
 * socket chunks in, whole frames out.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
import type { RawSocketFrameType } from './frame-type.js';
import { MAX_FRAME_LENGTH } from './frame-type.js';

/** Receives each decoded frame, in order. */
export type FrameSink = (type: RawSocketFrameType, payload: Uint8Array) => void;

const TYPE_NAME = ['message', 'PING', 'PONG'] as const;

/**
 * Reassembles frames from the chunks a stream delivers: a frame may arrive split over any number
 * of chunks (down to one octet each) and a chunk may hold many frames. A payload that lies inside
 * one chunk is handed out as a view of that chunk, without copying; only a payload that spans
 * chunks is copied, once, into a buffer allocated when its header arrives.
 *
 * Every header is checked as soon as its four octets are in: reserved bits, reserved frame types,
 * the `X` bit (only with the 24 length bits zero) and the length against `maxLength`, so an
 * oversize frame fails before any of its payload is buffered. After a failure the decoder stays
 * failed.
 */
export class FrameDecoder {
  readonly #maxLength: number;
  readonly #onFrame: FrameSink;
  // Header octets of a header split over chunks.
  readonly #header = new Uint8Array(4);
  #headerFilled = 0;
  // The frame whose header is read and whose payload is still arriving.
  #type: RawSocketFrameType = 0;
  #payload: Uint8Array | undefined;
  #payloadFilled = 0;
  #failure: ProtocolError | undefined;

  /**
   * @param maxLength - the largest payload accepted, in octets (what this side announced in the
   * handshake); at most 2^24.
   * @param onFrame - called synchronously for each complete frame, in order.
   */
  constructor(maxLength: number, onFrame: FrameSink) {
    if (!(maxLength >= 0 && maxLength <= MAX_FRAME_LENGTH)) throw new RangeError(`maxLength must be in 0..2^24, got ${maxLength}`);
    this.#maxLength = maxLength;
    this.#onFrame = onFrame;
  }

  /**
   * Consumes one chunk, calling `onFrame` for every frame it completes.
   *
   * @throws {ProtocolError} for reserved bits, a reserved frame type, a misused `X` bit or a
   * payload over the limit; the message names which (and every later call throws it again).
   */
  push(chunk: Uint8Array): void {
    if (this.#failure !== undefined) throw this.#failure;
    const end = chunk.length;
    let offset = 0;
    if (this.#payload !== undefined) {
      const take = Math.min(this.#payload.length - this.#payloadFilled, end);
      this.#payload.set(take === end ? chunk : chunk.subarray(0, take), this.#payloadFilled);
      this.#payloadFilled += take;
      if (this.#payloadFilled < this.#payload.length) return;
      offset = take;
      const payload = this.#payload;
      this.#payload = undefined;
      this.#onFrame(this.#type, payload);
    } else if (this.#headerFilled > 0) {
      while (this.#headerFilled < 4 && offset < end) this.#header[this.#headerFilled++] = chunk[offset++] as number;
      if (this.#headerFilled < 4) return;
      this.#headerFilled = 0;
      offset = this.#frame(this.#readHeader(this.#header, 0), chunk, offset);
      if (offset < 0) return;
    }
    // Frames wholly inside this chunk: views, no copies.
    while (end - offset >= 4) {
      const length = this.#readHeader(chunk, offset);
      offset = this.#frame(length, chunk, offset + 4);
      if (offset < 0) return;
    }
    while (offset < end) this.#header[this.#headerFilled++] = chunk[offset++] as number;
  }

  // The payload of the frame whose header was just read starts at `offset`: hand it out when the
  // chunk holds all of it (returning where the next frame starts), else start buffering it (-1).
  #frame(length: number, chunk: Uint8Array, offset: number): number {
    const available = chunk.length - offset;
    if (available >= length) {
      this.#onFrame(this.#type, chunk.subarray(offset, offset + length));
      return offset + length;
    }
    this.#payload = new Uint8Array(length);
    this.#payload.set(chunk.subarray(offset));
    this.#payloadFilled = available;
    return -1;
  }

  // Checks the header at `at`, remembers its type and returns its payload length.
  #readHeader(bytes: Uint8Array, at: number): number {
    const first = bytes[at] as number;
    let length = ((bytes[at + 1] as number) << 16) | ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number);
    if (first & 0xf0) return this.#fail(`RawSocket: reserved bits set in a frame header (first octet 0x${first.toString(16)})`);
    const type = first & 0x07;
    if (type > 2) return this.#fail(`RawSocket: reserved frame type ${type}`);
    if (first & 0x08) {
      // WAMP RawSocket "Framing": X is set only for a payload of exactly 2^24 octets.
      if (length !== 0) return this.#fail(`RawSocket: the X (25th length) bit is set with nonzero length bits (${length})`);
      length = MAX_FRAME_LENGTH;
    }
    this.#type = type as RawSocketFrameType;
    if (length > this.#maxLength) {
      return this.#fail(`RawSocket: incoming ${TYPE_NAME[type]} frame of ${length} octets exceeds the announced maximum of ${this.#maxLength} octets`);
    }
    return length;
  }

  #fail(text: string): never {
    this.#failure = new ProtocolError(text);
    throw this.#failure;
  }
}
