/**
 * A CBOR (RFC 8949) encoder for the WAMP value space.
 *
 * Why not cbor-x's encoder: it writes integers above 32 bits as float64, and WAMP IDs are random
 * integers up to 2^53 that peers (Autobahn|Python among them) refuse as floats. This writer emits
 * the shortest head for every integer up to ±2^53, float64 for other numbers, definite lengths
 * and no tags — the encodings every WAMP peer reads. Decoding stays with cbor-x.
 *
 * @module
 */
import { BinaryWriter } from '../binary-writer.js';

const LIMIT = 9007199254740992;
const TWO_32 = 4294967296;

function headBytes(n: number): number {
  return n < 24 ? 1 : n < 0x100 ? 2 : n < 0x10000 ? 3 : n < TWO_32 ? 5 : 9;
}

/** Encodes values to standard CBOR (see the module comment for why it is ours). */
export class CborWriter extends BinaryWriter {
  protected readonly format = 'CBOR';
  readonly #stringHead = (n: number): void => this.head(3, n);

  /** Writes a head: major type and an unsigned argument up to 2^53. */
  private head(major: number, n: number): void {
    this.ensure(9);
    const m = major << 5;
    const buf = this.buf;
    if (n < 24) {
      buf[this.pos++] = m | n;
    } else if (n < 0x100) {
      buf[this.pos++] = m | 24;
      buf[this.pos++] = n;
    } else if (n < 0x10000) {
      buf[this.pos++] = m | 25;
      this.view.setUint16(this.pos, n);
      this.pos += 2;
    } else if (n < TWO_32) {
      buf[this.pos++] = m | 26;
      this.view.setUint32(this.pos, n);
      this.pos += 4;
    } else {
      buf[this.pos++] = m | 27;
      this.view.setUint32(this.pos, Math.floor(n / TWO_32));
      this.view.setUint32(this.pos + 4, n % TWO_32);
      this.pos += 8;
    }
  }

  protected writeNull(): void {
    this.byte(0xf6);
  }

  protected writeBoolean(value: boolean): void {
    this.byte(value ? 0xf5 : 0xf4);
  }

  protected writeNumber(value: number): void {
    if (Number.isInteger(value) && value <= LIMIT && value >= -LIMIT) {
      if (value >= 0) this.head(0, value);
      else this.head(1, -1 - value);
      return;
    }
    this.ensure(9);
    this.buf[this.pos++] = 0xfb;
    this.view.setFloat64(this.pos, value);
    this.pos += 8;
  }

  protected writeString(value: string): void {
    this.utf8(value, headBytes, this.#stringHead);
  }

  protected writeBytes(value: Uint8Array): void {
    this.head(2, value.length);
    this.ensure(value.length);
    this.buf.set(value, this.pos);
    this.pos += value.length;
  }

  protected writeArrayHead(length: number): void {
    this.head(4, length);
  }

  protected writeMapHead(length: number): void {
    this.head(5, length);
  }
}
