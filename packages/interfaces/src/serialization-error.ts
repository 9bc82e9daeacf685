/**
 * Local failures to encode an application payload.
 *
 * @module
 */
import { WampError } from './wamp-error.js';

/**
 * A value handed to a serializer cannot be encoded faithfully: an integer
 * beyond 2^53 in a format that would lose its precision, a `BigInt`, a
 * function, a cyclic structure, a non-string map key.
 *
 * Raised on the sending side only, before anything reaches the wire; bytes
 * that fail to decode are a {@link ProtocolError} instead.
 */
export class SerializationError extends WampError {
  static override readonly name = 'SerializationError';
  override readonly name = 'SerializationError';
}
