/**
 * `MsgPackObjectSerializer`: MessagePack ⇄ values.
 *
 * @module
 */
import { BinaryObjectSerializer } from '../binary-object-serializer.js';
import { MsgPackReader } from './msgpack-reader.js';
import { MsgPackWriter } from './msgpack-writer.js';

/**
 * MessagePack object serializer: `str` for strings, `bin` for `Uint8Array`, smallest integer
 * encodings up to ±2^53, float64 for other numbers, no extension types ({@link MsgPackWriter}).
 * Decoding ({@link MsgPackReader}) refuses extension types, non-string map keys, trailing bytes,
 * implausible lengths, nesting deeper than 64 levels and integers beyond ±2^53.
 */
export class MsgPackObjectSerializer extends BinaryObjectSerializer {
  readonly NAME = 'msgpack';
  protected readonly formatName = 'MessagePack';
  readonly #writer = new MsgPackWriter();
  readonly #reader = new MsgPackReader();

  protected encodeOne(obj: unknown): Uint8Array {
    return this.#writer.encode(obj);
  }

  protected decodeOne(bytes: Uint8Array): unknown {
    return this.#reader.decode(bytes);
  }
}
