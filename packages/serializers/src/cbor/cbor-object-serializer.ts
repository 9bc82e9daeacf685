/**
 * `CborObjectSerializer`: CBOR (RFC 8949) ⇄ values, via `cbor-x`.
 *
 * @module
 */
import { Decoder } from 'cbor-x';
import { ProtocolError } from '@wamp/interfaces';
import { BinaryObjectSerializer } from '../binary-object-serializer.js';
import { normalizeDecoded } from './cbor-normalize.js';
import { CborWriter } from './cbor-writer.js';

// Decoding options: plain objects for maps, no record/structure extensions, one item per payload.
const DECODE_OPTIONS = {
  useRecords: false,
  structuredClone: false,
  mapsAsObjects: true,
  sequential: false,
  bundleStrings: false,
} as const;

// A decoder that refuses non-string map keys (cbor-x would turn them into strings) and the key
// `__proto__` (cbor-x would rename it to `__proto_`: refused rather than changed silently). cbor-x
// calls decodeKey for every key when a keyMap is set.
class WampCborDecoder extends Decoder {
  decodeKey(key: unknown): string {
    if (typeof key !== 'string') throw new ProtocolError(`CBOR: map keys must be strings, got a ${typeof key}`);
    if (key === '__proto__') throw new ProtocolError('CBOR: the map key __proto__ is refused');
    return key;
  }
}

/**
 * CBOR object serializer producing the standard encodings other WAMP peers decode (written by
 * {@link CborWriter}: shortest integers up to ±2^53, float64, definite lengths, no tags; a
 * `Uint8Array` is a byte string). Decoding (cbor-x) refuses trailing bytes, non-string map keys, tags it cannot map to plain values, and
 * integers a number cannot hold exactly.
 */
export class CborObjectSerializer extends BinaryObjectSerializer {
  readonly NAME = 'cbor';
  protected readonly formatName = 'CBOR';
  readonly #writer = new CborWriter();
  readonly #decoder = new WampCborDecoder({ ...DECODE_OPTIONS, keyMap: {} });

  protected encodeOne(obj: unknown): Uint8Array {
    return this.#writer.encode(obj);
  }

  protected decodeOne(bytes: Uint8Array): unknown {
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
