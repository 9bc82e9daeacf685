/**
 * WAMP dicts: the Options, Details, Extra and ArgumentsKw positions.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
import { preview } from './preview.js';

/** A WAMP dict: string keys, any values. */
export type Dict = Record<string, unknown>;

/**
 * True when `value` is a plain object usable as a WAMP dict: not null, not a list, not bytes,
 * not a Map or any other class instance.
 */
export function isDict(value: unknown): value is Dict {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  // A plain object's prototype is Object.prototype of some realm (whose own prototype is null),
  // or null. Comparing with our Object.prototype would refuse objects from another realm
  // (a vm context, jest's sandbox).
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Returns `value` when it is a dict.
 *
 * @param where - the field, e.g. `CALL.Options`, named in the error.
 * @throws {ProtocolError} otherwise, e.g. `CALL.Options must be a dict, got null`.
 */
export function checkDict(value: unknown, where: string): Dict {
  if (isDict(value)) return value;
  throw new ProtocolError(`${where} must be a dict, got ${preview(value)}`);
}

/** True when `dict` has at least one own enumerable key. */
export function hasKeys(dict: Dict): boolean {
  for (const key in dict) if (Object.hasOwn(dict, key)) return true;
  return false;
}
