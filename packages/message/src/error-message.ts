/**
 * ERROR `[8, REQUEST.Type|int, REQUEST.Request|id, Details|dict, Error|uri, (Arguments|list, (ArgumentsKw|dict))]`:
 * a request failed (Basic Profile, "ERROR"). Named `ErrorMessage` so it does not shadow the global `Error`.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
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
import { preview } from './preview.js';
import { checkPayloadInit, readPayload, writePayload } from './read-payload.js';

/** `ERROR.Details` as on the wire. */
export interface ErrorDetails extends PassthruKeys {
  /** Autobahn/Crossbar.io: the callee that raised the error (when disclosed). */
  callee?: number;
  callee_authid?: string;
  callee_authrole?: string;
  forward_for?: ForwardForEntry[];
  [key: string]: unknown;
}

/** Fields of an {@link ErrorMessage}. */
export interface ErrorMessageInit extends PayloadFields {
  /** Type code of the failed request: 16, 32, 34, 48, 64, 66 or 68. */
  requestType: number;
  /** The failed request's ID. */
  request: number;
  /** @default {} */
  details?: ErrorDetails | undefined;
  /** The error URI, e.g. `wamp.error.no_such_procedure`. */
  error: string;
}

/**
 * Request types an ERROR may answer: PUBLISH, SUBSCRIBE, UNSUBSCRIBE, CALL, REGISTER, UNREGISTER,
 * INVOCATION (Basic Profile, "ERROR"; the Advanced Profile adds none).
 */
export const ERROR_REQUEST_TYPES: ReadonlySet<number> = new Set([16, 32, 34, 48, 64, 66, 68]);

const DETAILS: OptionSpec = {
  ...PASSTHRU_SPEC,
  callee: 'id',
  callee_authid: 'string',
  callee_authrole: 'string',
  forward_for: FORWARD_FOR,
};

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
  kwargs: Dict | undefined;
  payload: Uint8Array | undefined;

  /** @throws {TypeError} when `init.payload` is set without a passthru key in `details`, or together with args/kwargs. */
  constructor(init: ErrorMessageInit) {
    super();
    this.requestType = init.requestType;
    this.request = init.request;
    this.details = init.details ?? {};
    this.error = init.error;
    this.args = init.args;
    this.kwargs = init.kwargs;
    this.payload = init.payload;
    checkPayloadInit(init, this.details, 'ErrorMessage', 'details');
  }

  /**
   * Validates an ERROR list and builds the message; REQUEST.Type must be a request ERROR may answer.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): ErrorMessage {
    checkShape(wmsg, 8, 'ERROR', 5, 7);
    const requestType = wmsg[1];
    if (typeof requestType !== 'number' || !ERROR_REQUEST_TYPES.has(requestType)) {
      throw new ProtocolError(`ERROR.REQUEST.Type must be one of 16, 32, 34, 48, 64, 66, 68, got ${preview(requestType)}`);
    }
    const request = checkId(wmsg[2], 'ERROR.REQUEST.Request');
    const details = checkDict(wmsg[3], 'ERROR.Details');
    checkOptions(details, DETAILS, 'ERROR.Details');
    const error = new ErrorMessage({ requestType, request, details, error: checkUri(wmsg[4], 'ERROR.Error') });
    readPayload(error, wmsg, 5, 'ERROR', isPassthru(details));
    return error;
  }

  marshal(): unknown[] {
    return writePayload([8, this.requestType, this.request, this.details, this.error], this);
  }
}
