/**
 * `HELLO.Details.roles` / `WELCOME.Details.roles` (Basic Profile, "Client: Role and Feature Announcement").
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
import type { Dict } from './check-fields.js';
import { checkDict } from './check-fields.js';

/**
 * Checks that `details.roles` exists and names at least one of `known`, each a dict.
 * Unknown roles are ignored ("Extensibility").
 *
 * @param where - e.g. `HELLO.Details`.
 * @throws {ProtocolError} otherwise.
 */
export function checkRoles(details: Dict, known: readonly string[], where: string): void {
  const roles = details['roles'];
  if (roles === undefined) throw new ProtocolError(`${where}.roles is required`);
  const dict = checkDict(roles, `${where}.roles`);
  let named = 0;
  for (const role of known) {
    if (dict[role] === undefined) continue;
    checkDict(dict[role], `${where}.roles.${role}`);
    named++;
  }
  if (named === 0) throw new ProtocolError(`${where}.roles must name at least one of ${known.join(', ')}`);
}
