/**
 * Fresh Curve25519 key pairs for WAMP-cryptobox (Autobahn|Python's `KeyRing.generate_key`).
 *
 * @module
 */
import { x25519 } from '@noble/curves/ed25519';
import { toBase64 } from './base64.js';

/** A Curve25519 key pair in base64, the form Autobahn|Python prints and reads. */
export interface CryptoboxKeyPair {
  /** The private key, 32 bytes in base64: keep it secret. */
  readonly privateKey: string;
  /** The public key, 32 bytes in base64. */
  readonly publicKey: string;
}

/** A new random key pair (from the platform's CSPRNG). */
export function generateKeyPair(): CryptoboxKeyPair {
  const privateKey = x25519.utils.randomPrivateKey();
  return { privateKey: toBase64(privateKey), publicKey: toBase64(x25519.getPublicKey(privateKey)) };
}
