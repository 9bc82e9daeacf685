/**
 * `CallOptions` and `CallDetails`: the caller's and the callee's view of a call.
 *
 * @module
 */
import type { Validator } from './validator.js';

/** How a canceled call is stopped (CANCEL.Options.mode). */
export type CancelMode = 'skip' | 'kill' | 'killnowait';

/** Options of `ISession.call`. Each maps to one `CALL.Options` key, noted per field. */
export interface CallOptions {
  /** Dealer-enforced timeout in milliseconds (`timeout`). @default 0 (none) */
  timeout?: number | undefined;
  /** Ask for progressive results (`receive_progress`); they reach {@link onProgress}. @default false */
  receiveProgress?: boolean | undefined;
  /** Called with each progressive result, before the call resolves with the final one. */
  onProgress?: ((args: readonly unknown[], kwargs: Readonly<Record<string, unknown>>) => void) | undefined;
  /** Ask the dealer to disclose this caller to the callee (`disclose_me`). @default false */
  discloseMe?: boolean | undefined;
  /** Aborting sends CANCEL with {@link cancelMode}; the call rejects with `signal.reason`. */
  signal?: AbortSignal | undefined;
  /** CANCEL mode when {@link signal} aborts. @default 'kill' */
  cancelMode?: CancelMode | undefined;
}

/** What a callee's endpoint learns about the invocation (from INVOCATION.Details). */
export interface CallDetails {
  /** The registration the invocation arrived on. */
  readonly registration: number;
  /** The concrete procedure, for pattern registrations (`procedure`). */
  readonly procedure: string | undefined;
  /** The caller's session ID, when disclosed (`caller`). */
  readonly caller: number | undefined;
  /** The caller's authid, when disclosed (`caller_authid`). */
  readonly callerAuthid: string | undefined;
  /** The caller's authrole, when disclosed (`caller_authrole`). */
  readonly callerAuthrole: string | undefined;
  /** Sends a progressive result; defined only when the caller asked for progress (`receive_progress`). */
  readonly progress: ((args?: readonly unknown[], kwargs?: Readonly<Record<string, unknown>>) => void) | undefined;
  /** Aborted when the dealer interrupts the invocation (INTERRUPT), with the reason as `signal.reason`. */
  readonly signal: AbortSignal;
}

/** Options of `ISession.register`. Each maps to one `REGISTER.Options` key, noted per field. */
export interface RegisterOptions {
  /** Match policy of the procedure URI (`match`). @default 'exact' */
  match?: 'exact' | 'prefix' | 'wildcard' | undefined;
  /** Invocation policy of a shared registration (`invoke`). @default 'single' */
  invoke?: 'single' | 'roundrobin' | 'random' | 'first' | 'last' | undefined;
  /** Maximum concurrent invocations (`concurrency`, Autobahn/Crossbar.io). */
  concurrency?: number | undefined;
  /** Take the registration over from another session (`force_reregister`, Autobahn/Crossbar.io). @default false */
  forceReregister?: boolean | undefined;
  /** Checks the arguments before the endpoint runs; failures answer `wamp.error.invalid_argument`. */
  validator?: Validator | undefined;
}

/** An endpoint: receives positional args, keyword args and details; returns a value, a `CallResult`, or a promise of either. */
export type Endpoint = (args: unknown[], kwargs: Record<string, unknown>, details: CallDetails) => unknown;
