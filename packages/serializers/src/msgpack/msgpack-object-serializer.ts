/**
 * `MsgPackObjectSerializer`: MessagePack ⇄ values.
 *
 * @module
 */
import type { IObjectSerializer } from '@wamp/interfaces';
import { frameWithLength, splitLengthPrefixed } from '../batch-framing.js';
import type { SerializerOptions } from '../serializer-options.js';
import { MsgPackReader } from './msgpack-reader.js';
import { MsgPackWriter } from './msgpack-writer.js';

/**
 * MessagePack object serializer: `str` for strings, `bin` for `Uint8Array`, smallest integer
 * encodings up to ±2^53, float64 for other numbers, no extension types ({@link MsgPackWriter}).
 * Decoding ({@link MsgPackReader}) refuses extension types, non-string map keys, trailing bytes,
 * implausible lengths and integers a number cannot hold exactly.
 */
export class MsgPackObjectSerializer implements IObjectSerializer {
  readonly NAME = 'msgpack';
  readonly BINARY = true;
  readonly batched: boolean;
  readonly #writer = new MsgPackWriter();
  readonly #reader = new MsgPackReader();

  constructor(options: SerializerOptions = {}) {
    this.batched = options.batched ?? false;
  }

  serialize(obj: unknown): Uint8Array {
    const bytes = this.#writer.encode(obj);
    return this.batched ? frameWithLength(bytes) : bytes;
  }

  unserialize(payload: Uint8Array): unknown[] {
    if (!this.batched) return [this.#decodeOne(payload)];
    return splitLengthPrefixed(payload, 'MessagePack').map((part) => this.#decodeOne(part));
  }

  #decodeOne(bytes: Uint8Array): unknown {
    return this.#reader.decode(bytes);
  }
}
