/**
 * WAMP-cryptobox: end-to-end encryption of WAMP application payloads with Curve25519 key pairs
 * and XSalsa20-Poly1305 boxes, wire-compatible with Autobahn|Python's `autobahn.wamp.cryptobox`.
 * The router forwards only ciphertext (payload transparency); peers without the key see nothing.
 *
 * @example
 * ```ts
 * import { CryptoboxKey, KeyRing, generateKeyPair } from '@wamp/cryptobox';
 *
 * const caller = generateKeyPair();
 * const callee = generateKeyPair();
 * // in the caller's process
 * const ring = new KeyRing();
 * ring.setKey('com.example.secure.', new CryptoboxKey({ originatorPrivateKey: caller.privateKey, responderPublicKey: callee.publicKey }));
 * session.setPayloadCodec(ring);
 * await session.call('com.example.secure.add2', [2, 3]);
 * // the callee's ring holds { responderPrivateKey: callee.privateKey, originatorPublicKey: caller.publicKey }
 * ```
 *
 * @packageDocumentation
 */
export { CryptoboxKey } from './cryptobox-key.js';
export type { CryptoboxKeyInit, KeyMaterial } from './cryptobox-key.js';
export { CRYPTOBOX_ENC_ALGO, KeyRing } from './key-ring.js';
export type { KeyRingOptions } from './key-ring.js';
export { generateKeyPair } from './generate-key-pair.js';
export type { CryptoboxKeyPair } from './generate-key-pair.js';
