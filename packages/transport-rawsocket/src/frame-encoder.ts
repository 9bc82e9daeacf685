/**
 * Encodes the 4-octet RawSocket frame header `RRRR XTTT` + 24-bit big-endian length (WAMP
 * Advanced Profile, "RawSocket Transport", "Framing").
 *
 * @module
 */
import type { RawSocketFrameType } from './frame-type.js';
import { MAX_FRAME_LENGTH } from './frame-type.js';

/**
 * The header of a frame of `type` carrying `length` payload octets. The reserved bits are zero;
 * a payload of exactly 2^24 octets sets the `X` (25th length) bit with the 24 length bits zero.
 *
 * @throws {RangeError} when `length` is not an integer in 0..2^24.
 */
export function encodeFrameHeader(type: RawSocketFrameType, length: number): Uint8Array {
  if (!(length >= 0 && length <= MAX_FRAME_LENGTH && Number.isInteger(length))) {
    throw new RangeError(`RawSocket frame length must be an integer in 0..16777216 (2^24), got ${length}`);
  }
  const header = new Uint8Array(4);
  header[0] = length === MAX_FRAME_LENGTH ? 0x08 | type : type;
  header[1] = (length >>> 16) & 0xff;
  header[2] = (length >>> 8) & 0xff;
  header[3] = length & 0xff;
  return header;
}
