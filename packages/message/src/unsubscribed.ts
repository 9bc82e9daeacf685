/**
 * UNSUBSCRIBED `[35, UNSUBSCRIBE.Request|id]`, or `[35, 0, Details|dict]` when the router revokes
 * a subscription on its own: the broker confirms an UNSUBSCRIBE, or ends a subscription itself.
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { readRevocable } from './read-revocable.js';

/** `UNSUBSCRIBED.Details` of the revocation form. */
export interface UnsubscribedDetails {
  /** The revoked subscription. */
  subscription?: number;
  /** Why it was revoked. */
  reason?: string;
  [key: string]: unknown;
}

/** Fields of an {@link Unsubscribed}. */
export interface UnsubscribedInit {
  /** The request answered, or 0 for a revocation. */
  request: number;
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

  /** @throws {ProtocolError} when `wmsg` is not a valid UNSUBSCRIBED. */
  static parse(wmsg: readonly unknown[]): Unsubscribed {
    const [request, details] = readRevocable(wmsg, 35, 'UNSUBSCRIBED', 'subscription');
    return new Unsubscribed({ request, details });
  }

  marshal(): unknown[] {
    return this.details === undefined ? [35, this.request] : [35, this.request, this.details];
  }
}
