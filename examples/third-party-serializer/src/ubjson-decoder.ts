/**
 * UBJSON decoding (specification draft 12), optimized containers included.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
import { MARKER, MAX_DEPTH } from './ubjson-markers.js';

const TWO_32 = 2 ** 32;
/** Items of zero-width type (`[$Z#…`, `[$T#…`) cost no bytes, so their total per payload is capped instead. */
const MAX_FREE_ITEMS = 1_000_000;
const INTEGER_TEXT = /^-?(0|[1-9][0-9]*)$/;
const NUMBER_TEXT = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads UBJSON values from one byte range. Every malformation (unknown
 * marker, truncation, negative or oversized length, invalid UTF-8, an
 * integer beyond 2^53, nesting deeper than 512) is a `ProtocolError`
 * naming the offset.
 */
export class UbjsonReader {
  readonly #bytes: Uint8Array;
  readonly #view: DataView;
  readonly #end: number;
  #pos: number;
  #depth = 0;
  #freeItems = MAX_FREE_ITEMS;

  constructor(bytes: Uint8Array, start = 0, end = bytes.length) {
    this.#bytes = bytes;
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.#pos = start;
    this.#end = end;
  }

  /** True when every byte of the range was read. */
  get done(): boolean {
    return this.#pos === this.#end;
  }

  /** The offset of the next unread byte. */
  get offset(): number {
    return this.#pos;
  }

  /** Reads one value, skipping `N` no-ops in front of it. */
  value(): unknown {
    let marker = this.#u8();
    while (marker === MARKER.NOOP) marker = this.#u8();
    return this.#typed(marker);
  }

  #fail(what: string, at = this.#pos): never {
    throw new ProtocolError(`UBJSON: ${what} at offset ${at}`);
  }

  #need(n: number): number {
    const p = this.#pos;
    if (n > this.#end - p) this.#fail(`truncated: ${n} more bytes needed`);
    this.#pos = p + n;
    return p;
  }

  #u8(): number {
    return this.#bytes[this.#need(1)] as number;
  }

  #peek(): number | undefined {
    return this.#pos < this.#end ? this.#bytes[this.#pos] : undefined;
  }

  #int(marker: number): number {
    const view = this.#view;
    switch (marker) {
      case MARKER.INT8:
        return view.getInt8(this.#need(1));
      case MARKER.UINT8:
        return view.getUint8(this.#need(1));
      case MARKER.INT16:
        return view.getInt16(this.#need(2));
      case MARKER.INT32:
        return view.getInt32(this.#need(4));
      case MARKER.INT64: {
        const at = this.#need(8);
        const hi = view.getInt32(at);
        const lo = view.getUint32(at + 4);
        // Only −2^53..2^53 is exact in a JavaScript number (hi is the top 32 bits).
        if (hi < -0x200000 || hi > 0x200000 || (hi === 0x200000 && lo !== 0)) this.#fail('int64 beyond ±2^53', at);
        return hi * TWO_32 + lo;
      }
      default:
        return this.#fail(`expected an integer marker, got 0x${marker.toString(16)}`, this.#pos - 1);
    }
  }

  /** A length or count: an integer of any width, not negative, at most `limit`. */
  #length(limit: number): number {
    const at = this.#pos;
    const n = this.#int(this.#u8());
    if (n < 0 || n > limit) this.#fail(`length ${n} out of range 0..${limit}`, at);
    return n;
  }

  #utf8(length: number): string {
    const at = this.#need(length);
    try {
      return utf8.decode(this.#bytes.subarray(at, at + length));
    } catch (err) {
      return this.#fail(`invalid UTF-8 (${(err as Error).message})`, at);
    }
  }

  #typed(marker: number): unknown {
    switch (marker) {
      case MARKER.NULL:
        return null;
      case MARKER.TRUE:
        return true;
      case MARKER.FALSE:
        return false;
      case MARKER.INT8:
      case MARKER.UINT8:
      case MARKER.INT16:
      case MARKER.INT32:
      case MARKER.INT64:
        return this.#int(marker);
      case MARKER.FLOAT32:
        return this.#view.getFloat32(this.#need(4));
      case MARKER.FLOAT64:
        return this.#view.getFloat64(this.#need(8));
      case MARKER.HIGH_PRECISION:
        return this.#highPrecision();
      case MARKER.CHAR: {
        const c = this.#u8();
        if (c > 0x7f) this.#fail('char beyond ASCII', this.#pos - 1);
        return String.fromCharCode(c);
      }
      case MARKER.STRING:
        return this.#utf8(this.#length(this.#end - this.#pos));
      case MARKER.ARRAY_START:
        return this.#nested(() => this.#array());
      case MARKER.OBJECT_START:
        return this.#nested(() => this.#object());
      default:
        return this.#fail(`unknown marker 0x${marker.toString(16)}`, this.#pos - 1);
    }
  }

  /** `H`: a number written as JSON number text; refused when a JavaScript number would change it. */
  #highPrecision(): number {
    const at = this.#pos;
    const text = this.#utf8(this.#length(this.#end - this.#pos));
    if (!NUMBER_TEXT.test(text))
      this.#fail(`high-precision number ${JSON.stringify(text.slice(0, 40))} is not a number`, at);
    if (INTEGER_TEXT.test(text)) {
      const big = BigInt(text);
      if (big > 2n ** 53n || big < -(2n ** 53n)) this.#fail(`high-precision integer ${text} beyond ±2^53`, at);
    }
    const n = Number(text);
    if (!Number.isFinite(n)) this.#fail(`high-precision number ${text.slice(0, 40)} overflows a float64`, at);
    return n;
  }

  #nested<T>(read: () => T): T {
    if (++this.#depth > MAX_DEPTH) this.#fail(`nesting deeper than ${MAX_DEPTH}`);
    const result = read();
    this.#depth--;
    return result;
  }

  /** The optional `$type` and `#count` of an optimized container. */
  #header(): { type: number | undefined; count: number | undefined } {
    let type: number | undefined;
    let count: number | undefined;
    if (this.#peek() === MARKER.TYPE) {
      this.#pos++;
      type = this.#u8();
      if (type === MARKER.NOOP || type === MARKER.ARRAY_END || type === MARKER.OBJECT_END)
        this.#fail('invalid container type', this.#pos - 1);
      if (this.#peek() !== MARKER.COUNT) this.#fail('a typed container needs a count');
    }
    if (this.#peek() === MARKER.COUNT) {
      this.#pos++;
      const zeroWidth = type === MARKER.NULL || type === MARKER.TRUE || type === MARKER.FALSE;
      count = this.#length(zeroWidth ? this.#freeItems : this.#end - this.#pos);
      if (zeroWidth) this.#freeItems -= count;
    }
    return { type, count };
  }

  #array(): unknown[] | Uint8Array {
    const { type, count } = this.#header();
    if (count === undefined) {
      const items: unknown[] = [];
      for (;;) {
        const marker = this.#u8();
        if (marker === MARKER.ARRAY_END) return items;
        if (marker !== MARKER.NOOP) items.push(this.#typed(marker));
      }
    }
    if (type === MARKER.UINT8) {
      // py-ubjson writes a byte string as a strongly typed uint8 array.
      const at = this.#need(count);
      return this.#bytes.slice(at, at + count);
    }
    const items = new Array<unknown>(count);
    for (let i = 0; i < count; i++) items[i] = type === undefined ? this.value() : this.#typed(type);
    return items;
  }

  #object(): Record<string, unknown> {
    const { type, count } = this.#header();
    const obj: Record<string, unknown> = {};
    const put = (key: string, value: unknown): void => {
      // A key named __proto__ must stay data, not replace the prototype.
      if (key === '__proto__')
        Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
      else obj[key] = value;
    };
    if (count === undefined) {
      for (;;) {
        const next = this.#peek();
        if (next === MARKER.OBJECT_END) {
          this.#pos++;
          return obj;
        }
        if (next === MARKER.NOOP) {
          this.#pos++;
          continue;
        }
        const key = this.#utf8(this.#length(this.#end - this.#pos));
        put(key, this.value());
      }
    }
    for (let i = 0; i < count; i++) {
      const key = this.#utf8(this.#length(this.#end - this.#pos));
      put(key, type === undefined ? this.value() : this.#typed(type));
    }
    return obj;
  }
}
