/**
 * UTF-8 for JSON text, with an encode fast path for the short all-ASCII texts most WAMP messages are.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';

// Below this many characters a byte loop beats TextEncoder's per-call overhead.
const SHORT = 256;

/** Encodes JSON text as UTF-8, plus an optional trailing separator byte. */
export function textToBytes(text: string, encoder: TextEncoder, separator?: number): Uint8Array {
  const n = text.length;
  const extra = separator === undefined ? 0 : 1;
  if (n < SHORT) {
    const out = new Uint8Array(n + extra);
    let i = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) break;
      out[i] = c;
    }
    if (i === n) {
      if (extra) out[n] = separator as number;
      return out;
    }
  }
  return encoder.encode(extra ? text + String.fromCharCode(separator as number) : text);
}

/**
 * Decodes UTF-8 JSON text (TextDecoder is already fast for short ASCII; a JavaScript loop was not).
 *
 * @throws {ProtocolError} when the bytes are not valid UTF-8.
 */
export function bytesToText(bytes: Uint8Array, decoder: TextDecoder): string {
  try {
    return decoder.decode(bytes);
  } catch (cause) {
    throw new ProtocolError('JSON: payload is not valid UTF-8', { cause });
  }
}
