/**
 * SUBSCRIBED `[33, SUBSCRIBE.Request|id, Subscription|id]`: the broker confirms a SUBSCRIBE
 * (Basic Profile, "Subscribing and Unsubscribing").
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { checkId } from './check-id.js';
import { checkShape } from './check-shape.js';

/** Fields of a {@link Subscribed}. */
export interface SubscribedInit {
  /** The SUBSCRIBE request answered. */
  request: number;
  /** The subscription's ID (router scope). */
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

  /**
   * Validates a SUBSCRIBED list and builds the message.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Subscribed {
    checkShape(wmsg, 33, 'SUBSCRIBED', 3, 3);
    return new Subscribed({
      request: checkId(wmsg[1], 'SUBSCRIBED.Request'),
      subscription: checkId(wmsg[2], 'SUBSCRIBED.Subscription'),
    });
  }

  marshal(): unknown[] {
    return [33, this.request, this.subscription];
  }
}
