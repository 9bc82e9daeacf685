/**
 * Table-driven checks of the known keys of Options/Details dicts. Unknown keys
 * are kept and not checked ("Extensibility": a receiver ignores them).
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
import { isId } from './check-id.js';
import { isUri } from './check-uri.js';
import type { Dict } from './check-dict.js';
import { isDict } from './check-dict.js';
import { preview } from './preview.js';

/** A custom check of one option value, with the phrase errors use for what was expected. */
export interface OptionCheck {
  /** True when `value` is acceptable. */
  is(value: unknown): boolean;
  /** What was expected, completing "… must be <expected>", e.g. `a list of {session, authid, authrole}`. */
  expected: string;
}

/**
 * The type of one known option: a named kind, an enumeration (a list of the allowed strings),
 * or a custom {@link OptionCheck}. `int` is a non-negative integer, `count` a positive one.
 */
export type OptionKind =
  | 'bool'
  | 'int'
  | 'count'
  | 'id'
  | 'string'
  | 'uri'
  | 'dict'
  | 'idList'
  | 'stringList'
  | readonly string[]
  | OptionCheck;

/** Known keys of one Options/Details dict and their types. */
export type OptionSpec = Readonly<Record<string, OptionKind>>;

function isInt(v: unknown, min: number): boolean {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= min;
}

function matches(kind: OptionKind, v: unknown): boolean {
  if (typeof kind === 'object') {
    return 'is' in kind ? kind.is(v) : typeof v === 'string' && (kind as readonly string[]).includes(v);
  }
  switch (kind) {
    case 'bool':
      return typeof v === 'boolean';
    case 'int':
      return isInt(v, 0);
    case 'count':
      return isInt(v, 1);
    case 'id':
      return isId(v);
    case 'string':
      return typeof v === 'string';
    case 'uri':
      return isUri(v);
    case 'dict':
      return isDict(v);
    case 'idList':
      return Array.isArray(v) && v.every(isId);
    case 'stringList':
      return Array.isArray(v) && v.every((s) => typeof s === 'string');
  }
}

function describe(kind: OptionKind): string {
  if (typeof kind === 'object') {
    return 'is' in kind ? kind.expected : `one of ${(kind as readonly string[]).map((k) => JSON.stringify(k)).join(', ')}`;
  }
  switch (kind) {
    case 'bool':
      return 'a boolean';
    case 'int':
      return 'a non-negative integer';
    case 'count':
      return 'a positive integer';
    case 'id':
      return 'an integer in 1..2^53';
    case 'string':
      return 'a string';
    case 'uri':
      return 'a valid WAMP URI';
    case 'dict':
      return 'a dict';
    case 'idList':
      return 'a list of integers in 1..2^53';
    case 'stringList':
      return 'a list of strings';
  }
}

/**
 * Checks the keys of `dict` that `spec` knows (absent keys pass, unknown keys are kept unchecked).
 *
 * @param where - e.g. `CALL.Options`; errors read `CALL.Options.timeout must be a non-negative integer, got "5"`.
 * @throws {ProtocolError} on the first known key whose value has the wrong type.
 */
export function checkOptions(dict: Dict, spec: OptionSpec, where: string): void {
  // Options dicts are usually empty or small, specs are larger: iterate the dict.
  for (const key in dict) {
    // hasOwn: a dict key such as `toString` or `__proto__` must not find the spec's prototype.
    if (!Object.hasOwn(spec, key)) continue;
    const kind = spec[key] as OptionKind;
    const value = dict[key];
    if (!matches(kind, value)) {
      throw new ProtocolError(`${where}.${key} must be ${describe(kind)}, got ${preview(value)}`);
    }
  }
}
