/**
 * A tiny reference encoding for crosstrip checks: JSON text with the WAMP
 * binary convention, written canonically.
 *
 * @module
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding (RFC 4648 §4), as the WAMP JSON convention uses. */
function toBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  if (i < bytes.length) {
    const b0 = bytes[i] as number;
    const b1 = i + 1 < bytes.length ? (bytes[i + 1] as number) : 0;
    const n = (b0 << 16) | (b1 << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! + '=' : '==';
  }
  return out;
}

/** The inverse of {@link toBase64}; the reference only reads what it wrote. */
function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = ALPHABET.indexOf(clean[i]!);
    if (v < 0) throw new SyntaxError(`invalid base64 character at ${i}`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

function canonical(value: unknown): unknown {
  if (value instanceof Uint8Array) return `\u0000${toBase64(value)}`;
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      Object.defineProperty(out, key, {
        value: canonical((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

/**
 * Encodes `value` as JSON text with the WAMP binary convention (a byte string
 * is a string of U+0000 followed by its base64) and with map keys sorted, so
 * two values equal as data give the same text.
 */
export function referenceEncode(value: unknown): string {
  return JSON.stringify(canonical(value));
}

/** Decodes {@link referenceEncode}'s text: strings that start with U+0000 become `Uint8Array`. */
export function referenceDecode(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) =>
    typeof v === 'string' && v.charCodeAt(0) === 0 ? fromBase64(v.slice(1)) : v
  );
}
