/**
 * `CborObjectSerializer`: CBOR (RFC 8949) ⇄ values, via `cbor-x`.
 *
 * @module
 */
import { Decoder } from 'cbor-x';
import { ProtocolError, isProtocolError } from '@wamp/interfaces';
import { BinaryObjectSerializer } from '../binary-object-serializer.js';
import { normalizeDecoded } from './cbor-normalize.js';
import type { NormalizeNotes } from './cbor-normalize.js';
import { checkCborText } from './cbor-utf8.js';
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
// calls decodeKey for every key when a keyMap is set. It also notes keys holding U+FFFD (see
// cbor-utf8.ts).
class WampCborDecoder extends Decoder {
  notes: NormalizeNotes = { replacement: false };

  decodeKey(key: unknown): string {
    if (typeof key !== 'string') throw new ProtocolError(`CBOR: map keys must be strings, got ${key === null ? 'null' : `a ${typeof key}`}`);
    if (key === '__proto__') throw new ProtocolError('CBOR: the map key __proto__ is refused');
    if (key.indexOf('\uFFFD') !== -1) this.notes.replacement = true;
    return key;
  }
}

/**
 * CBOR object serializer producing the standard encodings other WAMP peers decode (written by
 * {@link CborWriter}: shortest integers up to ±2^53, float64, definite lengths, no tags; a
 * `Uint8Array` is a byte string). Decoding (cbor-x) refuses trailing bytes, non-string map keys,
 * invalid UTF-8, tags it cannot map to plain values, `undefined`, nesting deeper than 64 levels
 * and integers beyond ±2^53.
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
    const notes = this.#decoder.notes;
    notes.replacement = false;
    let value: unknown;
    try {
      value = this.#decoder.decode(bytes);
    } catch (cause) {
      // Our decodeKey throws ProtocolError from inside cbor-x: pass it on as it is.
      if (isProtocolError(cause)) throw cause;
      throw new ProtocolError(`CBOR: ${(cause as Error).message}`, { cause });
    }
    value = normalizeDecoded(value, 'CBOR', notes);
    // cbor-x turns invalid UTF-8 into U+FFFD; only then is the text checked again, strictly.
    if (notes.replacement) checkCborText(bytes);
    return value;
  }
}
