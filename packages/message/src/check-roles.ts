/**
 * `HELLO.Details.roles` / `WELCOME.Details.roles` (Basic Profile, "Client: Role and Feature
 * Announcement"; Advanced Profile, "Feature Announcement").
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
import type { Dict } from './check-dict.js';
import { checkDict } from './check-dict.js';
import { preview } from './preview.js';

/** One entry of `Details.roles`: `{}` or `{features: {<feature>: true, …}}`. */
export interface RoleDetails {
  /** Announced features, each a boolean. */
  features?: Record<string, boolean>;
  [key: string]: unknown;
}

/**
 * Checks that `details.roles` exists and names at least one of `known`, each a dict whose
 * `features`, when present, is a dict of booleans. Unknown roles are ignored ("Extensibility").
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
    if (!Object.hasOwn(dict, role)) continue;
    const entry = checkDict(dict[role], `${where}.roles.${role}`);
    if (entry['features'] !== undefined) {
      const features = checkDict(entry['features'], `${where}.roles.${role}.features`);
      for (const key in features) {
        const value = features[key];
        if (typeof value !== 'boolean') {
          throw new ProtocolError(`${where}.roles.${role}.features.${key} must be a boolean, got ${preview(value)}`);
        }
      }
    }
    named++;
  }
  if (named === 0) {
    throw new ProtocolError(`${where}.roles must name at least one of ${known.join(', ')}, got ${preview(roles)}`);
  }
}
