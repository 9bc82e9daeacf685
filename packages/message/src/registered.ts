/**
 * REGISTERED `[65, REGISTER.Request|id, Registration|id]`: the dealer confirms a REGISTER.
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { readRequestAndId } from './read-request-and-id.js';

/** Fields of a {@link Registered}. */
export interface RegisteredInit {
  request: number;
  registration: number;
}

/** REGISTERED: the dealer confirms a REGISTER. */
export class Registered extends BaseMessage {
  static readonly MESSAGE_TYPE = 65;
  get MESSAGE_TYPE(): 65 {
    return 65;
  }
  request: number;
  registration: number;

  constructor(init: RegisteredInit) {
    super();
    this.request = init.request;
    this.registration = init.registration;
  }

  /** @throws {ProtocolError} when `wmsg` is not a valid REGISTERED. */
  static parse(wmsg: readonly unknown[]): Registered {
    const [request, registration] = readRequestAndId(wmsg, 65, 'REGISTERED', 'Registration');
    return new Registered({ request, registration });
  }

  marshal(): unknown[] {
    return [65, this.request, this.registration];
  }
}
