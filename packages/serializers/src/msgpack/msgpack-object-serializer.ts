/**
 * `MsgPackObjectSerializer`: MessagePack ⇄ values, via `@msgpack/msgpack`.
 *
 * @module
 */
import { Encoder } from '@msgpack/msgpack';
import type { ExtensionCodecType } from '@msgpack/msgpack';
import type { IObjectSerializer } from '@wamp/interfaces';
import { SerializationError } from '@wamp/interfaces';
import { frameWithLength, splitLengthPrefixed } from '../batch-framing.js';
import { HAS_EDGE_INTEGER, HAS_UNDEFINED, inspectValue, normalizeValue } from '../encodable.js';
import type { SerializerOptions } from '../serializer-options.js';
import { MsgPackReader } from './msgpack-reader.js';

// WAMP carries no extension types: none are written (Dates and the like are refused before).
const NO_EXTENSIONS: ExtensionCodecType<undefined> = {
  tryToEncode: () => null,
  decode: () => undefined,
};

/**
 * MessagePack object serializer: `str` for strings, `bin` for `Uint8Array`, smallest integer
 * encodings, float64 for other numbers, no extension types (encoding by `@msgpack/msgpack`).
 * Decoding ({@link MsgPackReader}) refuses extension types, non-string map keys, trailing bytes,
 * implausible lengths and integers a number cannot hold exactly.
 */
export class MsgPackObjectSerializer implements IObjectSerializer {
  readonly NAME = 'msgpack';
  readonly BINARY = true;
  readonly batched: boolean;
  readonly #encoder = new Encoder({ extensionCodec: NO_EXTENSIONS, useBigInt64: false });
  // @msgpack/msgpack writes ±2^53 (not a safe integer) as a float; a value holding it is encoded
  // with bigint for every integer beyond 32 bits (this encoder writes plain numbers there as floats).
  #edgeEncoder: Encoder<undefined> | undefined;
  readonly #reader = new MsgPackReader();

  constructor(options: SerializerOptions = {}) {
    this.batched = options.batched ?? false;
  }

  serialize(obj: unknown): Uint8Array {
    const flags = inspectValue(obj);
    let bytes: Uint8Array;
    try {
      if (flags & HAS_EDGE_INTEGER) {
        this.#edgeEncoder ??= new Encoder({ extensionCodec: NO_EXTENSIONS, useBigInt64: true });
        bytes = this.#edgeEncoder.encode(normalizeValue(obj, 2 ** 32));
      } else {
        // `encode` copies out of the encoder's reused buffer, which callers need.
        bytes = this.#encoder.encode(flags & HAS_UNDEFINED ? normalizeValue(obj) : obj);
      }
    } catch (cause) {
      throw new SerializationError(`MessagePack: ${(cause as Error).message}`, { cause });
    }
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
