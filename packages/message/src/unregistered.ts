/**
 * UNREGISTERED `[67, UNREGISTER.Request|id]`, or `[67, 0, Details|dict]` when the dealer revokes
 * a registration on its own (Advanced Profile, "Registration Revocation").
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { readRevocable } from './read-revocable.js';

/** `UNREGISTERED.Details` of the revocation form. */
export interface UnregisteredDetails {
  /** The revoked registration (required when the request is 0). */
  registration?: number;
  /** Why it was revoked. */
  reason?: string;
  [key: string]: unknown;
}

/** Fields of an {@link Unregistered}. */
export interface UnregisteredInit {
  /** The UNREGISTER request answered, or 0 for a revocation. */
  request: number;
  /** Present in the revocation form only (absent gives `[67, request]`). */
  details?: UnregisteredDetails | undefined;
}

/** UNREGISTERED: the dealer confirms an UNREGISTER, or ends a registration itself. */
export class Unregistered extends BaseMessage {
  static readonly MESSAGE_TYPE = 67;
  get MESSAGE_TYPE(): 67 {
    return 67;
  }
  request: number;
  details: UnregisteredDetails | undefined;

  constructor(init: UnregisteredInit) {
    super();
    this.request = init.request;
    this.details = init.details;
  }

  /**
   * Validates an UNREGISTERED list and builds the message; request 0 needs `Details.registration`.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Unregistered {
    const [request, details] = readRevocable(wmsg, 67, 'UNREGISTERED', 'registration');
    return new Unregistered({ request, details });
  }

  marshal(): unknown[] {
    return this.details === undefined ? [67, this.request] : [67, this.request, this.details];
  }
}
