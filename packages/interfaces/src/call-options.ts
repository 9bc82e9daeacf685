/**
 * `CallOptions` and `CallDetails`: the caller's and the callee's view of a call.
 *
 * @module
 */
import type { Validator } from './validator.js';

/** How a canceled call is stopped (CANCEL.Options.mode). */
export type CancelMode = 'skip' | 'kill' | 'killnowait';

/**
 * One chunk of a progressive call invocation: positional arguments, or positional and keyword
 * arguments.
 */
export type CallChunk = readonly unknown[] | { readonly args?: readonly unknown[] | undefined; readonly kwargs?: Readonly<Record<string, unknown>> | undefined };

/** A chunk of a progressive call invocation as the callee receives it. */
export interface ReceivedChunk {
  readonly args: unknown[];
  readonly kwargs: Record<string, unknown>;
}

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
  /**
   * Streams more input to the callee (Advanced Profile, "Progressive Call Invocations"): the
   * call's own args/kwargs go first, in a CALL with `progress: true`; each chunk follows as soon as
   * it is produced in another such CALL; when the iterable ends, a final CALL without `progress`
   * (and without arguments) closes the input. The call settles with the callee's answer as usual;
   * if it settles first, the rest of the input is not read. If the iterable throws, the call is
   * canceled and rejects with that error. Needs a dealer that announces
   * `progressive_call_invocations` (else the call rejects with `wamp.error.feature_not_supported`).
   */
  input?: AsyncIterable<CallChunk> | Iterable<CallChunk> | undefined;
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
  /**
   * For a progressive call invocation (INVOCATION with `progress: true`): the chunks the caller
   * streams after the first (whose args/kwargs are the endpoint's arguments), in order, ending with
   * the caller's final CALL; it throws the interrupt reason when the call is interrupted.
   * `undefined` for an ordinary call. One consumer; chunks are buffered until read.
   */
  readonly input: AsyncIterable<ReceivedChunk> | undefined;
}

/** Options of `ISession.register`. Each maps to one `REGISTER.Options` key, noted per field. */
export interface RegisterOptions {
  /** Match policy of the procedure URI (`match`). @default 'exact' */
  match?: 'exact' | 'prefix' | 'wildcard' | undefined;
  /** Invocation policy of a shared registration (`invoke`). @default 'single' */
  invoke?: 'single' | 'roundrobin' | 'random' | 'first' | 'last' | undefined;
  /** Maximum concurrent invocations (`concurrency`, Autobahn/Crossbar.io). */
  concurrency?: number | undefined;
  /** Ask the dealer to disclose every caller to this callee (`disclose_caller`). @default false */
  discloseCaller?: boolean | undefined;
  /** Take the registration over from another session (`force_reregister`, Autobahn/Crossbar.io). @default false */
  forceReregister?: boolean | undefined;
  /** Checks the arguments before the endpoint runs; failures answer `wamp.error.invalid_argument`. */
  validator?: Validator | undefined;
  /**
   * Called when the dealer revokes the registration (Advanced Profile, "Registration
   * Revocation"), with the dealer's reason if it gave one. Client-side only: not sent.
   */
  onRevoked?: ((reason: string | undefined) => void) | undefined;
}

/** An endpoint: receives positional args, keyword args and details; returns a value, a `CallResult`, or a promise of either. */
export type Endpoint = (args: unknown[], kwargs: Record<string, unknown>, details: CallDetails) => unknown;
