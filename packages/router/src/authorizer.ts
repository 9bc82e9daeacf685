/**
 * `Authorizer`: static role-based authorization with per-URI permissions (Crossbar.io's
 * "static authorization").
 *
 * @module
 */
import type { PermissionOptions, RoleOptions } from './router-options.js';

/** The four actions a permission allows or denies. */
export type Action = 'call' | 'register' | 'publish' | 'subscribe';

interface Rule {
  readonly uri: string;
  readonly allow: Readonly<Record<Action, boolean>>;
  /** Wildcard rules: the URI components, '' where any component matches. */
  readonly parts?: readonly string[];
}

// Per role and action, decisions are remembered by URI; bounded so hostile URIs cannot grow it.
const CACHE_LIMIT = 4096;

/**
 * Crossbar.io's "starred URI" convention for a permission without an explicit `match`:
 * `com.example.*` is the prefix `com.example.`, `*` the prefix `` (everything), a URI with other
 * stars a wildcard pattern, and a URI without stars an exact URI.
 */
export function fromStarredUri(uri: string): { uri: string; match: 'exact' | 'prefix' | 'wildcard' } {
  const stars = uri.split('*').length - 1;
  if (stars === 0) return { uri, match: 'exact' };
  if (stars === 1 && uri.endsWith('*')) return { uri: uri.slice(0, -1), match: 'prefix' };
  return { uri: uri.replaceAll('*', ''), match: 'wildcard' };
}

class RolePermissions {
  readonly #exact = new Map<string, Rule>();
  readonly #prefixes: Rule[] = [];
  readonly #wildcards: Rule[] = [];
  readonly #cache: Record<Action, Map<string, boolean>> = { call: new Map(), register: new Map(), publish: new Map(), subscribe: new Map() };

  constructor(permissions: readonly PermissionOptions[]) {
    for (const permission of permissions) {
      const { uri, match } = permission.match === undefined ? fromStarredUri(permission.uri) : { uri: permission.uri, match: permission.match };
      const a = permission.allow ?? {};
      const allow = { call: a.call === true, register: a.register === true, publish: a.publish === true, subscribe: a.subscribe === true };
      if (match === 'exact') this.#exact.set(uri, { uri, allow });
      else if (match === 'prefix') this.#prefixes.push({ uri, allow });
      else this.#wildcards.push({ uri, allow, parts: uri.split('.') });
    }
    // Longest prefix first; wildcards by the number of concrete components before the first
    // wildcard, then in total (the spec's precedence for pattern-based registrations).
    this.#prefixes.sort((a, b) => b.uri.length - a.uri.length);
    this.#wildcards.sort((a, b) => leading(b.parts!) - leading(a.parts!) || concrete(b.parts!) - concrete(a.parts!));
  }

  allows(uri: string, action: Action): boolean {
    const cache = this.#cache[action];
    const cached = cache.get(uri);
    if (cached !== undefined) return cached;
    const rule = this.#rule(uri);
    const allowed = rule !== undefined && rule.allow[action];
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(uri, allowed);
    return allowed;
  }

  // The most specific rule that matches wins, even when it denies: exact, then the longest
  // prefix, then the most specific wildcard; no rule means denied.
  #rule(uri: string): Rule | undefined {
    const exact = this.#exact.get(uri);
    if (exact !== undefined) return exact;
    for (const rule of this.#prefixes) if (uri.startsWith(rule.uri)) return rule;
    if (this.#wildcards.length === 0) return undefined;
    const parts = uri.split('.');
    for (const rule of this.#wildcards) if (wildcardMatches(rule.parts!, parts)) return rule;
    return undefined;
  }
}

function leading(parts: readonly string[]): number {
  const index = parts.indexOf('');
  return index < 0 ? parts.length : index;
}

function concrete(parts: readonly string[]): number {
  return parts.filter((p) => p !== '').length;
}

function wildcardMatches(pattern: readonly string[], parts: readonly string[]): boolean {
  if (pattern.length !== parts.length) return false;
  for (let i = 0; i < pattern.length; i++) if (pattern[i] !== '' && pattern[i] !== parts[i]) return false;
  return true;
}

/**
 * Decides whether a session of a role may call, register, publish or subscribe to a URI.
 * A realm without configured roles allows every role everything (a development router); a
 * realm with roles knows only those roles, and a role allows only what its permissions grant.
 */
export class Authorizer {
  readonly #roles: Map<string, RolePermissions> | undefined;

  constructor(roles: readonly RoleOptions[] | undefined) {
    this.#roles = roles === undefined ? undefined : new Map(roles.map((r) => [r.name, new RolePermissions(r.permissions ?? [])]));
  }

  /** True when sessions may be given `role` on this realm. */
  hasRole(role: string): boolean {
    return this.#roles === undefined || this.#roles.has(role);
  }

  /** True when a session of `role` may perform `action` on `uri`. */
  authorize(role: string, uri: string, action: Action): boolean {
    if (this.#roles === undefined) return true;
    const permissions = this.#roles.get(role);
    return permissions !== undefined && permissions.allows(uri, action);
  }
}
