/**
 * `IKey`: a public/private key pair, or a public key alone.
 *
 * @module
 */
import type { ISecurityModule } from './security-module.js';

/** Key types of the stack: Ed25519 for WAMP-cryptosign, secp256k1 for Ethereum. */
export type KeyType = 'ed25519' | 'eth';

/**
 * A key that signs (when it holds the private key) and whose public key can be read. Keys are
 * held in memory, in a file, or in a security module.
 */
export interface IKey {
  /** The security module holding this key, if it is held in one. */
  readonly securityModule: ISecurityModule | undefined;
  /** The key's number within its security module, if it is held in one. */
  readonly keyNo: number | undefined;
  /** The key type: `ed25519` (cryptosign) or `eth` (secp256k1). */
  readonly keyType: KeyType;
  /** True when the private key is available, so {@link sign} works. */
  readonly canSign: boolean;

  /** The public key as bytes (32 bytes for Ed25519, 64 uncompressed bytes without prefix for secp256k1). */
  publicKey(binary: true): Uint8Array;
  /** The public key as lower-case hex. */
  publicKey(binary?: false): string;

  /**
   * Signs `data`.
   *
   * @throws {Error} when the key cannot sign ({@link canSign} is false) — the promise rejects.
   */
  sign(data: Uint8Array): Promise<Uint8Array>;

  /**
   * Recovers the signer from a signature: for secp256k1, the signer's address (20 bytes) from
   * data and signature; for Ed25519, which cannot recover, this key's public key when the
   * signature verifies (and a rejection when it does not).
   */
  recover(data: Uint8Array, signature: Uint8Array): Promise<Uint8Array>;
}
