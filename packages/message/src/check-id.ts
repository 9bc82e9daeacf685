/**
 * WAMP IDs (Basic Profile, "IDs"): integers in 1..2^53.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
import { preview } from './preview.js';

/** The largest WAMP ID, 2^53. */
export const MAX_ID = 9007199254740992;

/** True when `value` is a valid WAMP ID (an integer in 1..2^53). */
export function isId(value: unknown): value is number {
  // 2^53 itself is not a safe integer but is exact as a double, and the spec includes it.
  return typeof value === 'number' && (Number.isSafeInteger(value) || value === MAX_ID) && value >= 1;
}

/**
 * Returns `value` when it is a WAMP ID.
 *
 * @param where - the field, e.g. `CALL.Request`, named in the error.
 * @throws {ProtocolError} otherwise.
 */
export function checkId(value: unknown, where: string): number {
  if (isId(value)) return value;
  throw new ProtocolError(`${where} must be an integer in 1..2^53, got ${preview(value)}`);
}
