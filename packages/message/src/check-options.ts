/**
 * Table-driven checks of the known keys of Options/Details dicts. Unknown keys
 * are kept and not checked ("Extensibility": a receiver ignores them).
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
import { isId } from './check-id.js';
import { isUri } from './check-uri.js';
import type { Dict } from './check-fields.js';
import { isDict } from './check-fields.js';
import { preview } from './preview.js';

/** The type of one known option; a list of strings is an enumeration. */
export type OptionKind =
  | 'bool'
  | 'int'
  | 'id'
  | 'string'
  | 'uri'
  | 'dict'
  | 'list'
  | 'idList'
  | 'stringList'
  | readonly string[];

/** Known keys of one Options/Details dict and their types. */
export type OptionSpec = Readonly<Record<string, OptionKind>>;

function isNonNegativeInteger(v: unknown): boolean {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function matches(kind: OptionKind, v: unknown): boolean {
  if (typeof kind !== 'string') return typeof v === 'string' && kind.includes(v);
  switch (kind) {
    case 'bool':
      return typeof v === 'boolean';
    case 'int':
      return isNonNegativeInteger(v);
    case 'id':
      return isId(v);
    case 'string':
      return typeof v === 'string';
    case 'uri':
      return isUri(v);
    case 'dict':
      return isDict(v);
    case 'list':
      return Array.isArray(v);
    case 'idList':
      return Array.isArray(v) && v.every(isId);
    case 'stringList':
      return Array.isArray(v) && v.every((s) => typeof s === 'string');
  }
}

function describe(kind: OptionKind): string {
  if (typeof kind !== 'string') return `one of ${kind.map((k) => JSON.stringify(k)).join(', ')}`;
  switch (kind) {
    case 'bool':
      return 'a boolean';
    case 'int':
      return 'a non-negative integer';
    case 'id':
      return 'an integer in 1..2^53';
    case 'string':
      return 'a string';
    case 'uri':
      return 'a valid WAMP URI';
    case 'dict':
      return 'a dict';
    case 'list':
      return 'a list';
    case 'idList':
      return 'a list of integers in 1..2^53';
    case 'stringList':
      return 'a list of strings';
  }
}

/**
 * Checks the keys of `dict` that `spec` knows (absent keys pass).
 *
 * @param where - e.g. `CALL.Options`; errors read `CALL.Options.timeout must be a non-negative integer, got "5"`.
 * @throws {ProtocolError} on the first key of the wrong type.
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

/** Keys of payload transparency (Advanced Profile, "Payload Passthru Mode"), in both namings. */
export const PASSTHRU_SPEC: OptionSpec = {
  ppt_scheme: 'string',
  ppt_serializer: 'string',
  ppt_cipher: 'string',
  ppt_keyid: 'string',
  enc_algo: 'string',
  enc_serializer: 'string',
  enc_key: 'string',
};
