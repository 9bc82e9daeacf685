/**
 * The JSON form of a cryptobox plaintext, as Autobahn|Python's serializer writes it: compact
 * UTF-8 JSON where a byte string is a string of U+0000 followed by its base64 (WAMP's JSON
 * convention for binary).
 *
 * @module
 */
import { fromBase64, toBase64 } from './base64.js';

/** Serializes `value` to UTF-8 JSON bytes, byte strings in WAMP's `\0`+base64 form. */
export function jsonEncode(value: unknown): Uint8Array {
  const text = JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? `\u0000${toBase64(v)}` : v));
  return new TextEncoder().encode(text);
}

/**
 * Parses UTF-8 JSON bytes; strings that start with U+0000 come back as `Uint8Array`.
 *
 * @throws {TypeError} for invalid UTF-8 or JSON.
 */
export function jsonDecode(bytes: Uint8Array): unknown {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return JSON.parse(text, (_key, v: unknown) => (typeof v === 'string' && v.startsWith('\u0000') ? fromBase64(v.slice(1), 'a JSON byte string') : v));
}
