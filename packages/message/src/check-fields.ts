/**
 * Checks of single list, string and byte-string fields shared by the parsers.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
import { preview } from './preview.js';

/**
 * True when `value` is a byte string (`Uint8Array`, including `Buffer`), from any realm.
 */
export function isBytes(value: unknown): value is Uint8Array {
  // instanceof fails for byte arrays made in another realm (Node's Buffer seen from a jest sandbox).
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]';
}

/**
 * Returns `value` when it is a list.
 *
 * @param where - the field, e.g. `CALL.Arguments`, named in the error.
 * @throws {ProtocolError} otherwise, e.g. `CALL.Arguments must be a list, got null`.
 */
export function checkList(value: unknown, where: string): unknown[] {
  if (Array.isArray(value)) return value;
  throw new ProtocolError(`${where} must be a list, got ${preview(value)}`);
}

/**
 * Returns `value` when it is a string.
 *
 * @param where - the field, e.g. `CHALLENGE.AuthMethod`, named in the error.
 * @throws {ProtocolError} otherwise.
 */
export function checkString(value: unknown, where: string): string {
  if (typeof value === 'string') return value;
  throw new ProtocolError(`${where} must be a string, got ${preview(value)}`);
}
