/**
 * PUBLISH `[16, Request|id, Options|dict, Topic|uri, (Arguments|list, (ArgumentsKw|dict))]`
 * (Basic Profile, "Publishing and Events"; Advanced Profile publisher features).
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import type { Dict } from './check-dict.js';
import { checkDict } from './check-dict.js';
import { checkId } from './check-id.js';
import { checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import { checkShape } from './check-shape.js';
import { checkUri } from './check-uri.js';
import type { ForwardForEntry } from './forward-for.js';
import { FORWARD_FOR } from './forward-for.js';
import type { PassthruKeys } from './passthru.js';
import { PASSTHRU_SPEC, isPassthru } from './passthru.js';
import type { PayloadFields } from './payload-fields.js';
import { checkPayloadInit, readPayload, writePayload } from './read-payload.js';

/** `PUBLISH.Options` as on the wire. */
export interface PublishOptionsDict extends PassthruKeys {
  /** Ask for PUBLISHED (or ERROR). */
  acknowledge?: boolean;
  /** Publisher Exclusion: `false` delivers the event to the publisher too. @default true */
  exclude_me?: boolean;
  /** Subscriber Black- and Whitelisting. */
  exclude?: number[];
  exclude_authid?: string[];
  exclude_authrole?: string[];
  eligible?: number[];
  eligible_authid?: string[];
  eligible_authrole?: string[];
  /** Event Retention: the broker keeps this event for later subscribers. */
  retain?: boolean;
  /** Publisher Identification. */
  disclose_me?: boolean;
  /** Sharded Subscription: the routing key. */
  rkey?: string;
  /** Autobahn/Crossbar.io: an application-chosen hash that makes the request idempotent. */
  transaction_hash?: string;
  /** Autobahn/Crossbar.io router-to-router links. */
  forward_for?: ForwardForEntry[];
  [key: string]: unknown;
}

/** Fields of a {@link Publish}. */
export interface PublishInit extends PayloadFields {
  request: number;
  /** @default {} */
  options?: PublishOptionsDict | undefined;
  topic: string;
}

const OPTIONS: OptionSpec = {
  ...PASSTHRU_SPEC,
  acknowledge: 'bool',
  exclude_me: 'bool',
  exclude: 'idList',
  exclude_authid: 'stringList',
  exclude_authrole: 'stringList',
  eligible: 'idList',
  eligible_authid: 'stringList',
  eligible_authrole: 'stringList',
  retain: 'bool',
  disclose_me: 'bool',
  rkey: 'string',
  transaction_hash: 'string',
  forward_for: FORWARD_FOR,
};

/** PUBLISH: a publisher sends an event to a topic. */
export class Publish extends BaseMessage {
  static readonly MESSAGE_TYPE = 16;
  get MESSAGE_TYPE(): 16 {
    return 16;
  }
  request: number;
  options: PublishOptionsDict;
  topic: string;
  args: unknown[] | undefined;
  kwargs: Dict | undefined;
  payload: Uint8Array | undefined;

  /** @throws {TypeError} when `init.payload` is set without a passthru key in `options`, or together with args/kwargs. */
  constructor(init: PublishInit) {
    super();
    this.request = init.request;
    this.options = init.options ?? {};
    this.topic = init.topic;
    this.args = init.args;
    this.kwargs = init.kwargs;
    this.payload = init.payload;
    checkPayloadInit(init, this.options, 'Publish', 'options');
  }

  /**
   * Validates a PUBLISH list and builds the message.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Publish {
    checkShape(wmsg, 16, 'PUBLISH', 4, 6);
    const request = checkId(wmsg[1], 'PUBLISH.Request');
    const options = checkDict(wmsg[2], 'PUBLISH.Options');
    checkOptions(options, OPTIONS, 'PUBLISH.Options');
    const publish = new Publish({ request, options, topic: checkUri(wmsg[3], 'PUBLISH.Topic') });
    readPayload(publish, wmsg, 4, 'PUBLISH', isPassthru(options));
    return publish;
  }

  marshal(): unknown[] {
    return writePayload([16, this.request, this.options, this.topic], this);
  }
}
