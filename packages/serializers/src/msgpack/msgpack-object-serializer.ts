/**
 * `MsgPackObjectSerializer`: MessagePack ⇄ values, via `@msgpack/msgpack`.
 *
 * @module
 */
import { DecodeError, Decoder, Encoder } from '@msgpack/msgpack';
import type { ExtensionCodecType } from '@msgpack/msgpack';
import type { IObjectSerializer } from '@wamp/interfaces';
import { ProtocolError, SerializationError } from '@wamp/interfaces';
import { frameWithLength, splitLengthPrefixed } from '../batch-framing.js';
import { normalizeDecoded } from '../decoded-value.js';
import { HAS_EDGE_INTEGER, HAS_UNDEFINED, inspectValue, normalizeValue } from '../encodable.js';
import type { SerializerOptions } from '../serializer-options.js';

// WAMP carries no extension types: none are written, and any received one is refused.
const NO_EXTENSIONS: ExtensionCodecType<undefined> = {
  tryToEncode: () => null,
  decode: (_data, type) => {
    throw new DecodeError(`extension type ${type} is not a WAMP value`);
  },
};

function stringKey(key: unknown): string {
  if (typeof key === 'string') return key;
  throw new DecodeError(`map keys must be strings, got a ${typeof key}`);
}

/**
 * MessagePack object serializer: `str` for strings, `bin` for `Uint8Array`, smallest integer
 * encodings, float64 for other numbers, no extension types. Decoding refuses extension types,
 * non-string map keys, trailing bytes and integers beyond ±2^53.
 */
export class MsgPackObjectSerializer implements IObjectSerializer {
  readonly NAME = 'msgpack';
  readonly BINARY = true;
  readonly batched: boolean;
  readonly #encoder = new Encoder({ extensionCodec: NO_EXTENSIONS, useBigInt64: true, ignoreUndefined: false });
  readonly #decoder = new Decoder({ extensionCodec: NO_EXTENSIONS, useBigInt64: true, mapKeyConverter: stringKey });

  constructor(options: SerializerOptions = {}) {
    this.batched = options.batched ?? false;
  }

  serialize(obj: unknown): Uint8Array {
    const flags = inspectValue(obj);
    const value = flags & (HAS_UNDEFINED | HAS_EDGE_INTEGER) ? normalizeValue(obj, true) : obj;
    let bytes: Uint8Array;
    try {
      // encodeSharedRef returns a view of the encoder's buffer; `encode` copies, which we need.
      bytes = this.#encoder.encode(value);
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
    if (bytes.length === 0) throw new ProtocolError('MessagePack: empty payload');
    let value: unknown;
    try {
      value = this.#decoder.decode(bytes);
    } catch (cause) {
      throw new ProtocolError(`MessagePack: ${(cause as Error).message}`, { cause });
    }
    return normalizeDecoded(value, 'MessagePack');
  }
}
