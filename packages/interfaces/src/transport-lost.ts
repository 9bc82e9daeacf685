/**
 * The transport under a session is gone.
 *
 * @module
 */
import { WampError } from './wamp-error.js';

/**
 * The transport was lost or is not connected. `ITransport.send` throws it
 * after the transport closed, and a session rejects every pending request
 * with it when its transport goes away.
 */
export class TransportLost extends WampError {
  static override readonly name = 'TransportLost';
  override readonly name = 'TransportLost';

  constructor(message = 'WAMP transport lost', options?: ErrorOptions) {
    super(message, options);
  }
}
