/**
 * REGISTERED `[65, REGISTER.Request|id, Registration|id]`: the dealer confirms a REGISTER
 * (Basic Profile, "Registering and Unregistering").
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { checkId } from './check-id.js';
import { checkShape } from './check-shape.js';

/** Fields of a {@link Registered}. */
export interface RegisteredInit {
  /** The REGISTER request answered. */
  request: number;
  /** The registration's ID (router scope). */
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

  /**
   * Validates a REGISTERED list and builds the message.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Registered {
    checkShape(wmsg, 65, 'REGISTERED', 3, 3);
    return new Registered({
      request: checkId(wmsg[1], 'REGISTERED.Request'),
      registration: checkId(wmsg[2], 'REGISTERED.Registration'),
    });
  }

  marshal(): unknown[] {
    return [65, this.request, this.registration];
  }
}
