/**
 * UNSUBSCRIBE `[34, Request|id, SUBSCRIBED.Subscription|id]`: a subscriber ends a subscription.
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { readRequestAndId } from './read-request-and-id.js';

/** Fields of a {@link Unsubscribe}. */
export interface UnsubscribeInit {
  request: number;
  subscription: number;
}

/** UNSUBSCRIBE: a subscriber ends a subscription. */
export class Unsubscribe extends BaseMessage {
  static readonly MESSAGE_TYPE = 34;
  get MESSAGE_TYPE(): 34 {
    return 34;
  }
  request: number;
  subscription: number;

  constructor(init: UnsubscribeInit) {
    super();
    this.request = init.request;
    this.subscription = init.subscription;
  }

  /** @throws {ProtocolError} when `wmsg` is not a valid UNSUBSCRIBE. */
  static parse(wmsg: readonly unknown[]): Unsubscribe {
    const [request, subscription] = readRequestAndId(wmsg, 34, 'UNSUBSCRIBE', 'Subscription');
    return new Unsubscribe({ request, subscription });
  }

  marshal(): unknown[] {
    return [34, this.request, this.subscription];
  }
}
