/**
 * Anonymous authentication: no credentials, a fixed role.
 *
 * @module
 */
import type { RouterAuthMethod } from './auth-method.js';
import { welcome } from './auth-method.js';
import type { AnonymousAuthOptions } from './auth-options.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A random authid such as `K3QF-7XPA-M2LD-9RTE` (80 random bits). */
export function randomAuthid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let out = '';
  for (let i = 0; i < 16; i++) out += (i > 0 && i % 4 === 0 ? '-' : '') + ALPHABET[(bytes[i] as number) & 31];
  return out;
}

/**
 * The anonymous method: welcomes every client with `options.role` (default `anonymous`) and
 * `options.authid` (default a random one); the HELLO's authid and authrole are not trusted.
 */
export function anonymousAuth(options: AnonymousAuthOptions = {}): RouterAuthMethod {
  const authrole = options.role ?? 'anonymous';
  return {
    authmethod: 'anonymous',
    hello: async () =>
      welcome({ authid: options.authid ?? randomAuthid(), authrole, authmethod: 'anonymous', authprovider: 'static', realm: options.realm }),
  };
}
