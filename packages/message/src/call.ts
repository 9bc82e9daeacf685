/**
 * CALL `[48, Request|id, Options|dict, Procedure|uri, (Arguments|list, (ArgumentsKw|dict))]`
 * (Basic Profile, "Calling and Invocations"; Advanced Profile caller features).
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { checkId } from './check-id.js';
import { checkDict } from './check-fields.js';
import { PASSTHRU_SPEC, checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import { checkShape } from './check-shape.js';
import { checkUri } from './check-uri.js';
import type { PassthruKeys, PayloadFields } from './payload.js';
import { isPassthru, readPayload, writePayload } from './payload.js';

/** `CALL.Options` as on the wire. */
export interface CallOptionsDict extends PassthruKeys {
  /** Call timeout in milliseconds, enforced by the dealer; 0 means none. */
  timeout?: number;
  receive_progress?: boolean;
  /** Progressive call invocations: more CALLs with this request id follow. */
  progress?: boolean;
  disclose_me?: boolean;
  runmode?: 'all' | 'partition';
  rkey?: string;
  /** Autobahn/Crossbar.io: an application-chosen hash that makes the request idempotent. */
  transaction_hash?: string;
  [key: string]: unknown;
}

/** Fields of a {@link Call}. */
export interface CallInit extends PayloadFields {
  request: number;
  options?: CallOptionsDict | undefined;
  procedure: string;
}

const OPTIONS: OptionSpec = {
  ...PASSTHRU_SPEC,
  transaction_hash: 'string',
  timeout: 'int',
  receive_progress: 'bool',
  progress: 'bool',
  disclose_me: 'bool',
  runmode: ['all', 'partition'],
  rkey: 'string',
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
  kwargs: Record<string, unknown> | undefined;
  payload: Uint8Array | undefined;

  constructor(init: CallInit) {
    super();
    this.request = init.request;
    this.options = init.options ?? {};
    this.procedure = init.procedure;
    this.args = init.args;
    this.kwargs = init.kwargs;
    this.payload = init.payload;
  }

  /** @throws {ProtocolError} when `wmsg` is not a valid CALL. */
  static parse(wmsg: readonly unknown[]): Call {
    checkShape(wmsg, 48, 'CALL', 4, 6);
    const options = checkDict(wmsg[2], 'CALL.Options');
    checkOptions(options, OPTIONS, 'CALL.Options');
    return new Call({
      request: checkId(wmsg[1], 'CALL.Request'),
      options,
      procedure: checkUri(wmsg[3], 'CALL.Procedure'),
      ...readPayload(wmsg, 4, 'CALL', isPassthru(options)),
    });
  }

  marshal(): unknown[] {
    return writePayload([48, this.request, this.options, this.procedure], this);
  }
}
