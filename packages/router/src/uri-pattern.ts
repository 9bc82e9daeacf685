/**
 * Pattern-based matching (Advanced Profile): does a concrete URI match a `prefix` or `wildcard`
 * registration/subscription URI, and how specific is the match.
 *
 * @module
 */

/** True when `uri` starts with `prefix` (the spec's prefix match is on characters, not components). */
export function matchesPrefix(prefix: string, uri: string): boolean {
  return uri.startsWith(prefix);
}

/**
 * True when `uri` has as many components as `pattern` and each non-empty component of the
 * pattern equals the URI's (`com..update` matches `com.myapp.update`).
 */
export function matchesWildcard(pattern: string, uri: string): boolean {
  const p = pattern.split('.');
  const u = uri.split('.');
  if (p.length !== u.length) return false;
  for (let i = 0; i < p.length; i++) if (p[i] !== '' && p[i] !== u[i]) return false;
  return true;
}

/**
 * Ranks a wildcard pattern among several that match the same URI: the one whose first empty
 * component comes later is more specific (then the one with fewer empty components).
 */
export function wildcardRank(pattern: string): [firstWildcard: number, wildcards: number] {
  const parts = pattern.split('.');
  const first = parts.indexOf('');
  return [first === -1 ? parts.length : first, -parts.filter((c) => c === '').length];
}
