/**
 * The shared layout of UNSUBSCRIBED and UNREGISTERED: `[Type, Request|id]`, or the router-initiated
 * revocation form `[Type, 0, Details|dict]` (Advanced Profile, "Subscription Revocation",
 * "Registration Revocation").
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
import { checkId } from './check-id.js';
import type { Dict } from './check-dict.js';
import { checkDict } from './check-dict.js';
import { checkOptions } from './check-options.js';
import { checkShape } from './check-shape.js';

/**
 * Checks an UNSUBSCRIBED/UNREGISTERED list and returns its request and details. Request 0 is
 * allowed only with Details naming the revoked `idKey` (`subscription` / `registration`).
 *
 * @throws {ProtocolError} naming `name` and the field otherwise.
 */
export function readRevocable(wmsg: readonly unknown[], type: number, name: string, idKey: string): [number, Dict | undefined] {
  checkShape(wmsg, type, name, 2, 3);
  const details = wmsg.length === 3 ? checkDict(wmsg[2], `${name}.Details`) : undefined;
  if (details !== undefined) checkOptions(details, { [idKey]: 'id', reason: 'string' }, `${name}.Details`);
  if (wmsg[1] === 0) {
    // WAMP IDs start at 1; 0 is the request of a revocation only (Advanced Profile).
    if (details?.[idKey] === undefined) {
      throw new ProtocolError(`${name}.Request 0 (revocation) requires ${name}.Details.${idKey}, got ${details === undefined ? 'no Details' : 'none'}`);
    }
    return [0, details];
  }
  return [checkId(wmsg[1], `${name}.Request`), details];
}
