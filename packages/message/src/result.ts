/**
 * RESULT `[50, CALL.Request|id, Details|dict, (YIELD.Arguments|list, (YIELD.ArgumentsKw|dict))]`
 * (Basic Profile, "Calling and Invocations"; Advanced Profile, "Progressive Call Results").
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

/** `RESULT.Details` as on the wire. */
export interface ResultDetails extends PassthruKeys {
  /** Progressive Call Results: more RESULTs for this call follow. */
  progress?: boolean;
  /** Autobahn/Crossbar.io: the callee that answered (when disclosed). */
  callee?: number;
  callee_authid?: string;
  callee_authrole?: string;
  forward_for?: ForwardForEntry[];
  [key: string]: unknown;
}

/** Fields of a {@link Result}. */
export interface ResultInit extends PayloadFields {
  /** The CALL request answered. */
  request: number;
  /** @default {} */
  details?: ResultDetails | undefined;
}

const DETAILS: OptionSpec = {
  ...PASSTHRU_SPEC,
  progress: 'bool',
  callee: 'id',
  callee_authid: 'string',
  callee_authrole: 'string',
  forward_for: FORWARD_FOR,
};

/** RESULT: the dealer returns a call's (final or progressive) result to the caller. */
export class Result extends BaseMessage {
  static readonly MESSAGE_TYPE = 50;
  get MESSAGE_TYPE(): 50 {
    return 50;
  }
  request: number;
  details: ResultDetails;
  args: unknown[] | undefined;
  kwargs: Dict | undefined;
  payload: Uint8Array | undefined;

  /** @throws {TypeError} when `init.payload` is set without a passthru key in `details`, or together with args/kwargs. */
  constructor(init: ResultInit) {
    super();
    this.request = init.request;
    this.details = init.details ?? {};
    this.args = init.args;
    this.kwargs = init.kwargs;
    this.payload = init.payload;
    checkPayloadInit(init, this.details, 'Result', 'details');
  }

  /**
   * Validates a RESULT list and builds the message.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Result {
    checkShape(wmsg, 50, 'RESULT', 3, 5);
    const request = checkId(wmsg[1], 'RESULT.Request');
    const details = checkDict(wmsg[2], 'RESULT.Details');
    checkOptions(details, DETAILS, 'RESULT.Details');
    const result = new Result({ request, details });
    readPayload(result, wmsg, 3, 'RESULT', isPassthru(details));
    return result;
  }

  marshal(): unknown[] {
    return writePayload([50, this.request, this.details], this);
  }
}
