/**
 * Fatal violations of the WAMP protocol.
 *
 * @module
 */
import { WampError, isWampError } from './wamp-error.js';

/**
 * The WAMP protocol was violated: malformed bytes, a message that does not
 * parse, a message not allowed in the current session state.
 *
 * Protocol errors are fatal. A session turns one into ABORT
 * (`wamp.error.protocol_violation`) and closes its transport; application
 * code never receives one as the result of a call. The message names the
 * message type, the field and the value received, e.g.
 * `CALL.Request must be an integer in 1..2^53, got 0`.
 */
export class ProtocolError extends WampError {
  static override readonly name = 'ProtocolError';
  override readonly name = 'ProtocolError';
}

/** True when `value` is a {@link ProtocolError} from any copy of this package. */
export function isProtocolError(value: unknown): value is ProtocolError {
  return isWampError(value) && value.name === 'ProtocolError';
}
