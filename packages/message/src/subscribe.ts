/**
 * SUBSCRIBE `[32, Request|id, Options|dict, Topic|uri]` (Basic Profile, "Subscribing and Unsubscribing";
 * Advanced Profile, "Pattern-based Subscription").
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { checkDict } from './check-dict.js';
import { checkId } from './check-id.js';
import { checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import { checkShape } from './check-shape.js';
import { checkUri } from './check-uri.js';
import type { ForwardForEntry } from './forward-for.js';
import { FORWARD_FOR } from './forward-for.js';
import type { MatchPolicy } from './match-policy.js';
import { MATCH_POLICIES } from './match-policy.js';

/** `SUBSCRIBE.Options` as on the wire. */
export interface SubscribeOptionsDict {
  /** @default 'exact' */
  match?: MatchPolicy;
  /** Event Retention: deliver the topic's retained event on subscribing. */
  get_retained?: boolean;
  /** Sharded Subscription: the node key. */
  nkey?: string;
  /** Autobahn/Crossbar.io router-to-router links. */
  forward_for?: ForwardForEntry[];
  [key: string]: unknown;
}

/** Fields of a {@link Subscribe}. */
export interface SubscribeInit {
  request: number;
  /** @default {} */
  options?: SubscribeOptionsDict | undefined;
  /** The topic, or a topic pattern under `options.match`. */
  topic: string;
}

const OPTIONS: OptionSpec = { match: MATCH_POLICIES, get_retained: 'bool', nkey: 'string', forward_for: FORWARD_FOR };

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
   * Validates a SUBSCRIBE list and builds the message. Empty URI components are allowed only with
   * `match: "wildcard"`, an empty last component (a trailing dot) only with `match: "prefix"`
   * (Autobahn|Python 22.7.1 is laxer and takes them under `exact` too).
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Subscribe {
    checkShape(wmsg, 32, 'SUBSCRIBE', 4, 4);
    const request = checkId(wmsg[1], 'SUBSCRIBE.Request');
    const options = checkDict(wmsg[2], 'SUBSCRIBE.Options');
    checkOptions(options, OPTIONS, 'SUBSCRIBE.Options');
    const match = options['match'] as MatchPolicy | undefined;
    return new Subscribe({ request, options, topic: checkUri(wmsg[3], 'SUBSCRIBE.Topic', { match }) });
  }

  marshal(): unknown[] {
    return [32, this.request, this.options, this.topic];
  }
}
