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
 * Validates a decoded WAMP list and builds its message.
 *
 * @throws {ProtocolError} when `value` is not a list, its type code is not a WAMP v2 message
 * (extension messages, codes 256..1023, are not supported), or the message is invalid —
 * the error names the message type and the field.
 */
export function parseMessage(value: unknown): IMessage {
  if (!Array.isArray(value)) throw new ProtocolError(`a WAMP message must be a list, got ${preview(value)}`);
  if (value.length === 0) throw new ProtocolError('a WAMP message must not be an empty list');
  const type = value[0];
  const cls = typeof type === 'number' ? MESSAGE_TYPE_MAP.get(type) : undefined;
  if (cls !== undefined) return cls.parse(value);
  if (typeof type === 'number' && Number.isInteger(type) && type >= 256 && type <= 1023) {
    throw new ProtocolError(`WAMP extension message type ${type} is not supported`);
  }
  throw new ProtocolError(`unknown WAMP message type ${preview(type)}`);
}
