/**
 * REGISTER `[64, Request|id, Options|dict, Procedure|uri]` (Basic Profile, "Registering and Unregistering";
 * Advanced Profile, "Pattern-based Registration", "Shared Registration").
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { checkId } from './check-id.js';
import { checkDict } from './check-fields.js';
import { checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import { checkShape } from './check-shape.js';
import { checkUri } from './check-uri.js';
import { MATCH_POLICIES } from './subscribe.js';

/** Invocation policies of shared registrations. */
export const INVOCATION_POLICIES = ['single', 'roundrobin', 'random', 'first', 'last'] as const;

/** `REGISTER.Options` as on the wire. */
export interface RegisterOptionsDict {
  /** `exact` (default), `prefix` or `wildcard`. */
  match?: 'exact' | 'prefix' | 'wildcard';
  /** `single` (default), `roundrobin`, `random`, `first` or `last`. */
  invoke?: (typeof INVOCATION_POLICIES)[number];
  /** Autobahn/Crossbar.io: maximum concurrent invocations of this callee. */
  concurrency?: number;
  /** Autobahn/Crossbar.io: take the registration over from another session of the same authid. */
  force_reregister?: boolean;
  disclose_caller?: boolean;
  [key: string]: unknown;
}

/** Fields of a {@link Register}. */
export interface RegisterInit {
  request: number;
  options?: RegisterOptionsDict | undefined;
  procedure: string;
}

const OPTIONS: OptionSpec = {
  match: MATCH_POLICIES,
  invoke: INVOCATION_POLICIES,
  concurrency: 'int',
  force_reregister: 'bool',
  disclose_caller: 'bool',
};

/** REGISTER: a callee offers a procedure (or a procedure pattern). */
export class Register extends BaseMessage {
  static readonly MESSAGE_TYPE = 64;
  get MESSAGE_TYPE(): 64 {
    return 64;
  }
  request: number;
  options: RegisterOptionsDict;
  procedure: string;

  constructor(init: RegisterInit) {
    super();
    this.request = init.request;
    this.options = init.options ?? {};
    this.procedure = init.procedure;
  }

  /**
   * @throws {ProtocolError} when `wmsg` is not a valid REGISTER; empty URI components are allowed only
   * with `match: "wildcard"` (and a trailing dot with `match: "prefix"`).
   */
  static parse(wmsg: readonly unknown[]): Register {
    checkShape(wmsg, 64, 'REGISTER', 4, 4);
    const options = checkDict(wmsg[2], 'REGISTER.Options');
    checkOptions(options, OPTIONS, 'REGISTER.Options');
    const match = options['match'] as string | undefined;
    return new Register({
      request: checkId(wmsg[1], 'REGISTER.Request'),
      options,
      procedure: checkUri(wmsg[3], 'REGISTER.Procedure', { match }),
    });
  }

  marshal(): unknown[] {
    return [64, this.request, this.options, this.procedure];
  }
}
