/**
 * ABORT `[3, Details|dict, Reason|uri, (Arguments|list, (ArgumentsKw|dict))]`: either side ends a
 * session that is not (or no longer) established (Basic Profile, "Session Establishment", "Protocol Errors").
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import type { Dict } from './check-dict.js';
import { checkDict } from './check-dict.js';
import { checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import { checkShape } from './check-shape.js';
import { checkUri } from './check-uri.js';
import type { PayloadFields } from './payload-fields.js';
import { readPayload, writePayload } from './read-payload.js';

/** `ABORT.Details` as on the wire. */
export interface AbortDetails {
  /** Human-readable text. */
  message?: string;
  [key: string]: unknown;
}

/** Fields of an {@link Abort}. */
export interface AbortInit extends Omit<PayloadFields, 'payload'> {
  /** @default {} */
  details?: AbortDetails | undefined;
  /** e.g. `wamp.error.no_such_realm`, `wamp.error.protocol_violation`. */
  reason: string;
}

const DETAILS: OptionSpec = { message: 'string' };

/**
 * ABORT: a session attempt is refused, or a session ends after a protocol violation. The spec
 * allows Arguments/ArgumentsKw; Autobahn|Python 22.7.1 refuses them, so send none to such peers.
 */
export class Abort extends BaseMessage {
  static readonly MESSAGE_TYPE = 3;
  get MESSAGE_TYPE(): 3 {
    return 3;
  }
  details: AbortDetails;
  reason: string;
  args: unknown[] | undefined;
  kwargs: Dict | undefined;

  constructor(init: AbortInit) {
    super();
    this.details = init.details ?? {};
    this.reason = init.reason;
    this.args = init.args;
    this.kwargs = init.kwargs;
  }

  /**
   * Validates an ABORT list (with or without Arguments/ArgumentsKw) and builds the message.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Abort {
    checkShape(wmsg, 3, 'ABORT', 3, 5);
    const details = checkDict(wmsg[1], 'ABORT.Details');
    checkOptions(details, DETAILS, 'ABORT.Details');
    const abort = new Abort({ details, reason: checkUri(wmsg[2], 'ABORT.Reason') });
    readPayload(abort, wmsg, 3, 'ABORT', false);
    return abort;
  }

  marshal(): unknown[] {
    return writePayload([3, this.details, this.reason], this);
  }
}
