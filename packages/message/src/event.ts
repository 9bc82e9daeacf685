/**
 * EVENT `[36, SUBSCRIBED.Subscription|id, PUBLISHED.Publication|id, Details|dict, (Arguments|list, (ArgumentsKw|dict))]`
 * (Basic Profile, "Publishing and Events"; Advanced Profile subscriber features).
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
import type { ForwardForEntry } from './forward-for.js';
import { FORWARD_FOR } from './forward-for.js';
import type { PassthruKeys } from './passthru.js';
import { PASSTHRU_SPEC, isPassthru } from './passthru.js';
import type { PayloadFields } from './payload-fields.js';
import { checkPayloadInit, readPayload, writePayload } from './read-payload.js';

/** `EVENT.Details` as on the wire. */
export interface EventDetails extends PassthruKeys {
  /** Publisher Identification. */
  publisher?: number;
  publisher_authid?: string;
  publisher_authrole?: string;
  /** The concrete topic, when the subscription is a pattern. */
  topic?: string;
  /** Event Retention: this is the retained event, delivered on subscribing. */
  retained?: boolean;
  /** Publication Trust Levels. */
  trustlevel?: number;
  /** Autobahn/Crossbar.io: an application-chosen hash that makes the request idempotent. */
  transaction_hash?: string;
  /** Autobahn/Crossbar.io: the subscriber should confirm receipt. */
  x_acknowledged_delivery?: boolean;
  /** Autobahn/Crossbar.io router-to-router links. */
  forward_for?: ForwardForEntry[];
  [key: string]: unknown;
}

/** Fields of an {@link Event}. */
export interface EventInit extends PayloadFields {
  subscription: number;
  publication: number;
  /** @default {} */
  details?: EventDetails | undefined;
}

const DETAILS: OptionSpec = {
  ...PASSTHRU_SPEC,
  publisher: 'id',
  publisher_authid: 'string',
  publisher_authrole: 'string',
  topic: 'uri',
  retained: 'bool',
  trustlevel: 'int',
  transaction_hash: 'string',
  x_acknowledged_delivery: 'bool',
  forward_for: FORWARD_FOR,
};

/** EVENT: the broker delivers a publication to a subscriber. */
export class Event extends BaseMessage {
  static readonly MESSAGE_TYPE = 36;
  get MESSAGE_TYPE(): 36 {
    return 36;
  }
  subscription: number;
  publication: number;
  details: EventDetails;
  args: unknown[] | undefined;
  kwargs: Dict | undefined;
  payload: Uint8Array | undefined;

  /** @throws {TypeError} when `init.payload` is set without a passthru key in `details`, or together with args/kwargs. */
  constructor(init: EventInit) {
    super();
    this.subscription = init.subscription;
    this.publication = init.publication;
    this.details = init.details ?? {};
    this.args = init.args;
    this.kwargs = init.kwargs;
    this.payload = init.payload;
    checkPayloadInit(init, this.details, 'Event', 'details');
  }

  /**
   * Validates an EVENT list and builds the message.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Event {
    checkShape(wmsg, 36, 'EVENT', 4, 6);
    const subscription = checkId(wmsg[1], 'EVENT.Subscription');
    const publication = checkId(wmsg[2], 'EVENT.Publication');
    const details = checkDict(wmsg[3], 'EVENT.Details');
    checkOptions(details, DETAILS, 'EVENT.Details');
    const event = new Event({ subscription, publication, details });
    readPayload(event, wmsg, 4, 'EVENT', isPassthru(details));
    return event;
  }

  marshal(): unknown[] {
    return writePayload([36, this.subscription, this.publication, this.details], this);
  }
}
