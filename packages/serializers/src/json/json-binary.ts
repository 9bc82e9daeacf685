/**
 * The WAMP binary convention for JSON (Advanced Profile, "Binary support in JSON"): a byte
 * string travels as a JSON string of U+0000 followed by standard base64.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
import { decodeBase64, encodeBase64 } from '../base64.js';

/** `JSON.stringify` replacer that writes `Uint8Array` (`Buffer` too) in the binary convention. */
export function bytesReplacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  // The holder's own property, not `value`: JSON.stringify calls toJSON first, and a Buffer's
  // toJSON turns it into {type, data}.
  const raw = this[key];
  return raw instanceof Uint8Array ? `\u0000${encodeBase64(raw)}` : value;
}

/**
 * Turns every string starting with U+0000 in a freshly parsed value into bytes, in place.
 *
 * @throws {ProtocolError} when such a string is not valid padded base64.
 */
export function reviveBytes(value: unknown): unknown {
  if (typeof value === 'string') return value.charCodeAt(0) === 0 ? stringToBytes(value) : value;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = reviveBytes(value[i]);
    return value;
  }
  const dict = value as Record<string, unknown>;
  for (const key in dict) dict[key] = reviveBytes(dict[key]);
  return value;
}

function stringToBytes(text: string): Uint8Array {
  const bytes = decodeBase64(text, 1);
  if (bytes === undefined) throw new ProtocolError('JSON: a string starting with NUL must be base64 (WAMP binary convention)');
  return bytes;
}
