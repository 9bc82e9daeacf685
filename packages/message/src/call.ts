/**
 * CALL `[48, Request|id, Options|dict, Procedure|uri, (Arguments|list, (ArgumentsKw|dict))]`
 * (Basic Profile, "Calling and Invocations"; Advanced Profile caller features).
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
import { checkUri } from './check-uri.js';
import type { ForwardForEntry } from './forward-for.js';
import { FORWARD_FOR } from './forward-for.js';
import type { PassthruKeys } from './passthru.js';
import { PASSTHRU_SPEC, isPassthru } from './passthru.js';
import type { PayloadFields } from './payload-fields.js';
import { checkPayloadInit, readPayload, writePayload } from './read-payload.js';

/** `CALL.Options` as on the wire. */
export interface CallOptionsDict extends PassthruKeys {
  /** Call Timeouts: milliseconds, enforced by the dealer; 0 means none. */
  timeout?: number;
  /** Progressive Call Results: the caller accepts progressive RESULTs. */
  receive_progress?: boolean;
  /** Progressive Call Invocations: more CALLs with this request ID follow. */
  progress?: boolean;
  /** Caller Identification. */
  disclose_me?: boolean;
  /** Sharded Registration. */
  runmode?: 'all' | 'partition';
  rkey?: string;
  /** Autobahn/Crossbar.io: an application-chosen hash that makes the request idempotent. */
  transaction_hash?: string;
  /** Autobahn/Crossbar.io router-to-router links: the original caller. */
  caller?: number;
  caller_authid?: string;
  caller_authrole?: string;
  forward_for?: ForwardForEntry[];
  [key: string]: unknown;
}

/** Fields of a {@link Call}. */
export interface CallInit extends PayloadFields {
  request: number;
  /** @default {} */
  options?: CallOptionsDict | undefined;
  procedure: string;
}

const OPTIONS: OptionSpec = {
  ...PASSTHRU_SPEC,
  timeout: 'int',
  receive_progress: 'bool',
  progress: 'bool',
  disclose_me: 'bool',
  runmode: ['all', 'partition'],
  rkey: 'string',
  transaction_hash: 'string',
  caller: 'id',
  caller_authid: 'string',
  caller_authrole: 'string',
  forward_for: FORWARD_FOR,
};

/** CALL: a caller asks the dealer to call a procedure. */
export class Call extends BaseMessage {
  static readonly MESSAGE_TYPE = 48;
  get MESSAGE_TYPE(): 48 {
    return 48;
  }
  request: number;
  options: CallOptionsDict;
  procedure: string;
  args: unknown[] | undefined;
  kwargs: Dict | undefined;
  payload: Uint8Array | undefined;

  /** @throws {TypeError} when `init.payload` is set without a passthru key in `options`, or together with args/kwargs. */
  constructor(init: CallInit) {
    super();
    this.request = init.request;
    this.options = init.options ?? {};
    this.procedure = init.procedure;
    this.args = init.args;
    this.kwargs = init.kwargs;
    this.payload = init.payload;
    checkPayloadInit(init, this.options, 'Call', 'options');
  }

  /**
   * Validates a CALL list and builds the message.
   *
   * @throws {ProtocolError} naming the field otherwise, e.g.
   * `CALL.Request must be an integer in 1..2^53, got 0`.
   */
  static parse(wmsg: readonly unknown[]): Call {
    checkShape(wmsg, 48, 'CALL', 4, 6);
    const request = checkId(wmsg[1], 'CALL.Request');
    const options = checkDict(wmsg[2], 'CALL.Options');
    checkOptions(options, OPTIONS, 'CALL.Options');
    const call = new Call({ request, options, procedure: checkUri(wmsg[3], 'CALL.Procedure') });
    readPayload(call, wmsg, 4, 'CALL', isPassthru(options));
    return call;
  }

  marshal(): unknown[] {
    return writePayload([48, this.request, this.options, this.procedure], this);
  }
}
