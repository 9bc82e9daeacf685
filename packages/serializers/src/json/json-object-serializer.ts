/**
 * `JsonObjectSerializer`: JSON text (RFC 8259, UTF-8) ⇄ values, with the WAMP binary convention.
 *
 * @module
 */
import type { IObjectSerializer } from '@wamp/interfaces';
import { ProtocolError } from '@wamp/interfaces';
import type { SerializerOptions } from '../serializer-options.js';
import { bytesReplacer, reviveBytes } from './json-binary.js';
import { HAS_BYTES, HAS_UNDEFINED, inspectJsonValue, withoutUndefined } from './json-inspect.js';
import { checkParsedJson } from './json-integers.js';
import { bytesToText, textToBytes } from './json-text.js';

// Batch separators: the spec names 0x1E, Autobahn 22.7.1 writes 0x18; we write 0x1E and read both.
// JSON escapes control characters, so neither byte occurs inside a message.
const SEPARATOR = 0x1e;
const AUTOBAHN_SEPARATOR = 0x18;
// JSON.stringify writes U+0000 as this escape, so only texts containing it can carry bytes.
const ESCAPED_NUL = '\\u0000';

/**
 * JSON object serializer: compact output, non-ASCII written as UTF-8, `Uint8Array` as a string
 * of NUL + base64. Decoding refuses invalid UTF-8, `NaN`, trailing data, integers beyond ±2^53 and
 * nesting deeper than 64 levels.
 *
 * @example
 * ```ts
 * const json = new JsonObjectSerializer();
 * json.serialize([1, new Uint8Array([255])]); // bytes of '[1,"\u0000/w=="]'
 * ```
 */
export class JsonObjectSerializer implements IObjectSerializer {
  readonly NAME = 'json';
  readonly BINARY = false;
  readonly batched: boolean;
  readonly #encoder = new TextEncoder();
  readonly #decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  constructor(options: SerializerOptions = {}) {
    this.batched = options.batched ?? false;
  }

  serialize(obj: unknown): Uint8Array {
    const flags = inspectJsonValue(obj);
    const value = flags & HAS_UNDEFINED ? withoutUndefined(obj) : obj;
    const text = flags & HAS_BYTES ? JSON.stringify(value, bytesReplacer) : JSON.stringify(value);
    return textToBytes(text, this.#encoder, this.batched ? SEPARATOR : undefined);
  }

  unserialize(payload: Uint8Array): unknown[] {
    if (!this.batched) return [this.#decodeOne(payload)];
    const values: unknown[] = [];
    let start = 0;
    for (let i = 0; i < payload.length; i++) {
      const b = payload[i];
      if (b === SEPARATOR || b === AUTOBAHN_SEPARATOR) {
        values.push(this.#decodeOne(payload.subarray(start, i)));
        start = i + 1;
      }
    }
    if (start !== payload.length) throw new ProtocolError('JSON batch: the last message is not followed by a separator');
    if (values.length === 0) throw new ProtocolError('JSON batch: a batch must hold at least one message');
    return values;
  }

  #decodeOne(bytes: Uint8Array): unknown {
    const text = bytesToText(bytes, this.#decoder);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (cause) {
      throw new ProtocolError(`JSON: ${(cause as Error).message}`, { cause });
    }
    checkParsedJson(text, value);
    return text.includes(ESCAPED_NUL) ? reviveBytes(value) : value;
  }
}
