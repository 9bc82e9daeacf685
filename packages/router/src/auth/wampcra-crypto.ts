/**
 * The cryptography of WAMP-CRA on WebCrypto (`crypto.subtle`), no dependency: the HMAC-SHA256
 * signature and a constant-time comparison (salted users' keys come already derived from the config).
 *
 * @module
 */

const encoder = new TextEncoder();

/** UTF-8 bytes of `text`. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text) as Uint8Array<ArrayBuffer>;
}

/** Standard base64 with padding. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i] as number);
  return btoa(binary);
}

/** `n` random bytes as base64 text (nonces, throwaway keys). */
export function randomToken(n: number): string {
  return toBase64(crypto.getRandomValues(new Uint8Array(n)));
}

/**
 * The WAMP-CRA signature of `challenge` under `key`: base64 of HMAC-SHA256(UTF-8 key, UTF-8
 * challenge), as Autobahn's `compute_wcs` computes it.
 */
export async function signWampCraChallenge(key: string, challenge: string): Promise<string> {
  let raw = utf8(key);
  // WebCrypto refuses zero-length HMAC keys; HMAC pads keys to the block size with zeros, so the
  // empty key and 64 zero bytes give the same MAC (RFC 2104).
  if (raw.length === 0) raw = new Uint8Array(64);
  const hmacKey = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toBase64(new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, utf8(challenge))));
}

/**
 * Compares two strings in time that depends only on their lengths, not on where they differ
 * (signatures, tickets).
 */
export function timingSafeEqual(a: string, b: string): boolean {
  const x = utf8(a);
  const y = utf8(b);
  const n = Math.max(x.length, y.length);
  let diff = x.length ^ y.length;
  for (let i = 0; i < n; i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}
