/**
 * UNSUBSCRIBED `[35, UNSUBSCRIBE.Request|id]`, or `[35, 0, Details|dict]` when the broker revokes
 * a subscription on its own (Advanced Profile, "Subscription Revocation").
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { readRevocable } from './read-revocable.js';

/** `UNSUBSCRIBED.Details` of the revocation form. */
export interface UnsubscribedDetails {
  /** The revoked subscription (required when the request is 0). */
  subscription?: number;
  /** Why it was revoked. */
  reason?: string;
  [key: string]: unknown;
}

/** Fields of an {@link Unsubscribed}. */
export interface UnsubscribedInit {
  /** The UNSUBSCRIBE request answered, or 0 for a revocation. */
  request: number;
  /** Present in the revocation form only (absent gives `[35, request]`). */
  details?: UnsubscribedDetails | undefined;
}

/** UNSUBSCRIBED: the broker confirms an UNSUBSCRIBE, or ends a subscription itself. */
export class Unsubscribed extends BaseMessage {
  static readonly MESSAGE_TYPE = 35;
  get MESSAGE_TYPE(): 35 {
    return 35;
  }
  request: number;
  details: UnsubscribedDetails | undefined;

  constructor(init: UnsubscribedInit) {
    super();
    this.request = init.request;
    this.details = init.details;
  }

  /**
   * Validates an UNSUBSCRIBED list and builds the message; request 0 needs `Details.subscription`.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Unsubscribed {
    const [request, details] = readRevocable(wmsg, 35, 'UNSUBSCRIBED', 'subscription');
    return new Unsubscribed({ request, details });
  }

  marshal(): unknown[] {
    return this.details === undefined ? [35, this.request] : [35, this.request, this.details];
  }
}
