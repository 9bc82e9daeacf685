/**
 * Bounds-checked reading of FlatBuffers tables (the TypeScript runtime has no verifier: its
 * `ByteBuffer` reads past the end as `undefined` and trusts every offset).
 *
 * Every read checks its bytes against the buffer first and throws `ProtocolError` naming the
 * table and field. The schema has no recursive tables, so a walk visits each field at most once:
 * hostile offsets can make a buffer invalid, never a loop. Offsets may legally share data, so a
 * vector of 10,000 offsets to one 60 KB string would decode to 600 MB: the strings and byte
 * vectors read from one buffer may total at most {@link SHARED_DATA_FACTOR} times its size.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';

const UTF8 = new TextDecoder('utf-8', { fatal: true });
// 2^53 split into the high and low 32-bit words of a little-endian uint64.
const MAX_ID_HIGH = 0x200000;
/** How many times its own size in string and byte-vector data one buffer may decode to. */
export const SHARED_DATA_FACTOR = 4;

/** A FlatBuffers buffer with checked little-endian reads. */
export class FbsReader {
  readonly bytes: Uint8Array;
  readonly #view: DataView;
  #budget: number;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.#budget = SHARED_DATA_FACTOR * bytes.length + 1024;
  }

  /** Counts `length` bytes of string or byte-vector data against the buffer's budget. */
  take(length: number, what: string): void {
    this.#budget -= length;
    if (this.#budget < 0) {
      throw new ProtocolError(`FlatBuffers: ${what}: the buffer's offsets share data beyond ${SHARED_DATA_FACTOR} times its size`);
    }
  }

  /** Throws unless `size` bytes at `pos` lie inside the buffer. */
  check(pos: number, size: number, what: string): void {
    if (!(pos >= 0 && size >= 0 && pos + size <= this.bytes.length)) {
      throw new ProtocolError(`FlatBuffers: ${what} at offset ${pos} (${size} bytes) lies outside the ${this.bytes.length}-byte buffer`);
    }
  }

  u8(pos: number, what: string): number {
    this.check(pos, 1, what);
    return this.bytes[pos] as number;
  }

  u16(pos: number, what: string): number {
    this.check(pos, 2, what);
    return this.#view.getUint16(pos, true);
  }

  u32(pos: number, what: string): number {
    this.check(pos, 4, what);
    return this.#view.getUint32(pos, true);
  }

  i32(pos: number, what: string): number {
    this.check(pos, 4, what);
    return this.#view.getInt32(pos, true);
  }

  /** A uint64 as a number; values above 2^53 (the largest WAMP ID) are refused, not rounded. */
  u64(pos: number, what: string): number {
    this.check(pos, 8, what);
    const low = this.#view.getUint32(pos, true);
    const high = this.#view.getUint32(pos + 4, true);
    if (high > MAX_ID_HIGH || (high === MAX_ID_HIGH && low !== 0)) {
      throw new ProtocolError(`FlatBuffers: ${what} exceeds 2^53`);
    }
    return high * 0x1_0000_0000 + low;
  }

  /** Follows the unsigned offset stored at `pos` (offsets always point forward). */
  indirect(pos: number, what: string): number {
    const target = pos + this.u32(pos, what);
    this.check(target, 4, what);
    return target;
  }

  /** The table whose offset is stored at `pos`. */
  table(pos: number, what: string): FbsTable {
    return new FbsTable(this, this.indirect(pos, what), what);
  }

  /** The root table (the first four bytes hold its offset). */
  root(what: string): FbsTable {
    if (this.bytes.length < 8) throw new ProtocolError(`FlatBuffers: a ${this.bytes.length}-byte payload is too short to hold a root table`);
    return this.table(0, what);
  }

  /**
   * The start and length of the vector whose offset is stored at `pos`, checked to fit with
   * `elemSize`-byte elements.
   */
  vector(pos: number, elemSize: number, what: string): [start: number, length: number] {
    const at = this.indirect(pos, what);
    const length = this.u32(at, `${what} length`);
    const start = at + 4;
    if (length > (this.bytes.length - start) / elemSize) {
      throw new ProtocolError(`FlatBuffers: ${what} claims ${length} elements, more than the buffer holds`);
    }
    return [start, length];
  }

  /** The bytes of the string whose offset is stored at `pos` (checked, NUL terminator included). */
  stringBytes(pos: number, what: string): Uint8Array {
    const [start, length] = this.vector(pos, 1, what);
    if (this.u8(start + length, `${what} terminator`) !== 0) {
      throw new ProtocolError(`FlatBuffers: ${what} is not NUL-terminated`);
    }
    this.take(length, what);
    return this.bytes.subarray(start, start + length);
  }

  /** The string whose offset is stored at `pos`, refused unless it is valid UTF-8. */
  string(pos: number, what: string): string {
    const raw = this.stringBytes(pos, what);
    try {
      return UTF8.decode(raw);
    } catch (cause) {
      throw new ProtocolError(`FlatBuffers: ${what} is not valid UTF-8`, { cause });
    }
  }
}

/** One table: its vtable located and checked, its fields read by slot (field id). */
export class FbsTable {
  readonly reader: FbsReader;
  readonly pos: number;
  readonly what: string;
  readonly #vtable: number;
  readonly #vtableSize: number;
  readonly #tableSize: number;

  constructor(reader: FbsReader, pos: number, what: string) {
    this.reader = reader;
    this.pos = pos;
    this.what = what;
    const vtable = pos - reader.i32(pos, `${what} vtable offset`);
    const vtableSize = reader.u16(vtable, `${what} vtable`);
    if (vtableSize < 4 || vtableSize % 2 !== 0) throw new ProtocolError(`FlatBuffers: ${what} has a malformed vtable (size ${vtableSize})`);
    reader.check(vtable, vtableSize, `${what} vtable`);
    const tableSize = reader.u16(vtable + 2, `${what} vtable`);
    if (tableSize < 4) throw new ProtocolError(`FlatBuffers: ${what} has a malformed vtable (table size ${tableSize})`);
    reader.check(pos, tableSize, what);
    this.#vtable = vtable;
    this.#vtableSize = vtableSize;
    this.#tableSize = tableSize;
  }

  /**
   * The absolute position of field `slot`, or -1 when the table does not hold it; checks that
   * `size` bytes of it lie inside the table.
   */
  field(slot: number, size: number): number {
    const entry = 4 + 2 * slot;
    if (entry >= this.#vtableSize) return -1;
    const offset = this.reader.u16(this.#vtable + entry, `${this.what} vtable`);
    if (offset === 0) return -1;
    if (offset < 4 || offset + size > this.#tableSize) {
      throw new ProtocolError(`FlatBuffers: ${this.what} field ${slot} lies outside its table`);
    }
    return this.pos + offset;
  }

  has(slot: number): boolean {
    return this.field(slot, 0) !== -1;
  }
}
