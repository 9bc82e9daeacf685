/**
 * WAMP-CRA's two computations on WebCrypto, as Autobahn|Python's `derive_key` and `compute_wcs`
 * define them (`../shared/vectors/wampcra.json` checks both).
 *
 * @module
 */

const encoder = new TextEncoder();

function bytes(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text) as Uint8Array<ArrayBuffer>;
}

function base64(data: ArrayBuffer): string {
  const view = new Uint8Array(data);
  let text = '';
  for (const byte of view) text += String.fromCharCode(byte);
  return btoa(text);
}

/**
 * The key of a salted secret: base64 text of PBKDF2-HMAC-SHA256(UTF-8 secret, UTF-8 salt,
 * iterations, keylen bytes). The signature is keyed with this text, not the raw bits.
 */
export async function deriveKey(secret: string, salt: string, iterations: number, keylen: number): Promise<string> {
  const material = await crypto.subtle.importKey('raw', bytes(secret), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: bytes(salt), iterations }, material, keylen * 8);
  return base64(bits);
}

/** The AUTHENTICATE signature: base64 of HMAC-SHA256(UTF-8 key, UTF-8 challenge). */
export async function computeSignature(key: string, challenge: string): Promise<string> {
  // HMAC zero-pads short keys to the block size, so an empty key equals 64 zero bytes, which
  // WebCrypto (unlike Python's hmac) accepts.
  const raw = key === '' ? new Uint8Array(64) : bytes(key);
  const hmac = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return base64(await crypto.subtle.sign('HMAC', hmac, bytes(challenge)));
}
