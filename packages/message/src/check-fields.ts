/**
 * Checks of single message fields shared by every parser.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
import { preview } from './preview.js';

/** A WAMP dict: string keys, any values. */
export type Dict = Record<string, unknown>;

/** True when `value` is a plain object usable as a WAMP dict (not null, not a list, not bytes). */
export function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

/** Returns `value` when it is a dict; throws `ProtocolError` naming `where` otherwise. */
export function checkDict(value: unknown, where: string): Dict {
  if (isDict(value)) return value;
  throw new ProtocolError(`${where} must be a dict, got ${preview(value)}`);
}

/** Returns `value` when it is a list; throws `ProtocolError` naming `where` otherwise. */
export function checkList(value: unknown, where: string): unknown[] {
  if (Array.isArray(value)) return value;
  throw new ProtocolError(`${where} must be a list, got ${preview(value)}`);
}

/** Returns `value` when it is a string; throws `ProtocolError` naming `where` otherwise. */
export function checkString(value: unknown, where: string): string {
  if (typeof value === 'string') return value;
  throw new ProtocolError(`${where} must be a string, got ${preview(value)}`);
}

/**
 * Checks the length of a WAMP list against the arity of its message type.
 *
 * @throws {ProtocolError} `invalid message length N for CALL (expected 4..6)`.
 */
export function checkLength(wmsg: readonly unknown[], name: string, min: number, max: number): void {
  const n = wmsg.length;
  if (n >= min && n <= max) return;
  const expected = min === max ? `${min}` : `${min}..${max}`;
  throw new ProtocolError(`invalid message length ${n} for ${name} (expected ${expected})`);
}
