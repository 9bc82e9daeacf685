/**
 * The first check of every parser: the type code and the arity.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
import { preview } from './preview.js';

/**
 * Checks that `wmsg` is a `name` message (type code `type`) with `min..max` elements.
 *
 * @throws {ProtocolError} naming the message type otherwise, e.g.
 * `invalid message length 3 for CALL (expected 4..6)`.
 */
export function checkShape(wmsg: readonly unknown[], type: number, name: string, min: number, max: number): void {
  if (wmsg[0] !== type) throw new ProtocolError(`${name} must have message type ${type}, got ${preview(wmsg[0])}`);
  const n = wmsg.length;
  if (n >= min && n <= max) return;
  const expected = min === max ? `${min}` : `${min}..${max}`;
  throw new ProtocolError(`invalid message length ${n} for ${name} (expected ${expected})`);
}
