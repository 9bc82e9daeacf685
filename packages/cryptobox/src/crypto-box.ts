/**
 * NaCl's `crypto_box` (Curve25519-XSalsa20-Poly1305), the construction WAMP-cryptobox uses through
 * PyNaCl's `Box`: an X25519 shared secret, hashed with HSalsa20 into a box key; each message is a
 * random 24-byte nonce followed by the XSalsa20-Poly1305 secretbox of the plaintext (16-byte
 * Poly1305 tag, then the ciphertext).
 *
 * @module
 */
import { hsalsa, xsalsa20poly1305 } from '@noble/ciphers/salsa';
import { randomBytes } from '@noble/ciphers/webcrypto';
import { x25519 } from '@noble/curves/ed25519';

/** Length of a Curve25519 private or public key. */
export const KEY_BYTES = 32;
/** Length of the nonce that leads every box. */
export const NONCE_BYTES = 24;
/** Length of the Poly1305 tag. */
export const TAG_BYTES = 16;

// HSalsa20's constant: "expand 32-byte k" as four little-endian words (Salsa20 spec, §9).
const SIGMA = words(new TextEncoder().encode('expand 32-byte k'));

/**
 * The box key shared by `privateKey` and `peerPublicKey` (NaCl's `crypto_box_beforenm`): the same
 * for (a, B) and (b, A).
 *
 * @throws {RangeError} when a key is not 32 bytes, or the shared secret is all zero (a low-order
 * public key), which NaCl refuses too.
 */
export function boxKey(privateKey: Uint8Array, peerPublicKey: Uint8Array): Uint8Array {
  if (privateKey.length !== KEY_BYTES) throw new RangeError(`private key must be ${KEY_BYTES} bytes, got ${privateKey.length}`);
  if (peerPublicKey.length !== KEY_BYTES) throw new RangeError(`public key must be ${KEY_BYTES} bytes, got ${peerPublicKey.length}`);
  let shared: Uint8Array;
  try {
    shared = x25519.getSharedSecret(privateKey, peerPublicKey);
  } catch (cause) {
    throw new RangeError('public key is not usable for Curve25519 (low order)', { cause });
  }
  if (shared.every((b) => b === 0)) throw new RangeError('public key is not usable for Curve25519 (low order)');
  const out = new Uint32Array(8);
  hsalsa(SIGMA, words(shared), new Uint32Array(4), out);
  return bytes(out);
}

/** Boxes `plaintext` under `key` with a fresh random nonce: `nonce ‖ tag ‖ ciphertext`. */
export function seal(key: Uint8Array, plaintext: Uint8Array, nonce: Uint8Array = randomBytes(NONCE_BYTES)): Uint8Array {
  const boxed = xsalsa20poly1305(key, nonce).encrypt(plaintext);
  const out = new Uint8Array(NONCE_BYTES + boxed.length);
  out.set(nonce);
  out.set(boxed, NONCE_BYTES);
  return out;
}

/**
 * Opens a box made by {@link seal} (or PyNaCl's `Box.encrypt`).
 *
 * @throws {Error} when it is too short, or forged, tampered with or boxed under another key.
 */
export function open(key: Uint8Array, box: Uint8Array): Uint8Array {
  if (box.length < NONCE_BYTES + TAG_BYTES) throw new Error(`box too short: ${box.length} bytes, at least ${NONCE_BYTES + TAG_BYTES} expected`);
  try {
    return xsalsa20poly1305(key, box.subarray(0, NONCE_BYTES)).decrypt(box.subarray(NONCE_BYTES));
  } catch (cause) {
    throw new Error('box authentication failed: tampered with, or boxed under another key', { cause });
  }
}

function words(b: Uint8Array): Uint32Array {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const out = new Uint32Array(b.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}

function bytes(w: Uint32Array): Uint8Array {
  const out = new Uint8Array(w.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < w.length; i++) view.setUint32(i * 4, w[i]!, true);
  return out;
}
