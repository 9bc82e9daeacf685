/**
 * REGISTER `[64, Request|id, Options|dict, Procedure|uri]` (Basic Profile, "Registering and Unregistering";
 * Advanced Profile, "Pattern-based Registration", "Shared Registration").
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { checkDict } from './check-dict.js';
import { checkId } from './check-id.js';
import { checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import { checkShape } from './check-shape.js';
import { checkUri } from './check-uri.js';
import type { ForwardForEntry } from './forward-for.js';
import { FORWARD_FOR } from './forward-for.js';
import type { MatchPolicy } from './match-policy.js';
import { MATCH_POLICIES } from './match-policy.js';

/** `REGISTER.Options.invoke` of shared registrations: `single` (the default), `roundrobin`, `random`, `first`, `last`. */
export const INVOCATION_POLICIES = ['single', 'roundrobin', 'random', 'first', 'last'] as const;

/** One of {@link INVOCATION_POLICIES}. */
export type InvocationPolicy = (typeof INVOCATION_POLICIES)[number];

/** `REGISTER.Options` as on the wire. */
export interface RegisterOptionsDict {
  /** @default 'exact' */
  match?: MatchPolicy;
  /** @default 'single' */
  invoke?: InvocationPolicy;
  /** Caller Identification: the callee demands the caller's identity. */
  disclose_caller?: boolean;
  /** Call Timeouts: the dealer forwards `timeout` to the callee instead of enforcing it. */
  forward_timeout?: boolean;
  /** Autobahn/Crossbar.io: maximum concurrent invocations of this callee (≥ 1). */
  concurrency?: number;
  /** Autobahn/Crossbar.io: take the registration over from another session of the same authid. */
  force_reregister?: boolean;
  /** Autobahn/Crossbar.io router-to-router links. */
  forward_for?: ForwardForEntry[];
  [key: string]: unknown;
}

/** Fields of a {@link Register}. */
export interface RegisterInit {
  request: number;
  /** @default {} */
  options?: RegisterOptionsDict | undefined;
  /** The procedure, or a procedure pattern under `options.match`. */
  procedure: string;
}

const OPTIONS: OptionSpec = {
  match: MATCH_POLICIES,
  invoke: INVOCATION_POLICIES,
  disclose_caller: 'bool',
  forward_timeout: 'bool',
  concurrency: 'count',
  force_reregister: 'bool',
  forward_for: FORWARD_FOR,
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
   * Validates a REGISTER list and builds the message. Empty URI components are allowed only with
   * `match: "wildcard"`, an empty last component (a trailing dot) only with `match: "prefix"`.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Register {
    checkShape(wmsg, 64, 'REGISTER', 4, 4);
    const request = checkId(wmsg[1], 'REGISTER.Request');
    const options = checkDict(wmsg[2], 'REGISTER.Options');
    checkOptions(options, OPTIONS, 'REGISTER.Options');
    const match = options['match'] as MatchPolicy | undefined;
    return new Register({ request, options, procedure: checkUri(wmsg[3], 'REGISTER.Procedure', { match }) });
  }

  marshal(): unknown[] {
    return [64, this.request, this.options, this.procedure];
  }
}
