/**
 * SUBSCRIBE `[32, Request|id, Options|dict, Topic|uri]` (Basic Profile, "Subscribing and Unsubscribing";
 * Advanced Profile, "Pattern-based Subscription").
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { checkId } from './check-id.js';
import { checkDict } from './check-fields.js';
import { checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import { checkShape } from './check-shape.js';
import { checkUri } from './check-uri.js';

/** `SUBSCRIBE.Options` as on the wire. */
export interface SubscribeOptionsDict {
  /** `exact` (default), `prefix` or `wildcard`. */
  match?: 'exact' | 'prefix' | 'wildcard';
  get_retained?: boolean;
  nkey?: string;
  [key: string]: unknown;
}

/** Fields of a {@link Subscribe}. */
export interface SubscribeInit {
  request: number;
  options?: SubscribeOptionsDict | undefined;
  topic: string;
}

/** Match policies of pattern-based subscription and registration. */
export const MATCH_POLICIES = ['exact', 'prefix', 'wildcard'] as const;

const OPTIONS: OptionSpec = { match: MATCH_POLICIES, get_retained: 'bool', nkey: 'string' };

/** SUBSCRIBE: a subscriber asks for the events of a topic (or a topic pattern). */
export class Subscribe extends BaseMessage {
  static readonly MESSAGE_TYPE = 32;
  get MESSAGE_TYPE(): 32 {
    return 32;
  }
  request: number;
  options: SubscribeOptionsDict;
  topic: string;

  constructor(init: SubscribeInit) {
    super();
    this.request = init.request;
    this.options = init.options ?? {};
    this.topic = init.topic;
  }

  /**
   * @throws {ProtocolError} when `wmsg` is not a valid SUBSCRIBE; empty URI components are allowed only
   * with `match: "wildcard"` (and a trailing dot with `match: "prefix"`).
   */
  static parse(wmsg: readonly unknown[]): Subscribe {
    checkShape(wmsg, 32, 'SUBSCRIBE', 4, 4);
    const options = checkDict(wmsg[2], 'SUBSCRIBE.Options');
    checkOptions(options, OPTIONS, 'SUBSCRIBE.Options');
    const match = options['match'] as string | undefined;
    return new Subscribe({
      request: checkId(wmsg[1], 'SUBSCRIBE.Request'),
      options,
      topic: checkUri(wmsg[3], 'SUBSCRIBE.Topic', { match }),
    });
  }

  marshal(): unknown[] {
    return [32, this.request, this.options, this.topic];
  }
}
