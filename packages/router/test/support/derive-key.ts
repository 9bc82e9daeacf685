/** The client side of salted WAMP-CRA, for tests: Autobahn's `derive_key` on node:crypto. */
import { pbkdf2Sync } from 'node:crypto';

/** base64 of PBKDF2-HMAC-SHA256(password, salt, iterations, keylen). */
export function deriveKey(password: string, salt: string, iterations: number, keylen: number): string {
  return pbkdf2Sync(password, salt, iterations, keylen, 'sha256').toString('base64');
}
