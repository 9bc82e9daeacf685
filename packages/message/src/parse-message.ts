/**
 * `parseMessage`: a decoded value → a validated WAMP message.
 *
 * @module
 */
import type { IMessage } from '@wamp/interfaces';
import { ProtocolError } from '@wamp/interfaces';
import { MESSAGE_TYPE_MAP } from './message-type-map.js';
import { preview } from './preview.js';

/**
 * Validates a decoded WAMP list and builds its message (an instance of the class in
 * {@link MESSAGE_TYPE_MAP}).
 *
 * @example
 * ```ts
 * const msg = parseMessage([48, 1, {}, 'com.example.add2', [2, 3]]);
 * if (msg instanceof Call) console.log(msg.procedure, msg.args);
 * ```
 * @throws {ProtocolError} when `value` is not a non-empty list, its type code is not one of the
 * 24 WAMP v2 messages (codes 0..255 belong to the protocol; extension messages, codes 256..1023,
 * are not supported), or the message is invalid — the error names the message type and the field.
 */
export function parseMessage(value: unknown): IMessage {
  if (!Array.isArray(value)) throw new ProtocolError(`a WAMP message must be a list, got ${preview(value)}`);
  if (value.length === 0) throw new ProtocolError('a WAMP message must be a non-empty list, got []');
  const type: unknown = value[0];
  const cls = typeof type === 'number' ? MESSAGE_TYPE_MAP.get(type) : undefined;
  if (cls !== undefined) return cls.parse(value);
  if (typeof type === 'number' && Number.isInteger(type) && type >= 256 && type <= 1023) {
    throw new ProtocolError(`WAMP extension message type ${type} is not supported (extension messages are not implemented)`);
  }
  throw new ProtocolError(`unknown WAMP message type ${preview(type)}`);
}
