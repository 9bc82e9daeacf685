/**
 * INVOCATION `[68, Request|id, REGISTERED.Registration|id, Details|dict, (CALL.Arguments|list, (CALL.ArgumentsKw|dict))]`
 * (Basic Profile, "Calling and Invocations"; Advanced Profile callee features).
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

/** `INVOCATION.Details` as on the wire. */
export interface InvocationDetails extends PassthruKeys {
  caller?: number;
  caller_authid?: string;
  caller_authrole?: string;
  /** The concrete procedure, when the registration is a pattern. */
  procedure?: string;
  receive_progress?: boolean;
  /** Progressive call invocations: more INVOCATIONs for this call follow. */
  progress?: boolean;
  /** The call's timeout in milliseconds, when the callee should enforce it. */
  timeout?: number;
  /** Autobahn/Crossbar.io: an application-chosen hash that makes the request idempotent. */
  transaction_hash?: string;
  [key: string]: unknown;
}

/** Fields of an {@link Invocation}. */
export interface InvocationInit extends PayloadFields {
  request: number;
  registration: number;
  details?: InvocationDetails | undefined;
}

const DETAILS: OptionSpec = {
  ...PASSTHRU_SPEC,
  transaction_hash: 'string',
  caller: 'id',
  caller_authid: 'string',
  caller_authrole: 'string',
  procedure: 'uri',
  receive_progress: 'bool',
  progress: 'bool',
  timeout: 'int',
};

/** INVOCATION: the dealer asks a callee to run a procedure for a caller. */
export class Invocation extends BaseMessage {
  static readonly MESSAGE_TYPE = 68;
  get MESSAGE_TYPE(): 68 {
    return 68;
  }
  request: number;
  registration: number;
  details: InvocationDetails;
  args: unknown[] | undefined;
  kwargs: Record<string, unknown> | undefined;
  payload: Uint8Array | undefined;

  constructor(init: InvocationInit) {
    super();
    this.request = init.request;
    this.registration = init.registration;
    this.details = init.details ?? {};
    this.args = init.args;
    this.kwargs = init.kwargs;
    this.payload = init.payload;
  }

  /** @throws {ProtocolError} when `wmsg` is not a valid INVOCATION. */
  static parse(wmsg: readonly unknown[]): Invocation {
    checkShape(wmsg, 68, 'INVOCATION', 4, 6);
    const details = checkDict(wmsg[3], 'INVOCATION.Details');
    checkOptions(details, DETAILS, 'INVOCATION.Details');
    return new Invocation({
      request: checkId(wmsg[1], 'INVOCATION.Request'),
      registration: checkId(wmsg[2], 'INVOCATION.Registration'),
      details,
      ...readPayload(wmsg, 4, 'INVOCATION', isPassthru(details)),
    });
  }

  marshal(): unknown[] {
    return writePayload([68, this.request, this.registration, this.details], this);
  }
}
