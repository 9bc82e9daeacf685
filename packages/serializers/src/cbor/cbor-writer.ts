/**
 * A CBOR (RFC 8949) encoder for the WAMP value space, validating as it writes.
 *
 * Why not cbor-x's encoder: it writes integers above 32 bits as float64, and WAMP IDs are random
 * integers up to 2^53 that peers (Autobahn|Python among them) refuse as floats. This writer emits
 * the shortest integer head for every integer up to ±2^53, float64 for other numbers, definite
 * lengths and no tags — the encodings every WAMP peer reads. Decoding stays with cbor-x.
 *
 * @module
 */
import { SerializationError } from '@wamp/interfaces';

const MAX_DEPTH = 64;
const LIMIT = 9007199254740992;
const TWO_32 = 4294967296;

/** Encodes values to CBOR into a reused, growing buffer; `encode` returns a fresh copy. */
export class CborWriter {
  #buf = new Uint8Array(4096);
  #view = new DataView(this.#buf.buffer);
  #pos = 0;
  readonly #text = new TextEncoder();

  /**
   * Encodes one value.
   *
   * @throws {SerializationError} naming the path for bigint, functions, symbols, non-plain objects
   * and nesting deeper than 64 levels (or cycles).
   */
  encode(value: unknown): Uint8Array {
    this.#pos = 0;
    this.#write(value, 0);
    return this.#buf.slice(0, this.#pos);
  }

  #ensure(n: number): void {
    if (this.#pos + n <= this.#buf.length) return;
    let size = this.#buf.length * 2;
    while (size < this.#pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.#buf.subarray(0, this.#pos));
    this.#buf = next;
    this.#view = new DataView(next.buffer);
  }

  /** Writes a head: major type and an unsigned argument up to 2^53. */
  #head(major: number, n: number): void {
    this.#ensure(9);
    const m = major << 5;
    const buf = this.#buf;
    if (n < 24) {
      buf[this.#pos++] = m | n;
    } else if (n < 0x100) {
      buf[this.#pos++] = m | 24;
      buf[this.#pos++] = n;
    } else if (n < 0x10000) {
      buf[this.#pos++] = m | 25;
      this.#view.setUint16(this.#pos, n);
      this.#pos += 2;
    } else if (n < TWO_32) {
      buf[this.#pos++] = m | 26;
      this.#view.setUint32(this.#pos, n);
      this.#pos += 4;
    } else {
      buf[this.#pos++] = m | 27;
      this.#view.setUint32(this.#pos, Math.floor(n / TWO_32));
      this.#view.setUint32(this.#pos + 4, n % TWO_32);
      this.#pos += 8;
    }
  }

  #write(value: unknown, depth: number): void {
    switch (typeof value) {
      case 'string':
        return this.#string(value);
      case 'number':
        return this.#number(value);
      case 'boolean':
        this.#ensure(1);
        this.#buf[this.#pos++] = value ? 0xf5 : 0xf4;
        return;
      case 'undefined':
        // Inside lists `undefined` becomes null, as JSON does; dict entries holding it are skipped.
        this.#ensure(1);
        this.#buf[this.#pos++] = 0xf6;
        return;
      case 'object':
        return this.#object(value, depth);
      default:
        throw new SerializationError(`CBOR: a ${typeof value} is not a WAMP value`);
    }
  }

  #number(value: number): void {
    if (Number.isInteger(value) && value <= LIMIT && value >= -LIMIT) {
      if (value >= 0) this.#head(0, value);
      else this.#head(1, -1 - value);
      return;
    }
    this.#ensure(9);
    this.#buf[this.#pos++] = 0xfb;
    this.#view.setFloat64(this.#pos, value);
    this.#pos += 8;
  }

  #string(value: string): void {
    const units = value.length;
    // The UTF-8 length lies in [units, 3 * units]: when both ends need the same head size, the
    // text is encoded in place right after the head, with no intermediate copy.
    const headSize = headBytes(units);
    this.#ensure(headSize + 3 * units + 9);
    if (headSize === headBytes(3 * units)) {
      const start = this.#pos + headSize;
      const { written } = this.#text.encodeInto(value, this.#buf.subarray(start));
      this.#head(3, written);
      this.#pos = start + written;
      return;
    }
    const bytes = this.#text.encode(value);
    this.#head(3, bytes.length);
    this.#ensure(bytes.length);
    this.#buf.set(bytes, this.#pos);
    this.#pos += bytes.length;
  }

  #object(value: object | null, depth: number): void {
    if (value === null) {
      this.#ensure(1);
      this.#buf[this.#pos++] = 0xf6;
      return;
    }
    if (depth >= MAX_DEPTH) throw new SerializationError(`CBOR: value nested deeper than ${MAX_DEPTH} levels (or cyclic)`);
    if (Array.isArray(value)) {
      this.#head(4, value.length);
      for (let i = 0; i < value.length; i++) this.#write(value[i], depth + 1);
      return;
    }
    if (value instanceof Uint8Array) {
      this.#head(2, value.length);
      this.#ensure(value.length);
      this.#buf.set(value, this.#pos);
      this.#pos += value.length;
      return;
    }
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      throw new SerializationError(`CBOR: a ${value.constructor?.name ?? 'object'} is not a WAMP value (use plain objects)`);
    }
    const dict = value as Record<string, unknown>;
    let count = 0;
    for (const key in dict) if (dict[key] !== undefined) count++;
    this.#head(5, count);
    for (const key in dict) {
      const item = dict[key];
      if (item === undefined) continue;
      this.#string(key);
      this.#write(item, depth + 1);
    }
  }
}

function headBytes(n: number): number {
  return n < 24 ? 1 : n < 0x100 ? 2 : n < 0x10000 ? 3 : n < TWO_32 ? 5 : 9;
}
