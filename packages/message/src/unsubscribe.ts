/**
 * UNSUBSCRIBE `[34, Request|id, SUBSCRIBED.Subscription|id]` (Basic Profile, "Subscribing and
 * Unsubscribing"), or `[34, Request|id, Subscription|id, Options|dict]` as Autobahn|Python and
 * Crossbar.io write it between routers (`forward_for`).
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { checkDict } from './check-dict.js';
import { checkId } from './check-id.js';
import { checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import { checkShape } from './check-shape.js';
import type { ForwardForEntry } from './forward-for.js';
import { FORWARD_FOR } from './forward-for.js';

/** `UNSUBSCRIBE.Options` (an Autobahn|Python extension) as on the wire. */
export interface UnsubscribeOptionsDict {
  /** Autobahn/Crossbar.io router-to-router links. */
  forward_for?: ForwardForEntry[];
  [key: string]: unknown;
}

/** Fields of an {@link Unsubscribe}. */
export interface UnsubscribeInit {
  request: number;
  /** The subscription to end. */
  subscription: number;
  /** Only for router-to-router links; absent (the default) gives the spec's three-element form. */
  options?: UnsubscribeOptionsDict | undefined;
}

const OPTIONS: OptionSpec = { forward_for: FORWARD_FOR };

/** UNSUBSCRIBE: a subscriber ends a subscription. */
export class Unsubscribe extends BaseMessage {
  static readonly MESSAGE_TYPE = 34;
  get MESSAGE_TYPE(): 34 {
    return 34;
  }
  request: number;
  subscription: number;
  options: UnsubscribeOptionsDict | undefined;

  constructor(init: UnsubscribeInit) {
    super();
    this.request = init.request;
    this.subscription = init.subscription;
    this.options = init.options;
  }

  /**
   * Validates an UNSUBSCRIBE list and builds the message.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Unsubscribe {
    checkShape(wmsg, 34, 'UNSUBSCRIBE', 3, 4);
    const request = checkId(wmsg[1], 'UNSUBSCRIBE.Request');
    const subscription = checkId(wmsg[2], 'UNSUBSCRIBE.Subscription');
    if (wmsg.length === 3) return new Unsubscribe({ request, subscription });
    const options = checkDict(wmsg[3], 'UNSUBSCRIBE.Options');
    checkOptions(options, OPTIONS, 'UNSUBSCRIBE.Options');
    return new Unsubscribe({ request, subscription, options });
  }

  marshal(): unknown[] {
    return this.options === undefined
      ? [34, this.request, this.subscription]
      : [34, this.request, this.subscription, this.options];
  }
}
