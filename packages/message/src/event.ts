/**
 * EVENT `[36, SUBSCRIBED.Subscription|id, PUBLISHED.Publication|id, Details|dict, (Arguments|list, (ArgumentsKw|dict))]`
 * (Basic Profile, "Publishing and Events"; Advanced Profile subscriber features).
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { checkId } from './check-id.js';
import { checkDict } from './check-fields.js';
import { PASSTHRU_SPEC, checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import { checkShape } from './check-shape.js';
import type { PassthruKeys, PayloadFields } from './payload.js';
import { isPassthru, readPayload, writePayload } from './payload.js';

/** `EVENT.Details` as on the wire. */
export interface EventDetails extends PassthruKeys {
  publisher?: number;
  publisher_authid?: string;
  publisher_authrole?: string;
  /** The concrete topic, when the subscription is a pattern. */
  topic?: string;
  retained?: boolean;
  trustlevel?: number;
  /** Autobahn/Crossbar.io: an application-chosen hash that makes the request idempotent. */
  transaction_hash?: string;
  [key: string]: unknown;
}

/** Fields of an {@link Event}. */
export interface EventInit extends PayloadFields {
  subscription: number;
  publication: number;
  details?: EventDetails | undefined;
}

const DETAILS: OptionSpec = {
  ...PASSTHRU_SPEC,
  transaction_hash: 'string',
  publisher: 'id',
  publisher_authid: 'string',
  publisher_authrole: 'string',
  topic: 'uri',
  retained: 'bool',
  trustlevel: 'int',
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
  kwargs: Record<string, unknown> | undefined;
  payload: Uint8Array | undefined;

  constructor(init: EventInit) {
    super();
    this.subscription = init.subscription;
    this.publication = init.publication;
    this.details = init.details ?? {};
    this.args = init.args;
    this.kwargs = init.kwargs;
    this.payload = init.payload;
  }

  /** @throws {ProtocolError} when `wmsg` is not a valid EVENT. */
  static parse(wmsg: readonly unknown[]): Event {
    checkShape(wmsg, 36, 'EVENT', 4, 6);
    const details = checkDict(wmsg[3], 'EVENT.Details');
    checkOptions(details, DETAILS, 'EVENT.Details');
    return new Event({
      subscription: checkId(wmsg[1], 'EVENT.Subscription'),
      publication: checkId(wmsg[2], 'EVENT.Publication'),
      details,
      ...readPayload(wmsg, 4, 'EVENT', isPassthru(details)),
    });
  }

  marshal(): unknown[] {
    return writePayload([36, this.subscription, this.publication, this.details], this);
  }
}
