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

const STRICT = /^([0-9a-z_]+\.)*([0-9a-z_]+)$/;
const LOOSE_EMPTY = /^(([^\s.#]+\.)|\.)*([^\s.#]+)?$/;
const STRICT_EMPTY = /^(([0-9a-z_]+\.)|\.)*([0-9a-z_]+)?$/;
const LOOSE_PREFIX = /^([^\s.#]+\.)*([^\s.#]+)?$/;
const STRICT_PREFIX = /^([0-9a-z_]+\.)*([0-9a-z_]+)?$/;

/** True when `value` is a URI under `rules`. */
export function isUri(value: unknown, rules?: UriRules): value is string {
  if (typeof value !== 'string') return false;
  if (rules === undefined) return isLooseUri(value);
  const strict = rules?.strict === true;
  switch (rules?.match) {
    case 'wildcard':
      return (strict ? STRICT_EMPTY : LOOSE_EMPTY).test(value);
    case 'prefix':
      return value.length > 0 && (strict ? STRICT_PREFIX : LOOSE_PREFIX).test(value);
    default:
      return strict ? STRICT.test(value) : isLooseUri(value);
  }
}

/**
 * The loose rule (`^([^\s.#]+\.)*([^\s.#]+)$`) without a regular expression — it is on every message's hot path:
 * non-empty components of anything but whitespace (as `\s` has it), `.` and `#`, joined by `.`.
 */
function isLooseUri(value: string): boolean {
  const n = value.length;
  if (n === 0) return false;
  let componentStart = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === 46 /* . */) {
      if (i === componentStart) return false;
      componentStart = i + 1;
    } else if (c === 35 /* # */ || (c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 160 && isSpace(c))) {
      return false;
    }
  }
  return componentStart < n;
}

// The characters `\s` matches above U+00A0 (ECMAScript WhiteSpace and LineTerminator).
function isSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
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
