/**
 * UBJSON encoding of JavaScript values, the way py-ubjson (and so
 * Autobahn|Python's `UBJSONObjectSerializer`) writes them.
 *
 * @module
 */
import { SerializationError } from '@wamp/interfaces';
import { MARKER, MAX_DEPTH } from './ubjson-markers.js';

const TWO_32 = 2 ** 32;
const TWO_53 = 2 ** 53;
/** A scratch buffer that grew past this is dropped after use instead of being kept. */
const KEEP_LIMIT = 1 << 20;

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return (value as { constructor?: { name?: string } }).constructor?.name ?? 'Object';
}

/**
 * Encodes values into one reused scratch buffer and returns a copy of the
 * bytes. Integers use the smallest marker (`U i I l L`), other numbers `D`
 * (float64), one-byte strings `C`, `Uint8Array` the optimized array
 * `[$U#<count>`; dict keys and list items keep their order, and containers
 * are not counted up front.
 */
export class UbjsonEncoder {
  #buf = new Uint8Array(256);
  #view = new DataView(this.#buf.buffer);
  #pos = 0;
  readonly #utf8 = new TextEncoder();

  /**
   * Encodes `value`; with `lengthPrefix` the bytes start with their own
   * length as a 4-byte big-endian integer (WAMP batched framing).
   *
   * @throws {SerializationError} for values UBJSON cannot carry faithfully:
   * bigint, functions, symbols, `undefined`, NaN and infinities, lone
   * surrogates, objects that are not plain objects, nesting deeper than 512
   * (cycles included).
   */
  encode(value: unknown, lengthPrefix: boolean): Uint8Array {
    this.#pos = lengthPrefix ? 4 : 0;
    this.#value(value, 0);
    if (lengthPrefix) this.#view.setUint32(0, this.#pos - 4);
    const out = this.#buf.slice(0, this.#pos);
    if (this.#buf.length > KEEP_LIMIT) {
      this.#buf = new Uint8Array(256);
      this.#view = new DataView(this.#buf.buffer);
    }
    return out;
  }

  #grow(extra: number): void {
    const next = new Uint8Array(Math.max(this.#buf.length * 2, this.#pos + extra));
    next.set(this.#buf.subarray(0, this.#pos));
    this.#buf = next;
    this.#view = new DataView(next.buffer);
  }

  #ensure(extra: number): void {
    if (this.#pos + extra > this.#buf.length) this.#grow(extra);
  }

  #byte(b: number): void {
    this.#ensure(1);
    this.#buf[this.#pos++] = b;
  }

  /** A marker and an integer in −2^53..2^53, in the smallest of `U i I l L`. */
  #int(n: number): void {
    this.#ensure(9);
    const view = this.#view;
    const p = this.#pos;
    if (n >= 0 && n <= 0xff) {
      this.#buf[p] = MARKER.UINT8;
      this.#buf[p + 1] = n;
      this.#pos = p + 2;
    } else if (n >= -0x80 && n < 0) {
      this.#buf[p] = MARKER.INT8;
      view.setInt8(p + 1, n);
      this.#pos = p + 2;
    } else if (n >= -0x8000 && n <= 0x7fff) {
      this.#buf[p] = MARKER.INT16;
      view.setInt16(p + 1, n);
      this.#pos = p + 3;
    } else if (n >= -0x80000000 && n <= 0x7fffffff) {
      this.#buf[p] = MARKER.INT32;
      view.setInt32(p + 1, n);
      this.#pos = p + 5;
    } else {
      // Two's complement int64 from two exact 32-bit halves (no BigInt on the hot path).
      const hi = Math.floor(n / TWO_32);
      this.#buf[p] = MARKER.INT64;
      view.setInt32(p + 1, hi);
      view.setUint32(p + 5, n - hi * TWO_32);
      this.#pos = p + 9;
    }
  }

  /** A length (as an integer) followed by the UTF-8 bytes of `text`; strings add the `S` marker first. */
  #text(text: string): void {
    const isWellFormed = (text as { isWellFormed?: () => boolean }).isWellFormed;
    if (isWellFormed !== undefined && !isWellFormed.call(text)) {
      throw new SerializationError(
        `UBJSON cannot encode a string with a lone surrogate: ${JSON.stringify(text.slice(0, 40))}`
      );
    }
    const max = text.length * 3;
    const header = max <= 0xff ? 2 : max <= 0x7fff ? 3 : 5;
    this.#ensure(9 + max); // room for the longest length header, so #int below never moves the buffer
    const { written } = this.#utf8.encodeInto(text, this.#buf.subarray(this.#pos + header));
    const start = this.#pos;
    this.#int(written);
    // The header guessed from the worst case may be longer than the real one.
    if (this.#pos !== start + header) this.#buf.copyWithin(this.#pos, start + header, start + header + written);
    this.#pos += written;
  }

  #value(value: unknown, depth: number): void {
    switch (typeof value) {
      case 'string':
        if (value.length === 1 && value.charCodeAt(0) < 0x80) {
          // One UTF-8 byte: py-ubjson writes a char (C), and so do we, byte for byte.
          this.#ensure(2);
          this.#buf[this.#pos] = MARKER.CHAR;
          this.#buf[this.#pos + 1] = value.charCodeAt(0);
          this.#pos += 2;
        } else {
          this.#byte(MARKER.STRING);
          this.#text(value);
        }
        return;
      case 'number':
        if (Number.isInteger(value) && value >= -TWO_53 && value <= TWO_53) {
          this.#int(value);
        } else if (Number.isFinite(value)) {
          this.#ensure(9);
          this.#buf[this.#pos] = MARKER.FLOAT64;
          this.#view.setFloat64(this.#pos + 1, value);
          this.#pos += 9;
        } else {
          throw new SerializationError(`UBJSON cannot encode ${value} (draft 12 would turn it into null)`);
        }
        return;
      case 'boolean':
        this.#byte(value ? MARKER.TRUE : MARKER.FALSE);
        return;
      case 'object':
        if (value === null) this.#byte(MARKER.NULL);
        else this.#container(value, depth + 1);
        return;
      default:
        throw new SerializationError(`UBJSON cannot encode a value of type ${typeName(value)}`);
    }
  }

  #container(value: object, depth: number): void {
    if (depth > MAX_DEPTH)
      throw new SerializationError(`UBJSON refuses nesting deeper than ${MAX_DEPTH} levels (is the value cyclic?)`);
    if (value instanceof Uint8Array) {
      this.#ensure(13 + value.length);
      const buf = this.#buf;
      buf[this.#pos] = MARKER.ARRAY_START;
      buf[this.#pos + 1] = MARKER.TYPE;
      buf[this.#pos + 2] = MARKER.UINT8;
      buf[this.#pos + 3] = MARKER.COUNT;
      this.#pos += 4;
      this.#int(value.length);
      this.#buf.set(value, this.#pos);
      this.#pos += value.length;
    } else if (Array.isArray(value)) {
      this.#byte(MARKER.ARRAY_START);
      for (let i = 0; i < value.length; i++) this.#value(value[i], depth);
      this.#byte(MARKER.ARRAY_END);
    } else {
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) {
        throw new SerializationError(`UBJSON cannot encode a ${typeName(value)}: only plain objects become maps`);
      }
      this.#byte(MARKER.OBJECT_START);
      for (const key of Object.keys(value)) {
        this.#text(key); // object keys carry no S marker
        this.#value((value as Record<string, unknown>)[key], depth);
      }
      this.#byte(MARKER.OBJECT_END);
    }
  }
}
