/**
 * A strict MessagePack decoder for the WAMP value space.
 *
 * Why not `@msgpack/msgpack`'s decoder: it pre-allocates every array at its declared length, so a
 * few kilobytes of nested array headers (0xdc/0xdd) claim gigabytes; this reader refuses any
 * container that declares more elements than bytes remain, caps nesting, and so never allocates
 * more than the payload justifies. It also keeps a `__proto__` map key as an own key.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
import { copyBytes } from '../byte-slab.js';

const MAX_DEPTH = 64;
const TWO_32 = 4294967296;
const TWO_21 = 2097152;

/** Decodes exactly one MessagePack value from a payload. */
export class MsgPackReader {
  #bytes: Uint8Array = new Uint8Array(0);
  #dataView: DataView | undefined;
  #pos = 0;
  readonly #text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  /**
   * @throws {ProtocolError} for truncated or trailing bytes, extension types, the never-used
   * byte 0xc1, non-string map keys, invalid UTF-8, integers beyond ±2^53,
   * implausible container lengths and nesting deeper than 64.
   */
  decode(bytes: Uint8Array): unknown {
    this.#bytes = bytes;
    this.#dataView = undefined; // made on first use: small messages need none
    this.#pos = 0;
    const value = this.#read(0);
    if (value === undefined) throw new ProtocolError('MessagePack: a bare undefined (fixext 1, type 0) is not a WAMP value');
    if (this.#pos !== bytes.length) {
      throw new ProtocolError(`MessagePack: ${bytes.length - this.#pos} trailing byte(s) after the value`);
    }
    return value;
  }

  get #view(): DataView {
    return (this.#dataView ??= new DataView(this.#bytes.buffer, this.#bytes.byteOffset, this.#bytes.byteLength));
  }

  #u16(): number {
    const at = this.#need(2);
    const b = this.#bytes;
    return ((b[at] as number) << 8) | (b[at + 1] as number);
  }

  #u32(): number {
    const at = this.#need(4);
    const b = this.#bytes;
    return (b[at] as number) * 0x1000000 + (((b[at + 1] as number) << 16) | ((b[at + 2] as number) << 8) | (b[at + 3] as number));
  }

  #need(n: number): number {
    const at = this.#pos;
    if (at + n > this.#bytes.length) throw new ProtocolError(`MessagePack: truncated at byte ${at}`);
    this.#pos = at + n;
    return at;
  }

  #read(depth: number): unknown {
    const b = this.#bytes[this.#need(1)] as number;
    if (b <= 0x7f) return b;
    if (b >= 0xe0) return b - 0x100;
    if (b >= 0xa0 && b <= 0xbf) return this.#str(b & 0x1f);
    if (b >= 0x90 && b <= 0x9f) return this.#array(b & 0x0f, depth);
    if (b >= 0x80 && b <= 0x8f) return this.#map(b & 0x0f, depth);
    switch (b) {
      case 0xc0:
        return null;
      case 0xc2:
        return false;
      case 0xc3:
        return true;
      case 0xc4:
        return this.#bin(this.#bytes[this.#need(1)] as number);
      case 0xc5:
        return this.#bin(this.#u16());
      case 0xc6:
        return this.#bin(this.#u32());
      case 0xca:
        return this.#view.getFloat32(this.#need(4));
      case 0xcb:
        return this.#view.getFloat64(this.#need(8));
      case 0xcc:
        return this.#bytes[this.#need(1)];
      case 0xcd:
        return this.#u16();
      case 0xce:
        return this.#u32();
      case 0xcf:
        return this.#uint64();
      case 0xd0:
        return this.#view.getInt8(this.#need(1));
      case 0xd1:
        return this.#view.getInt16(this.#need(2));
      case 0xd2:
        return this.#view.getInt32(this.#need(4));
      case 0xd3:
        return this.#int64();
      case 0xd9:
        return this.#str(this.#bytes[this.#need(1)] as number);
      case 0xda:
        return this.#str(this.#u16());
      case 0xdb:
        return this.#str(this.#u32());
      case 0xdc:
        return this.#array(this.#u16(), depth);
      case 0xdd:
        return this.#array(this.#u32(), depth);
      case 0xde:
        return this.#map(this.#u16(), depth);
      case 0xdf:
        return this.#map(this.#u32(), depth);
      case 0xc1:
        throw new ProtocolError(`MessagePack: byte 0xc1 (never used) at ${this.#pos - 1}`);
      case 0xd4: {
        // msgpackr (used by wampy) writes JavaScript `undefined` as fixext 1, type 0, data 0: an
        // option left unset. It reads as absent in a map and null in an array; any other
        // extension is refused below.
        const at = this.#need(2);
        if (this.#bytes[at] === 0 && this.#bytes[at + 1] === 0) return undefined;
        throw new ProtocolError(`MessagePack: extension type (0xd4) at byte ${at - 1} is not a WAMP value`);
      }
      default:
        // 0xc7-0xc9 ext, 0xd4-0xd8 fixext: WAMP carries no extension types.
        throw new ProtocolError(`MessagePack: extension type (0x${b.toString(16)}) at byte ${this.#pos - 1} is not a WAMP value`);
    }
  }

  // WAMP IDs are 64-bit encoded integers up to 2^53: read them as two halves, no bigint.
  #uint64(): number {
    const at = this.#need(8);
    const hi = this.#view.getUint32(at);
    const lo = this.#view.getUint32(at + 4);
    if (hi < TWO_21 || (hi === TWO_21 && lo === 0)) return hi * TWO_32 + lo;
    throw beyondLimit(this.#view.getBigUint64(at), at);
  }

  #int64(): number {
    const at = this.#need(8);
    const hi = this.#view.getInt32(at);
    const lo = this.#view.getUint32(at + 4);
    // Within -2^53..2^53 exactly when the high half is in -2^21..2^21-1, or the value is 2^53.
    if ((hi >= -TWO_21 && hi < TWO_21) || (hi === TWO_21 && lo === 0)) return hi * TWO_32 + lo;
    throw beyondLimit(this.#view.getBigInt64(at), at);
  }

  #str(length: number): string {
    const at = this.#need(length);
    if (length < 32) {
      // Short ASCII strings (URIs, keys) are built directly: cheaper than a view plus TextDecoder.
      const bytes = this.#bytes;
      let ascii = true;
      for (let i = at, end = at + length; i < end; i++) {
        if ((bytes[i] as number) >= 0x80) {
          ascii = false;
          break;
        }
      }
      // One flat string at once (a += loop builds a rope that is flattened later).
      if (ascii) return String.fromCharCode.apply(null, bytes.subarray(at, at + length) as unknown as number[]);
    }
    try {
      return this.#text.decode(this.#bytes.subarray(at, at + length));
    } catch (cause) {
      throw new ProtocolError(`MessagePack: string at byte ${at} is not valid UTF-8`, { cause });
    }
  }

  #bin(length: number): Uint8Array {
    const at = this.#need(length);
    return copyBytes(this.#bytes, at, length);
  }

  #container(count: number, minBytes: number, depth: number, what: string): void {
    if (depth >= MAX_DEPTH) throw new ProtocolError(`MessagePack: nested deeper than ${MAX_DEPTH} levels`);
    if (count * minBytes > this.#bytes.length - this.#pos) {
      throw new ProtocolError(`MessagePack: ${what} of ${count} entries at byte ${this.#pos} is longer than the payload`);
    }
  }

  #array(count: number, depth: number): unknown[] {
    this.#container(count, 1, depth, 'array');
    const out = new Array<unknown>(count);
    for (let i = 0; i < count; i++) out[i] = this.#read(depth + 1) ?? null;
    return out;
  }

  #map(count: number, depth: number): Record<string, unknown> {
    this.#container(count, 2, depth, 'map');
    const out: Record<string, unknown> = {};
    for (let i = 0; i < count; i++) {
      const at = this.#pos;
      const key = this.#read(depth + 1);
      if (typeof key !== 'string') throw new ProtocolError(`MessagePack: map key at byte ${at} must be a string, got ${typeof key}`);
      const value = this.#read(depth + 1);
      if (value === undefined) continue;
      if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      else out[key] = value;
    }
    return out;
  }
}

// Integers beyond ±2^53 are refused, not rounded (and not kept as bigint): every WAMP value must
// survive a trip through any of the formats, and JSON cannot carry them.
function beyondLimit(value: bigint, at: number): ProtocolError {
  return new ProtocolError(`MessagePack: integer ${value} at byte ${at - 1} is beyond ±2^53`);
}
