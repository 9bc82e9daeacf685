/**
 * The shared walk of the binary encoders (CBOR, MessagePack): validates the WAMP value space as
 * it writes, into one reused, growing buffer.
 *
 * @module
 */
import { SerializationError } from '@wamp/interfaces';

const MAX_DEPTH = 64;

const CHUNK = 65536;
// Below this much room left in the chunk, the next value starts a fresh chunk.
const MIN_ROOM = 1024;

/**
 * Base of {@link CborWriter} and {@link MsgPackWriter}: walks a value once, refusing what WAMP
 * cannot carry, and calls the format's head/scalar writers. `undefined` becomes null in lists and
 * is skipped in dicts (as JSON does).
 *
 * Values are written one after another into a 64 KiB chunk and handed out as views of it, so no
 * copy is made per value; a chunk is never written again where a view was handed out, and it is
 * released once no view refers to it.
 */
export abstract class BinaryWriter {
  protected buf = new Uint8Array(CHUNK);
  protected view = new DataView(this.buf.buffer);
  protected pos = 0;
  private start = 0;
  protected readonly text = new TextEncoder();
  /** Format name for errors. */
  protected abstract readonly format: string;

  /**
   * Encodes one value and returns its bytes (a view that is never written again).
   *
   * @throws {SerializationError} for bigint, functions, symbols, non-plain objects (Map, Date,
   * class instances) and nesting deeper than 64 levels (or cycles).
   */
  encode(value: unknown): Uint8Array {
    if (this.buf.length - this.pos < MIN_ROOM) this.renew(0);
    this.start = this.pos;
    try {
      this.write(value, 0);
    } catch (error) {
      this.pos = this.start;
      throw error;
    }
    return this.buf.subarray(this.start, this.pos);
  }

  protected ensure(n: number): void {
    if (this.pos + n > this.buf.length) this.renew(n);
  }

  // Moves the value being written to a fresh chunk with room for `n` more bytes.
  private renew(n: number): void {
    const used = this.pos - this.start;
    const next = new Uint8Array(Math.max(CHUNK, 2 * (used + n)));
    next.set(this.buf.subarray(this.start, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
    this.start = 0;
    this.pos = used;
  }

  protected byte(b: number): void {
    this.ensure(1);
    this.buf[this.pos++] = b;
  }

  protected abstract writeNull(): void;
  protected abstract writeBoolean(value: boolean): void;
  /** Writes a number: an integer within ±2^53 as an integer, anything else as float64. */
  protected abstract writeNumber(value: number): void;
  protected abstract writeString(value: string): void;
  protected abstract writeBytes(value: Uint8Array): void;
  protected abstract writeArrayHead(length: number): void;
  protected abstract writeMapHead(length: number): void;

  /**
   * Writes `value` as UTF-8 after a head: `headSize(n)` gives the head's size for a byte length
   * n, `writeHead(n)` writes it. The UTF-8 length lies in [units, 3 units]: when both ends need the
   * same head size the text is encoded in place, with no intermediate copy.
   */
  protected utf8(value: string, headSize: (n: number) => number, writeHead: (n: number) => void): void {
    const units = value.length;
    const size = headSize(units);
    this.ensure(size + 3 * units + 9);
    // Short ASCII strings (URIs, keys) are copied byte by byte: cheaper than a subarray view
    // plus encodeInto. Any non-ASCII character falls through to the general path.
    if (units < 64 && this.ascii(value, this.pos + size)) {
      writeHead(units);
      this.pos += units;
      return;
    }
    if (size === headSize(3 * units)) {
      const start = this.pos + size;
      const { written } = this.text.encodeInto(value, this.buf.subarray(start));
      writeHead(written);
      this.pos = start + written;
      return;
    }
    const bytes = this.text.encode(value);
    writeHead(bytes.length);
    this.ensure(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  // Writes `value` at `at` when it is all ASCII; returns false (having written garbage past pos,
  // which the caller overwrites) otherwise.
  private ascii(value: string, at: number): boolean {
    const buf = this.buf;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c >= 0x80) return false;
      buf[at + i] = c;
    }
    return true;
  }

  private write(value: unknown, depth: number): void {
    switch (typeof value) {
      case 'string':
        return this.writeString(value);
      case 'number':
        return this.writeNumber(value);
      case 'boolean':
        return this.writeBoolean(value);
      case 'undefined':
        return this.writeNull();
      case 'object':
        return this.writeObject(value, depth);
      default:
        throw new SerializationError(`${this.format}: a ${typeof value} is not a WAMP value`);
    }
  }

  private writeObject(value: object | null, depth: number): void {
    if (value === null) return this.writeNull();
    if (depth >= MAX_DEPTH) throw new SerializationError(`${this.format}: value nested deeper than ${MAX_DEPTH} levels (or cyclic)`);
    if (Array.isArray(value)) {
      this.writeArrayHead(value.length);
      for (let i = 0; i < value.length; i++) this.write(value[i], depth + 1);
      return;
    }
    if (value instanceof Uint8Array) return this.writeBytes(value);
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      throw new SerializationError(`${this.format}: a ${value.constructor?.name ?? 'object'} is not a WAMP value (use plain objects)`);
    }
    const dict = value as Record<string, unknown>;
    let count = 0;
    for (const key in dict) if (dict[key] !== undefined) count++;
    this.writeMapHead(count);
    for (const key in dict) {
      const item = dict[key];
      if (item === undefined) continue;
      this.writeString(key);
      this.write(item, depth + 1);
    }
  }
}
