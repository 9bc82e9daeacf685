/**
 * ABORT `[3, Details|dict, Reason|uri, (Arguments|list, (ArgumentsKw|dict))]`: either side ends a session
 * that is not (or no longer) established (Basic Profile, "Session Establishment", "Protocol Errors").
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { checkDict } from './check-fields.js';
import { checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import { checkShape } from './check-shape.js';
import { checkUri } from './check-uri.js';
import type { PayloadFields } from './payload.js';
import { readPayload, writePayload } from './payload.js';

/** `ABORT.Details` as on the wire. */
export interface AbortDetails {
  /** Human-readable text. */
  message?: string;
  [key: string]: unknown;
}

/** Fields of an {@link Abort}. */
export interface AbortInit extends Omit<PayloadFields, 'payload'> {
  details?: AbortDetails | undefined;
  reason: string;
}

const DETAILS: OptionSpec = { message: 'string' };

/**
 * ABORT: a session attempt is refused or a session is ended after a protocol
 * violation. Arguments are allowed by the spec (Autobahn 22.7.1 refuses them, so
 * our peers send none unless asked).
 */
export class Abort extends BaseMessage {
  static readonly MESSAGE_TYPE = 3;
  get MESSAGE_TYPE(): 3 {
    return 3;
  }
  details: AbortDetails;
  reason: string;
  args: unknown[] | undefined;
  kwargs: Record<string, unknown> | undefined;

  constructor(init: AbortInit) {
    super();
    this.details = init.details ?? {};
    this.reason = init.reason;
    this.args = init.args;
    this.kwargs = init.kwargs;
  }

  /** @throws {ProtocolError} when `wmsg` is not a valid ABORT. */
  static parse(wmsg: readonly unknown[]): Abort {
    checkShape(wmsg, 3, 'ABORT', 3, 5);
    const details = checkDict(wmsg[1], 'ABORT.Details');
    checkOptions(details, DETAILS, 'ABORT.Details');
    const reason = checkUri(wmsg[2], 'ABORT.Reason');
    return new Abort({ details, reason, ...readPayload(wmsg, 3, 'ABORT', false) });
  }

  marshal(): unknown[] {
    return writePayload([3, this.details, this.reason], this);
  }
}
