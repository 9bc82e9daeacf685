/**
 * GOODBYE `[6, Details|dict, Reason|uri]`: either side closes an established session
 * (Basic Profile, "Session Closing").
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { checkDict } from './check-dict.js';
import { checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import { checkShape } from './check-shape.js';
import { checkUri } from './check-uri.js';

/** `GOODBYE.Details` as on the wire. */
export interface GoodbyeDetails {
  /** Human-readable text. */
  message?: string;
  /** Session resumption (draft): the session may be resumed. */
  resumable?: boolean;
  [key: string]: unknown;
}

/** Fields of a {@link Goodbye}. */
export interface GoodbyeInit {
  /** @default {} */
  details?: GoodbyeDetails | undefined;
  /** e.g. `wamp.close.normal`; the reply is always `wamp.close.goodbye_and_out`. */
  reason: string;
}

const DETAILS: OptionSpec = { message: 'string', resumable: 'bool' };

/** GOODBYE: closes an established session; answered once with `wamp.close.goodbye_and_out`. */
export class Goodbye extends BaseMessage {
  static readonly MESSAGE_TYPE = 6;
  get MESSAGE_TYPE(): 6 {
    return 6;
  }
  details: GoodbyeDetails;
  reason: string;

  constructor(init: GoodbyeInit) {
    super();
    this.details = init.details ?? {};
    this.reason = init.reason;
  }

  /**
   * Validates a GOODBYE list and builds the message.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Goodbye {
    checkShape(wmsg, 6, 'GOODBYE', 3, 3);
    const details = checkDict(wmsg[1], 'GOODBYE.Details');
    checkOptions(details, DETAILS, 'GOODBYE.Details');
    return new Goodbye({ details, reason: checkUri(wmsg[2], 'GOODBYE.Reason') });
  }

  marshal(): unknown[] {
    return [6, this.details, this.reason];
  }
}
