/**
 * RESULT `[50, CALL.Request|id, Details|dict, (YIELD.Arguments|list, (YIELD.ArgumentsKw|dict))]`
 * (Basic Profile, "Calling and Invocations"; Advanced Profile, "Progressive Call Results").
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

/** `RESULT.Details` as on the wire. */
export interface ResultDetails extends PassthruKeys {
  /** A progressive result: more RESULTs for this call follow. */
  progress?: boolean;
  callee?: number;
  callee_authid?: string;
  callee_authrole?: string;
  [key: string]: unknown;
}

/** Fields of a {@link Result}. */
export interface ResultInit extends PayloadFields {
  request: number;
  details?: ResultDetails | undefined;
}

const DETAILS: OptionSpec = {
  ...PASSTHRU_SPEC,
  progress: 'bool',
  callee: 'id',
  callee_authid: 'string',
  callee_authrole: 'string',
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
  kwargs: Record<string, unknown> | undefined;
  payload: Uint8Array | undefined;

  constructor(init: ResultInit) {
    super();
    this.request = init.request;
    this.details = init.details ?? {};
    this.args = init.args;
    this.kwargs = init.kwargs;
    this.payload = init.payload;
  }

  /** @throws {ProtocolError} when `wmsg` is not a valid RESULT. */
  static parse(wmsg: readonly unknown[]): Result {
    checkShape(wmsg, 50, 'RESULT', 3, 5);
    const details = checkDict(wmsg[2], 'RESULT.Details');
    checkOptions(details, DETAILS, 'RESULT.Details');
    return new Result({
      request: checkId(wmsg[1], 'RESULT.Request'),
      details,
      ...readPayload(wmsg, 3, 'RESULT', isPassthru(details)),
    });
  }

  marshal(): unknown[] {
    return writePayload([50, this.request, this.details], this);
  }
}
