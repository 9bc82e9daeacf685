/**
 * Interactions attempted before a session is established.
 *
 * @module
 */
import { WampError } from './wamp-error.js';

/**
 * The application tried a WAMP interaction (call, publish, …) while the
 * session is not established: before WELCOME, or after GOODBYE.
 */
export class SessionNotReady extends WampError {
  static override readonly name = 'SessionNotReady';
  override readonly name = 'SessionNotReady';

  constructor(message = 'WAMP session is not established', options?: ErrorOptions) {
    super(message, options);
  }
}
