/**
 * `CborObjectSerializer`: CBOR (RFC 8949) ⇄ values, via `cbor-x`.
 *
 * @module
 */
import { Decoder, Encoder } from 'cbor-x';
import type { IObjectSerializer } from '@wamp/interfaces';
import { ProtocolError, SerializationError } from '@wamp/interfaces';
import { frameWithLength, splitLengthPrefixed } from '../batch-framing.js';
import { normalizeDecoded } from '../decoded-value.js';
import { HAS_EDGE_INTEGER, HAS_UNDEFINED, inspectValue, normalizeValue } from '../encodable.js';
import type { SerializerOptions } from '../serializer-options.js';

// Standard CBOR only, as other WAMP peers read it: no record/structure extension, no typed-array
// tags (a Uint8Array is a plain byte string), float64 for non-integers, definite lengths.
const OPTIONS = {
  useRecords: false,
  structuredClone: false,
  mapsAsObjects: true,
  tagUint8Array: false,
  useFloat32: 0,
  variableMapSize: true,
  pack: false,
  sequential: false,
  bundleStrings: false,
} as const;

// A decoder that refuses non-string map keys (cbor-x would turn them into strings); cbor-x
// calls decodeKey for every key when a keyMap is set.
class WampCborDecoder extends Decoder {
  decodeKey(key: unknown): string {
    if (typeof key === 'string') return key;
    throw new ProtocolError(`CBOR: map keys must be strings, got a ${typeof key}`);
  }
}

/**
 * CBOR object serializer producing the standard encodings other WAMP peers decode. Decoding
 * refuses trailing bytes, non-string map keys, tags it cannot map to plain values, and
 * integers a number cannot hold exactly.
 */
export class CborObjectSerializer implements IObjectSerializer {
  readonly NAME = 'cbor';
  readonly BINARY = true;
  readonly batched: boolean;
  readonly #encoder = new Encoder(OPTIONS);
  readonly #decoder = new WampCborDecoder({ ...OPTIONS, keyMap: {} });

  constructor(options: SerializerOptions = {}) {
    this.batched = options.batched ?? false;
  }

  serialize(obj: unknown): Uint8Array {
    const flags = inspectValue(obj);
    const value = flags & (HAS_UNDEFINED | HAS_EDGE_INTEGER) ? normalizeValue(obj, true) : obj;
    let encoded: Uint8Array;
    try {
      encoded = this.#encoder.encode(value);
    } catch (cause) {
      throw new SerializationError(`CBOR: ${(cause as Error).message}`, { cause });
    }
    // cbor-x returns a Buffer on Node; hand out a plain Uint8Array view (DESIGN: never Buffer).
    const bytes = new Uint8Array(encoded.buffer, encoded.byteOffset, encoded.byteLength);
    return this.batched ? frameWithLength(bytes) : bytes;
  }

  unserialize(payload: Uint8Array): unknown[] {
    if (!this.batched) return [this.#decodeOne(payload)];
    return splitLengthPrefixed(payload, 'CBOR').map((part) => this.#decodeOne(part));
  }

  #decodeOne(bytes: Uint8Array): unknown {
    if (bytes.length === 0) throw new ProtocolError('CBOR: empty payload');
    let value: unknown;
    try {
      value = this.#decoder.decode(bytes);
    } catch (cause) {
      throw new ProtocolError(`CBOR: ${(cause as Error).message}`, { cause });
    }
    return normalizeDecoded(value, 'CBOR');
  }
}
