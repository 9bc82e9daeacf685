/**
 * `IObjectSerializer` for UBJSON, plain and batched.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
import type { IObjectSerializer } from '@wamp/interfaces';
import { UbjsonReader } from './ubjson-decoder.js';
import { UbjsonEncoder } from './ubjson-encoder.js';

/** Options of the UBJSON serializers. */
export interface UbjsonOptions {
  /**
   * Frame every value for batched transport payloads (WAMP Advanced Profile,
   * "Message Batching"): each value is preceded by its length as a 4-byte
   * big-endian integer, as Autobahn|Python frames UBJSON batches.
   * @default false
   */
  readonly batched?: boolean | undefined;
}

class UbjsonObjectSerializer implements IObjectSerializer {
  readonly NAME = 'ubjson';
  readonly BINARY = true;
  readonly batched: boolean;
  readonly #encoder = new UbjsonEncoder();

  constructor(options: UbjsonOptions) {
    this.batched = options.batched ?? false;
  }

  serialize(obj: unknown): Uint8Array {
    return this.#encoder.encode(obj, this.batched);
  }

  unserialize(payload: Uint8Array): unknown[] {
    if (payload.length === 0) throw new ProtocolError('UBJSON: empty payload');
    if (!this.batched) return [readOne(payload, 0, payload.length)];
    const values: unknown[] = [];
    const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
    let pos = 0;
    while (pos < payload.length) {
      if (payload.length - pos < 4) throw new ProtocolError(`UBJSON batch: truncated length prefix at offset ${pos}`);
      const length = view.getUint32(pos);
      pos += 4;
      if (length === 0 || length > payload.length - pos) {
        throw new ProtocolError(
          `UBJSON batch: record length ${length} at offset ${pos - 4} does not fit the ${payload.length}-byte payload`
        );
      }
      values.push(readOne(payload, pos, pos + length));
      pos += length;
    }
    return values;
  }
}

/** Exactly one value filling `bytes[start..end)`. */
function readOne(bytes: Uint8Array, start: number, end: number): unknown {
  const reader = new UbjsonReader(bytes, start, end);
  const value = reader.value();
  if (!reader.done) throw new ProtocolError(`UBJSON: trailing bytes after the value at offset ${reader.offset}`);
  return value;
}

/**
 * Creates a UBJSON object serializer (bytes ⇄ values), wire compatible with
 * Autobahn|Python's `UBJSONObjectSerializer` (py-ubjson): byte strings are
 * strongly typed uint8 arrays, integers take the smallest marker, other
 * numbers are float64.
 *
 * @example
 * ```ts
 * const ser = ubjsonObjectSerializer();
 * ser.unserialize(ser.serialize({ a: [1, 2.5] })); // [{ a: [1, 2.5] }]
 * ```
 */
export function ubjsonObjectSerializer(options: UbjsonOptions = {}): IObjectSerializer {
  return new UbjsonObjectSerializer(options);
}
