/**
 * UNREGISTER `[66, Request|id, REGISTERED.Registration|id]`: a callee ends a registration.
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { readRequestAndId } from './read-request-and-id.js';

/** Fields of a {@link Unregister}. */
export interface UnregisterInit {
  request: number;
  registration: number;
}

/** UNREGISTER: a callee ends a registration. */
export class Unregister extends BaseMessage {
  static readonly MESSAGE_TYPE = 66;
  get MESSAGE_TYPE(): 66 {
    return 66;
  }
  request: number;
  registration: number;

  constructor(init: UnregisterInit) {
    super();
    this.request = init.request;
    this.registration = init.registration;
  }

  /** @throws {ProtocolError} when `wmsg` is not a valid UNREGISTER. */
  static parse(wmsg: readonly unknown[]): Unregister {
    const [request, registration] = readRequestAndId(wmsg, 66, 'UNREGISTER', 'Registration');
    return new Unregister({ request, registration });
  }

  marshal(): unknown[] {
    return [66, this.request, this.registration];
  }
}
