/**
 * A MessagePack encoder for the WAMP value space.
 *
 * Why not `@msgpack/msgpack`'s encoder: it counts UTF-8 lengths in a JavaScript loop before
 * encoding (several times slower than the rest of the stack on 4 KiB strings) and writes 2^53,
 * the largest WAMP ID, as a float, which peers refuse. This writer emits `str` for strings, `bin`
 * for byte strings, the smallest integer encoding up to ±2^53, float64 otherwise, no extension
 * types.
 *
 * @module
 */
import { BinaryWriter } from '../binary-writer.js';

const LIMIT = 9007199254740992;
const TWO_32 = 4294967296;

function strHeadBytes(n: number): number {
  return n < 32 ? 1 : n < 0x100 ? 2 : n < 0x10000 ? 3 : 5;
}

/** Encodes values to MessagePack (see the module comment for why it is ours). */
export class MsgPackWriter extends BinaryWriter {
  protected readonly format = 'MessagePack';
  readonly #stringHead = (n: number): void => this.lengthHead(n, 0xa0, 32, 0xd9, 0xda);

  /**
   * A length head: the fix form (`fix | n`) below `fixLimit`, else the 8-bit form `b8` (when the
   * kind has one, i.e. `b8 >= 0`), the 16-bit form `b16`, or the 32-bit form `b16 + 1`.
   */
  private lengthHead(n: number, fix: number, fixLimit: number, b8: number, b16: number): void {
    this.ensure(5);
    const buf = this.buf;
    if (n < fixLimit) {
      buf[this.pos++] = fix | n;
    } else if (n < 0x100 && b8 >= 0) {
      buf[this.pos++] = b8;
      buf[this.pos++] = n;
    } else if (n < 0x10000) {
      buf[this.pos++] = b16;
      this.view.setUint16(this.pos, n);
      this.pos += 2;
    } else {
      buf[this.pos++] = b16 + 1;
      this.view.setUint32(this.pos, n);
      this.pos += 4;
    }
  }

  protected writeNull(): void {
    this.byte(0xc0);
  }

  protected writeBoolean(value: boolean): void {
    this.byte(value ? 0xc3 : 0xc2);
  }

  protected writeNumber(value: number): void {
    this.ensure(9);
    const buf = this.buf;
    if (Number.isInteger(value) && value <= LIMIT && value >= -LIMIT) {
      if (value >= 0) {
        if (value < 0x80) {
          buf[this.pos++] = value;
        } else if (value < 0x100) {
          buf[this.pos++] = 0xcc;
          buf[this.pos++] = value;
        } else if (value < 0x10000) {
          buf[this.pos++] = 0xcd;
          this.view.setUint16(this.pos, value);
          this.pos += 2;
        } else if (value < TWO_32) {
          buf[this.pos++] = 0xce;
          this.view.setUint32(this.pos, value);
          this.pos += 4;
        } else {
          buf[this.pos++] = 0xcf;
          this.view.setUint32(this.pos, Math.floor(value / TWO_32));
          this.view.setUint32(this.pos + 4, value % TWO_32);
          this.pos += 8;
        }
      } else if (value >= -32) {
        buf[this.pos++] = value & 0xff;
      } else if (value >= -0x80) {
        buf[this.pos++] = 0xd0;
        this.view.setInt8(this.pos++, value);
      } else if (value >= -0x8000) {
        buf[this.pos++] = 0xd1;
        this.view.setInt16(this.pos, value);
        this.pos += 2;
      } else if (value >= -0x80000000) {
        buf[this.pos++] = 0xd2;
        this.view.setInt32(this.pos, value);
        this.pos += 4;
      } else {
        buf[this.pos++] = 0xd3;
        this.view.setBigInt64(this.pos, BigInt(value));
        this.pos += 8;
      }
      return;
    }
    buf[this.pos++] = 0xcb;
    this.view.setFloat64(this.pos, value);
    this.pos += 8;
  }

  protected writeString(value: string): void {
    this.utf8(value, strHeadBytes, this.#stringHead);
  }

  protected writeBytes(value: Uint8Array): void {
    const n = value.length;
    this.lengthHead(n, 0, 0, 0xc4, 0xc5);
    this.ensure(n);
    this.buf.set(value, this.pos);
    this.pos += n;
  }

  protected writeArrayHead(length: number): void {
    this.lengthHead(length, 0x90, 16, -1, 0xdc);
  }

  protected writeMapHead(length: number): void {
    this.lengthHead(length, 0x80, 16, -1, 0xde);
  }
}
