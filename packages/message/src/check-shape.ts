/**
 * The first check of every parser: the type code and the arity.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
import { checkLength } from './check-fields.js';
import { preview } from './preview.js';

/**
 * Checks that `wmsg` is a `name` message (type code `type`) with `min..max` elements.
 *
 * @throws {ProtocolError} naming the message type otherwise.
 */
export function checkShape(wmsg: readonly unknown[], type: number, name: string, min: number, max: number): void {
  if (wmsg[0] !== type) throw new ProtocolError(`${name} must have message type ${type}, got ${preview(wmsg[0])}`);
  checkLength(wmsg, name, min, max);
}
