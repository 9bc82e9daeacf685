/**
 * WAMP-cryptosign keys: Ed25519 from a seed, hex, an OpenSSH key or an Autobahn|Python /
 * Crossbar.io key file; challenge signing exactly as Autobahn|Python computes it, with TLS
 * channel binding. Browser-safe; `@wamp/cryptosign/node` adds file loading.
 *
 * @example
 * ```ts
 * import { CryptosignKey } from '@wamp/cryptosign';
 * const key = await CryptosignKey.generate();
 * const answer = await key.signChallenge({ method: 'cryptosign', extra: { challenge } }, channelId);
 * ```
 *
 * @packageDocumentation
 */
export { CryptosignKey, signedData } from './cryptosign-key.js';
export { parseKeyFile } from './key-file.js';
export { CryptosignAuthenticator } from './cryptosign-authenticator.js';
export type { CryptosignAuthenticatorOptions } from './cryptosign-authenticator.js';
