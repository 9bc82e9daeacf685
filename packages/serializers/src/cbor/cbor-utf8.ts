/**
 * Strict UTF-8 for CBOR text strings. cbor-x decodes invalid UTF-8 leniently (as U+FFFD), but a
 * CBOR text string must be valid UTF-8 (RFC 8949 §3.1, major type 3), and the other formats of
 * this package refuse invalid text: so when a decoded string holds U+FFFD, the payload's text
 * strings are checked again, strictly.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';

// Tags may nest without limit in CBOR; cbor-x accepted the item, so this only bounds recursion.
const MAX_DEPTH = 1000;

/**
 * Walks the data item at the start of `bytes` (already accepted by cbor-x) and decodes each text
 * string with a fatal UTF-8 decoder.
 *
 * @throws {ProtocolError} naming the offset of the first text string that is not valid UTF-8.
 */
export function checkCborText(bytes: Uint8Array): void {
  new TextChecker(bytes).item(0);
}

class TextChecker {
  readonly #bytes: Uint8Array;
  readonly #view: DataView;
  readonly #utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  #pos = 0;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  #need(n: number): number {
    const at = this.#pos;
    if (at + n > this.#bytes.length) throw new ProtocolError(`CBOR: truncated at byte ${at}`);
    this.#pos = at + n;
    return at;
  }

  // Reads a head; returns [major type, argument], the argument -1 for an indefinite length.
  #head(): [number, number] {
    const b = this.#bytes[this.#need(1)] as number;
    const major = b >> 5;
    const info = b & 31;
    if (info < 24) return [major, info];
    if (info === 24) return [major, this.#bytes[this.#need(1)] as number];
    if (info === 25) return [major, this.#view.getUint16(this.#need(2))];
    if (info === 26) return [major, this.#view.getUint32(this.#need(4))];
    if (info === 27) {
      const at = this.#need(8);
      return [major, this.#view.getUint32(at) * 4294967296 + this.#view.getUint32(at + 4)];
    }
    if (info === 31) return [major, -1];
    throw new ProtocolError(`CBOR: reserved head 0x${b.toString(16)} at byte ${this.#pos - 1}`);
  }

  item(depth: number): void {
    if (depth > MAX_DEPTH) throw new ProtocolError(`CBOR: nested deeper than ${MAX_DEPTH} levels`);
    const [major, arg] = this.#head();
    switch (major) {
      case 2:
        if (arg < 0) return this.#until(() => this.item(depth + 1));
        this.#need(arg);
        return;
      case 3:
        if (arg < 0) return this.#until(() => this.item(depth + 1));
        return this.#text(arg);
      case 4:
        if (arg < 0) return this.#until(() => this.item(depth + 1));
        for (let i = 0; i < arg; i++) this.item(depth + 1);
        return;
      case 5:
        // A map is a list of keys and values.
        if (arg < 0) return this.#until(() => this.item(depth + 1));
        for (let i = 0; i < 2 * arg; i++) this.item(depth + 1);
        return;
      case 6:
        return this.item(depth + 1);
      default:
        // Major types 0, 1 and 7: the head is the whole item.
        return;
    }
  }

  // Reads items until the break byte 0xff (indefinite lengths).
  #until(read: () => void): void {
    while (this.#bytes[this.#pos] !== 0xff) {
      if (this.#pos >= this.#bytes.length) throw new ProtocolError('CBOR: indefinite-length item without a break');
      read();
    }
    this.#pos++;
  }

  #text(length: number): void {
    const at = this.#need(length);
    try {
      this.#utf8.decode(this.#bytes.subarray(at, at + length));
    } catch (cause) {
      throw new ProtocolError(`CBOR: text string at byte ${at} is not valid UTF-8`, { cause });
    }
  }
}
