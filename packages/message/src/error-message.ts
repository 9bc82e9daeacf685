/**
 * ERROR `[8, REQUEST.Type|int, REQUEST.Request|id, Details|dict, Error|uri, (Arguments|list, (ArgumentsKw|dict))]`:
 * a request failed (Basic Profile, "ERROR"). Named `ErrorMessage` so it does not shadow the global `Error`.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
import { BaseMessage } from './base-message.js';
import { checkId } from './check-id.js';
import { checkDict } from './check-fields.js';
import { PASSTHRU_SPEC, checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import { checkShape } from './check-shape.js';
import { checkUri } from './check-uri.js';
import type { PassthruKeys, PayloadFields } from './payload.js';
import { isPassthru, readPayload, writePayload } from './payload.js';
import { preview } from './preview.js';

/** `ERROR.Details` as on the wire. */
export interface ErrorDetails extends PassthruKeys {
  callee?: number;
  callee_authid?: string;
  callee_authrole?: string;
  [key: string]: unknown;
}

/** Fields of an {@link ErrorMessage}. */
export interface ErrorMessageInit extends PayloadFields {
  /** Type code of the failed request: 16, 32, 34, 48, 64, 66 or 68. */
  requestType: number;
  request: number;
  details?: ErrorDetails | undefined;
  /** The error URI. */
  error: string;
}

/** Request types an ERROR may answer (Basic Profile, "ERROR"; Advanced Profile adds none). */
export const ERROR_REQUEST_TYPES: ReadonlySet<number> = new Set([16, 32, 34, 48, 64, 66, 68]);

const DETAILS: OptionSpec = { ...PASSTHRU_SPEC, callee: 'id', callee_authid: 'string', callee_authrole: 'string' };

/** ERROR: a PUBLISH, SUBSCRIBE, UNSUBSCRIBE, CALL, REGISTER, UNREGISTER or INVOCATION failed. */
export class ErrorMessage extends BaseMessage {
  static readonly MESSAGE_TYPE = 8;
  get MESSAGE_TYPE(): 8 {
    return 8;
  }
  requestType: number;
  request: number;
  details: ErrorDetails;
  error: string;
  args: unknown[] | undefined;
  kwargs: Record<string, unknown> | undefined;
  payload: Uint8Array | undefined;

  constructor(init: ErrorMessageInit) {
    super();
    this.requestType = init.requestType;
    this.request = init.request;
    this.details = init.details ?? {};
    this.error = init.error;
    this.args = init.args;
    this.kwargs = init.kwargs;
    this.payload = init.payload;
  }

  /** @throws {ProtocolError} when `wmsg` is not a valid ERROR (including a REQUEST.Type ERROR may not answer). */
  static parse(wmsg: readonly unknown[]): ErrorMessage {
    checkShape(wmsg, 8, 'ERROR', 5, 7);
    const requestType = wmsg[1];
    if (typeof requestType !== 'number' || !ERROR_REQUEST_TYPES.has(requestType)) {
      throw new ProtocolError(`ERROR.REQUEST.Type must be one of 16, 32, 34, 48, 64, 66, 68, got ${preview(requestType)}`);
    }
    const details = checkDict(wmsg[3], 'ERROR.Details');
    checkOptions(details, DETAILS, 'ERROR.Details');
    return new ErrorMessage({
      requestType,
      request: checkId(wmsg[2], 'ERROR.REQUEST.Request'),
      details,
      error: checkUri(wmsg[4], 'ERROR.Error'),
      ...readPayload(wmsg, 5, 'ERROR', isPassthru(details)),
    });
  }

  marshal(): unknown[] {
    return writePayload([8, this.requestType, this.request, this.details, this.error], this);
  }
}
