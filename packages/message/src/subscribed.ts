/**
 * SUBSCRIBED `[33, SUBSCRIBE.Request|id, Subscription|id]`: the broker confirms a SUBSCRIBE.
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { readRequestAndId } from './read-request-and-id.js';

/** Fields of a {@link Subscribed}. */
export interface SubscribedInit {
  request: number;
  subscription: number;
}

/** SUBSCRIBED: the broker confirms a SUBSCRIBE. */
export class Subscribed extends BaseMessage {
  static readonly MESSAGE_TYPE = 33;
  get MESSAGE_TYPE(): 33 {
    return 33;
  }
  request: number;
  subscription: number;

  constructor(init: SubscribedInit) {
    super();
    this.request = init.request;
    this.subscription = init.subscription;
  }

  /** @throws {ProtocolError} when `wmsg` is not a valid SUBSCRIBED. */
  static parse(wmsg: readonly unknown[]): Subscribed {
    const [request, subscription] = readRequestAndId(wmsg, 33, 'SUBSCRIBED', 'Subscription');
    return new Subscribed({ request, subscription });
  }

  marshal(): unknown[] {
    return [33, this.request, this.subscription];
  }
}
