/**
 * WAMP URIs (Basic Profile, "URIs"; Advanced Profile, pattern-based registration and subscription).
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
import { preview } from './preview.js';

/** How a URI is checked. */
export interface UriRules {
  /** Components only of `[0-9a-z_]` (the spec's SHOULD rule). @default false (the loose MUST rule) */
  strict?: boolean | undefined;
  /**
   * The match policy of the SUBSCRIBE/REGISTER the URI belongs to: `wildcard` allows empty
   * components anywhere, `prefix` allows an empty last component (a trailing dot).
   * @default 'exact'
   */
  match?: string | undefined;
}

const LOOSE = /^([^\s.#]+\.)*([^\s.#]+)$/;
const STRICT = /^([0-9a-z_]+\.)*([0-9a-z_]+)$/;
const LOOSE_EMPTY = /^(([^\s.#]+\.)|\.)*([^\s.#]+)?$/;
const STRICT_EMPTY = /^(([0-9a-z_]+\.)|\.)*([0-9a-z_]+)?$/;
const LOOSE_PREFIX = /^([^\s.#]+\.)*([^\s.#]+)?$/;
const STRICT_PREFIX = /^([0-9a-z_]+\.)*([0-9a-z_]+)?$/;

/** True when `value` is a URI under `rules`. */
export function isUri(value: unknown, rules?: UriRules): value is string {
  if (typeof value !== 'string') return false;
  const strict = rules?.strict === true;
  switch (rules?.match) {
    case 'wildcard':
      return (strict ? STRICT_EMPTY : LOOSE_EMPTY).test(value);
    case 'prefix':
      return value.length > 0 && (strict ? STRICT_PREFIX : LOOSE_PREFIX).test(value);
    default:
      return (strict ? STRICT : LOOSE).test(value);
  }
}

/**
 * Returns `value` when it is a URI under `rules`.
 *
 * @param where - the field, e.g. `CALL.Procedure`, named in the error.
 * @throws {ProtocolError} otherwise.
 */
export function checkUri(value: unknown, where: string, rules?: UriRules): string {
  if (isUri(value, rules)) return value;
  const kind = rules?.strict ? 'strict ' : '';
  const match = rules?.match && rules.match !== 'exact' ? ` (match ${rules.match})` : '';
  throw new ProtocolError(`${where} must be a valid ${kind}WAMP URI${match}, got ${preview(value)}`);
}
