/**
 * RawSocket frames: a 4-octet header `RRRR XTTT` + 24-bit length, then the payload. TTT is the
 * frame type (0 WAMP message, 1 PING, 2 PONG); X is the 25th length bit, set only for a payload of
 * exactly 16 MiB; R must be zero.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';

/** Frame types. */
export const FRAME_TYPE = { MESSAGE: 0, PING: 1, PONG: 2 } as const;

const TWO_24 = 16777216;

/** The header of a frame with `length` payload octets (at most 16 MiB). */
export function frameHeader(type: number, length: number): Uint8Array {
  const header = new Uint8Array(4);
  // A payload of exactly 2^24 octets sets X with the 24 length bits zero.
  header[0] = type | (length === TWO_24 ? 0x08 : 0);
  header[1] = (length >> 16) & 0xff;
  header[2] = (length >> 8) & 0xff;
  header[3] = length & 0xff;
  return header;
}

/** One decoded frame. */
export interface Frame {
  readonly type: number;
  readonly payload: Uint8Array;
}

/**
 * Reassembles frames from socket chunks: handles partial reads and many frames per chunk, and
 * avoids copying a payload that lies inside one chunk.
 */
export class FrameDecoder {
  readonly #maxLength: number;
  #chunks: Uint8Array[] = [];
  #buffered = 0;

  /** @param maxLength - the largest payload this side announced it accepts. */
  constructor(maxLength: number) {
    this.#maxLength = maxLength;
  }

  /**
   * Adds a chunk and returns every frame now complete.
   *
   * @throws {ProtocolError} for reserved bits, an unknown frame type, or a payload over the limit.
   */
  push(chunk: Uint8Array): Frame[] {
    this.#chunks.push(chunk);
    this.#buffered += chunk.length;
    const frames: Frame[] = [];
    for (;;) {
      if (this.#buffered < 4) return frames;
      const head = this.#peek(4);
      const b0 = head[0] as number;
      if (b0 & 0xf0) throw new ProtocolError(`RawSocket: reserved header bits set (0x${b0.toString(16)})`);
      const type = b0 & 0x07;
      if (type > FRAME_TYPE.PONG) throw new ProtocolError(`RawSocket: reserved frame type ${type}`);
      let length = ((head[1] as number) << 16) | ((head[2] as number) << 8) | (head[3] as number);
      if (b0 & 0x08) {
        if (length !== 0) throw new ProtocolError('RawSocket: the 25th length bit is set with a nonzero length');
        length = TWO_24;
      }
      if (length > this.#maxLength) {
        throw new ProtocolError(`RawSocket: frame of ${length} octets exceeds the announced maximum of ${this.#maxLength}`);
      }
      if (this.#buffered < 4 + length) return frames;
      this.#take(4);
      frames.push({ type, payload: this.#take(length) });
    }
  }

  #peek(n: number): Uint8Array {
    const first = this.#chunks[0] as Uint8Array;
    if (first.length >= n) return first;
    return this.#gather(n, false);
  }

  #take(n: number): Uint8Array {
    const first = this.#chunks[0];
    if (first !== undefined && first.length >= n) {
      const out = first.subarray(0, n);
      if (first.length === n) this.#chunks.shift();
      else this.#chunks[0] = first.subarray(n);
      this.#buffered -= n;
      return out;
    }
    return this.#gather(n, true);
  }

  // Copies the first n octets out of several chunks (consuming them when `consume`).
  #gather(n: number, consume: boolean): Uint8Array {
    const out = new Uint8Array(n);
    let filled = 0;
    let i = 0;
    while (filled < n) {
      const chunk = this.#chunks[i] as Uint8Array;
      const part = chunk.subarray(0, Math.min(chunk.length, n - filled));
      out.set(part, filled);
      filled += part.length;
      if (consume) {
        if (part.length === chunk.length) this.#chunks.shift();
        else this.#chunks[0] = chunk.subarray(part.length);
      } else {
        i++;
      }
    }
    if (consume) this.#buffered -= n;
    return out;
  }
}
