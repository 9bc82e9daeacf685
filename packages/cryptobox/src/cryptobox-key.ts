/**
 * `CryptoboxKey`: the Curve25519 keys of one URI space, for the originator (caller, publisher) and
 * the responder (callee, subscriber): Autobahn|Python's `autobahn.wamp.cryptobox.Key`.
 *
 * @module
 */
import { x25519 } from '@noble/curves/ed25519';
import { fromBase64 } from './base64.js';
import { KEY_BYTES, boxKey } from './crypto-box.js';

/** A Curve25519 key: 32 raw bytes, or their base64 (the form Autobahn|Python uses). */
export type KeyMaterial = string | Uint8Array;

/**
 * The keys of a {@link CryptoboxKey}. A side's public key is derived from its private key when
 * that is given; at least one side must end up with its private key and the other side's public key.
 */
export interface CryptoboxKeyInit {
  /** The originator's (caller's, publisher's) private key. */
  originatorPrivateKey?: KeyMaterial | undefined;
  /** The originator's public key; must match `originatorPrivateKey` when both are given. */
  originatorPublicKey?: KeyMaterial | undefined;
  /** The responder's (callee's, subscriber's) private key. */
  responderPrivateKey?: KeyMaterial | undefined;
  /** The responder's public key; must match `responderPrivateKey` when both are given. */
  responderPublicKey?: KeyMaterial | undefined;
}

/**
 * The originator and responder keys for a URI space, with the two box keys they give:
 * the originator's (it encrypts CALL and PUBLISH, decrypts RESULT and ERROR) and the responder's
 * (it decrypts INVOCATION and EVENT, encrypts YIELD and ERROR). Both sides derive the same box
 * key, each from its own private key and the other's public key.
 *
 * @example
 * ```ts
 * // the caller's side: its own private key, the callee's public key
 * const key = new CryptoboxKey({ originatorPrivateKey: callerPriv, responderPublicKey: calleePub });
 * ```
 */
export class CryptoboxKey {
  /** The originator's public key (32 bytes). */
  readonly originatorPublicKey: Uint8Array;
  /** The responder's public key (32 bytes). */
  readonly responderPublicKey: Uint8Array;
  /** The box key of the originator's role, when this key holds the originator's private key. */
  readonly originatorBox: Uint8Array | undefined;
  /** The box key of the responder's role, when this key holds the responder's private key. */
  readonly responderBox: Uint8Array | undefined;

  /**
   * @throws {TypeError} when a key is not 32 bytes (or their base64), a public key does not match
   * its private key, or neither side can box (Autobahn: "insufficient keys").
   */
  constructor(init: CryptoboxKeyInit) {
    const originatorPrivate = material(init.originatorPrivateKey, 'originatorPrivateKey');
    const responderPrivate = material(init.responderPrivateKey, 'responderPrivateKey');
    const originatorPublic = publicKey(originatorPrivate, material(init.originatorPublicKey, 'originatorPublicKey'), 'originator');
    const responderPublic = publicKey(responderPrivate, material(init.responderPublicKey, 'responderPublicKey'), 'responder');
    this.originatorPublicKey = originatorPublic ?? new Uint8Array(0);
    this.responderPublicKey = responderPublic ?? new Uint8Array(0);
    this.originatorBox = originatorPrivate && responderPublic ? boxKey(originatorPrivate, responderPublic) : undefined;
    this.responderBox = responderPrivate && originatorPublic ? boxKey(responderPrivate, originatorPublic) : undefined;
    if (this.originatorBox === undefined && this.responderBox === undefined) {
      throw new TypeError('CryptoboxKey: give at least one side’s private key and the other side’s public key');
    }
  }

  /** One private key for both roles (Autobahn|Python's shortcut of passing a string as the key). */
  static fromPrivateKey(privateKey: KeyMaterial): CryptoboxKey {
    return new CryptoboxKey({ originatorPrivateKey: privateKey, responderPrivateKey: privateKey });
  }

  /** The box key of one role: `isOriginating` true for the originator's. */
  box(isOriginating: boolean): Uint8Array | undefined {
    return isOriginating ? this.originatorBox : this.responderBox;
  }
}

function material(value: KeyMaterial | undefined, name: string): Uint8Array | undefined {
  if (value === undefined) return undefined;
  const bytes = typeof value === 'string' ? fromBase64(value, `CryptoboxKey: ${name}`) : value;
  if (!(bytes instanceof Uint8Array) || bytes.length !== KEY_BYTES) {
    throw new TypeError(`CryptoboxKey: ${name} must be ${KEY_BYTES} bytes (or their base64), got ${bytes instanceof Uint8Array ? `${bytes.length} bytes` : typeof bytes}`);
  }
  return Uint8Array.from(bytes);
}

function publicKey(privateKey: Uint8Array | undefined, given: Uint8Array | undefined, side: string): Uint8Array | undefined {
  if (privateKey === undefined) return given;
  const derived = x25519.getPublicKey(privateKey);
  if (given !== undefined && !derived.every((b, i) => b === given[i])) {
    throw new TypeError(`CryptoboxKey: ${side}PublicKey does not belong to ${side}PrivateKey`);
  }
  return derived;
}
