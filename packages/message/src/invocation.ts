/**
 * INVOCATION `[68, Request|id, REGISTERED.Registration|id, Details|dict, (CALL.Arguments|list, (CALL.ArgumentsKw|dict))]`
 * (Basic Profile, "Calling and Invocations"; Advanced Profile callee features).
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

/** `INVOCATION.Details` as on the wire. */
export interface InvocationDetails extends PassthruKeys {
  /** Caller Identification. */
  caller?: number;
  caller_authid?: string;
  caller_authrole?: string;
  /** The concrete procedure, when the registration is a pattern. */
  procedure?: string;
  /** Progressive Call Results: the caller accepts progressive results. */
  receive_progress?: boolean;
  /** Progressive Call Invocations: more INVOCATIONs for this call follow. */
  progress?: boolean;
  /** Call Timeouts: milliseconds, when the callee is to enforce the timeout. */
  timeout?: number;
  /** Call Trust Levels. */
  trustlevel?: number;
  /** Autobahn/Crossbar.io: an application-chosen hash that makes the request idempotent. */
  transaction_hash?: string;
  /** Autobahn/Crossbar.io router-to-router links. */
  forward_for?: ForwardForEntry[];
  [key: string]: unknown;
}

/** Fields of an {@link Invocation}. */
export interface InvocationInit extends PayloadFields {
  /** The invocation's request ID (the dealer's own, not the CALL's). */
  request: number;
  registration: number;
  /** @default {} */
  details?: InvocationDetails | undefined;
}

const DETAILS: OptionSpec = {
  ...PASSTHRU_SPEC,
  caller: 'id',
  caller_authid: 'string',
  caller_authrole: 'string',
  procedure: 'uri',
  receive_progress: 'bool',
  progress: 'bool',
  timeout: 'int',
  trustlevel: 'int',
  transaction_hash: 'string',
  forward_for: FORWARD_FOR,
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
  kwargs: Dict | undefined;
  payload: Uint8Array | undefined;

  /** @throws {TypeError} when `init.payload` is set without a passthru key in `details`, or together with args/kwargs. */
  constructor(init: InvocationInit) {
    super();
    this.request = init.request;
    this.registration = init.registration;
    this.details = init.details ?? {};
    this.args = init.args;
    this.kwargs = init.kwargs;
    this.payload = init.payload;
    checkPayloadInit(init, this.details, 'Invocation', 'details');
  }

  /**
   * Validates an INVOCATION list and builds the message.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Invocation {
    checkShape(wmsg, 68, 'INVOCATION', 4, 6);
    const request = checkId(wmsg[1], 'INVOCATION.Request');
    const registration = checkId(wmsg[2], 'INVOCATION.Registration');
    const details = checkDict(wmsg[3], 'INVOCATION.Details');
    checkOptions(details, DETAILS, 'INVOCATION.Details');
    const invocation = new Invocation({ request, registration, details });
    readPayload(invocation, wmsg, 4, 'INVOCATION', isPassthru(details));
    return invocation;
  }

  marshal(): unknown[] {
    return writePayload([68, this.request, this.registration, this.details], this);
  }
}
