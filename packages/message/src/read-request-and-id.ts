/**
 * The shared layout `[Type, Request|id, <Something>|id]` of PUBLISHED, SUBSCRIBED, UNSUBSCRIBE,
 * REGISTERED and UNREGISTER.
 *
 * @module
 */
import { checkId } from './check-id.js';
import { checkShape } from './check-shape.js';

/**
 * Checks `[type, Request|id, <idName>|id]` and returns the two IDs.
 *
 * @throws {ProtocolError} naming `name` and the field otherwise.
 */
export function readRequestAndId(wmsg: readonly unknown[], type: number, name: string, idName: string): [number, number] {
  checkShape(wmsg, type, name, 3, 3);
  return [checkId(wmsg[1], `${name}.Request`), checkId(wmsg[2], `${name}.${idName}`)];
}
