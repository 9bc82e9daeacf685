/**
 * `Dealer`: routed RPC within one realm (Basic Profile, "Remote Procedure Calls").
 *
 * @module
 */
import { WAMP_ERROR } from '@wamp/interfaces';
import { ErrorMessage, Interrupt, Invocation, MESSAGE_TYPE, Registered, Result, Unregistered } from '@wamp/message';
import type { Call, Cancel, Register, Unregister, Yield } from '@wamp/message';
import { RegistrationTable } from './registration-table.js';
import { describeEntry } from './registry-meta.js';
import type { MetaProcedure } from './session-meta.js';
import { MetaError } from './session-meta.js';
import { derivedDetails, errorReply } from './replies.js';
import type { InvokePolicy, MatchPolicy, PendingCall, Peer, Registration, SendFailure } from './routing-records.js';

const { CALL, REGISTER, UNREGISTER } = MESSAGE_TYPE;

function failureUri(failure: SendFailure): string {
  if (failure === 'too-large') return WAMP_ERROR.PAYLOAD_SIZE_EXCEEDED;
  return failure === 'unencodable' ? WAMP_ERROR.INVALID_PAYLOAD : WAMP_ERROR.CANCELED;
}

/**
 * The dealer of one realm: keeps registrations, turns each CALL into an INVOCATION for the
 * callee and its YIELD or ERROR into the caller's RESULT or ERROR, and cleans up after sessions
 * that leave. Requests reach it already checked (request ID, URI, authorization) by the
 * session's message handlers; everything here is synchronous, which keeps the spec's ordering
 * guarantees (REGISTERED before any INVOCATION of it; one caller's calls to one callee in order).
 */
export class Dealer {
  /** The realm's registrations. */
  readonly registrations = new RegistrationTable();
  /** Procedures the router answers itself (the meta API), by URI. */
  readonly meta = new Map<string, MetaProcedure>();
  /** Receives the registration meta events (`wamp.registration.on_*`) to publish. */
  onMeta: (topic: string, args: unknown[]) => void = () => {};

  /**
   * Registers `msg.procedure` under `match` for `callee`, answering REGISTERED or ERROR. A second
   * callee may join a registration whose invocation policy is shared (not `single`) and the same
   * (Advanced Profile, "Shared Registration"); otherwise `procedure_already_exists` or
   * `procedure_exists_with_different_invocation_policy`.
   */
  register(callee: Peer, msg: Register, match: MatchPolicy, invoke: InvokePolicy = 'single'): void {
    const existing = this.registrations.find(msg.procedure, match);
    if (existing !== undefined) {
      if (existing.invoke === 'single' || invoke === 'single' || existing.callees.includes(callee)) {
        callee.send(errorReply(REGISTER, msg.request, WAMP_ERROR.PROCEDURE_ALREADY_EXISTS, `procedure ${msg.procedure} is already registered`));
        return;
      }
      if (existing.invoke !== invoke) {
        callee.send(
          errorReply(REGISTER, msg.request, WAMP_ERROR.PROCEDURE_EXISTS_INVOCATION_POLICY_CONFLICT, `procedure ${msg.procedure} is registered with invoke ${existing.invoke}, not ${invoke}`),
        );
        return;
      }
      existing.callees.push(callee);
      if (msg.options.disclose_caller === true) existing.discloseCaller = true;
      callee.registrations.add(existing);
      callee.send(new Registered({ request: msg.request, registration: existing.id }));
      this.onMeta('wamp.registration.on_register', [callee.sessionId, existing.id]);
      return;
    }
    const registration = this.registrations.create(msg.procedure, match, invoke, callee);
    registration.discloseCaller = msg.options.disclose_caller === true;
    callee.registrations.add(registration);
    callee.send(new Registered({ request: msg.request, registration: registration.id }));
    this.onMeta('wamp.registration.on_create', [callee.sessionId, describeEntry(registration)]);
    this.onMeta('wamp.registration.on_register', [callee.sessionId, registration.id]);
  }

  /** The callee a call to `registration` goes to, by its invocation policy. */
  #pickCallee(registration: Registration): Peer | undefined {
    const callees = registration.callees;
    switch (registration.invoke) {
      case 'last':
        return callees[callees.length - 1];
      case 'random':
        return callees[Math.floor(Math.random() * callees.length)];
      case 'roundrobin': {
        const next = (this.#roundRobin.get(registration) ?? 0) % Math.max(1, callees.length);
        this.#roundRobin.set(registration, next + 1);
        return callees[next];
      }
      default:
        return callees[0];
    }
  }

  readonly #roundRobin = new WeakMap<Registration, number>();

  /** Ends one of `callee`'s registrations, answering UNREGISTERED or ERROR `no_such_registration`. */
  unregister(callee: Peer, msg: Unregister): void {
    const registration = this.registrations.get(msg.registration);
    if (registration === undefined || !callee.registrations.has(registration)) {
      callee.send(errorReply(UNREGISTER, msg.request, WAMP_ERROR.NO_SUCH_REGISTRATION, `no registration ${msg.registration} of this session`));
      return;
    }
    callee.registrations.delete(registration);
    const deleted = this.registrations.removeCallee(registration, callee);
    callee.send(new Unregistered({ request: msg.request }));
    this.#metaRemoved(callee, registration, deleted);
  }

  /**
   * Removes `callee` from `registration` on the router's own account (Advanced Profile,
   * "Registration Revocation"): a callee that announced `registration_revocation` is told with
   * `[UNREGISTERED, 0, {registration, reason}]`; others are not (the spec forbids it) and learn
   * it from `wamp.registration.on_unregister`. Invocations already sent stay pending and their
   * answers still reach the callers.
   */
  revoke(registration: Registration, callee: Peer, reason: string | undefined): void {
    if (!callee.registrations.delete(registration)) return;
    const deleted = this.registrations.removeCallee(registration, callee);
    if (callee.supports('callee', 'registration_revocation')) {
      callee.send(new Unregistered({ request: 0, details: reason === undefined ? { registration: registration.id } : { registration: registration.id, reason } }));
    }
    this.#metaRemoved(callee, registration, deleted);
  }

  /** Routes a CALL to the callee as INVOCATION, or answers ERROR `no_such_procedure`. */
  call(caller: Peer, msg: Call): void {
    const meta = msg.procedure.startsWith('wamp.') ? this.meta.get(msg.procedure) : undefined;
    if (meta !== undefined) {
      if (msg.options.progress === true) {
        caller.send(errorReply(CALL, msg.request, WAMP_ERROR.FEATURE_NOT_SUPPORTED, `${msg.procedure} does not take progressive call invocations`));
        return;
      }
      return this.#callMeta(caller, msg, meta);
    }
    const registration = this.registrations.match(msg.procedure);
    const callee = registration === undefined ? undefined : this.#pickCallee(registration);
    if (registration === undefined || callee === undefined) {
      caller.send(errorReply(CALL, msg.request, WAMP_ERROR.NO_SUCH_PROCEDURE, `no callee registered procedure ${msg.procedure}`));
      return;
    }
    // Progressive call invocations (Advanced Profile): the callee must take them, and be able to be interrupted.
    const inputOpen = msg.options.progress === true;
    if (inputOpen && !(callee.supports('callee', 'progressive_call_invocations') && callee.supports('callee', 'call_canceling'))) {
      caller.send(errorReply(CALL, msg.request, WAMP_ERROR.FEATURE_NOT_SUPPORTED, `the callee of ${msg.procedure} does not support progressive call invocations`));
      return;
    }
    const invocationRequest = callee.nextInvocationRequest();
    // Progressive call results (Advanced Profile): only when the callee can send them.
    const progress = msg.options.receive_progress === true && callee.supports('callee', 'progressive_call_results');
    const pending: PendingCall = { caller, callRequest: msg.request, callee, invocationRequest, registration, procedure: msg.procedure, progress, inputOpen };
    callee.invocations.set(invocationRequest, pending);
    caller.calls.set(msg.request, pending);
    const details = derivedDetails(msg.options, msg.payload);
    if (progress) details['receive_progress'] = true;
    if (inputOpen) details['progress'] = true;
    // Pattern-based registration: the callee learns which procedure was called.
    if (registration.match !== 'exact') details['procedure'] = msg.procedure;
    // Caller identification (Advanced Profile): the caller asked to be disclosed, or the callee demands it.
    if (msg.options.disclose_me === true || registration.discloseCaller) {
      details['caller'] = caller.sessionId;
      details['caller_authid'] = caller.authid;
      details['caller_authrole'] = caller.authrole;
    }
    const failure = callee.send(
      new Invocation({
        request: invocationRequest,
        registration: registration.id,
        details,
        args: msg.args,
        kwargs: msg.kwargs,
        payload: msg.payload,
      }),
    );
    if (failure !== undefined) {
      callee.invocations.delete(invocationRequest);
      caller.calls.delete(msg.request);
      caller.send(errorReply(CALL, msg.request, failureUri(failure), `the invocation could not be delivered to the callee (${failure})`));
      return;
    }
    // Call timeout (Advanced Profile), enforced here: see #timeOut.
    const timeout = msg.options.timeout;
    if (typeof timeout === 'number' && timeout > 0) {
      pending.timer = setTimeout(() => this.#timeOut(pending, timeout), timeout);
      pending.timer.unref?.();
    }
  }

  /**
   * The next chunk of a progressive call invocation (Advanced Profile): one more INVOCATION under
   * the same request ID to the same callee, `progress: true` unless it is the final chunk.
   */
  continueCall(pending: PendingCall, msg: Call): void {
    const more = msg.options.progress === true;
    if (!more) pending.inputOpen = false;
    const details = derivedDetails(msg.options, msg.payload);
    if (more) details['progress'] = true;
    if (pending.registration.match !== 'exact') details['procedure'] = pending.procedure;
    const failure = pending.callee.send(
      new Invocation({ request: pending.invocationRequest, registration: pending.registration.id, details, args: msg.args, kwargs: msg.kwargs, payload: msg.payload }),
    );
    if (failure === undefined || failure === 'lost') return; // a lost callee is handled when it detaches
    // The chunk cannot reach the callee: the call ends, as a canceled one would.
    const caller = pending.caller;
    if (caller === undefined) return;
    caller.calls.delete(pending.callRequest);
    clearTimeout(pending.timer);
    pending.caller = undefined;
    pending.callee.send(new Interrupt({ request: pending.invocationRequest, options: { mode: 'killnowait', reason: failureUri(failure) } }));
    caller.send(errorReply(CALL, pending.callRequest, failureUri(failure), `a chunk of the progressive call could not be delivered to the callee (${failure})`));
  }

  /**
   * A call ran past its `timeout`: the caller gets ERROR `wamp.error.timeout`, the callee (when
   * it announced call_canceling) INTERRUPT `killnowait`, and its late answer is dropped.
   */
  #timeOut(pending: PendingCall, timeout: number): void {
    pending.timer = undefined;
    const caller = pending.caller;
    if (caller === undefined || caller.calls.get(pending.callRequest) !== pending) return;
    if (pending.callee.supports('callee', 'call_canceling')) {
      pending.callee.send(new Interrupt({ request: pending.invocationRequest, options: { mode: 'killnowait', reason: WAMP_ERROR.TIMEOUT } }));
    }
    caller.calls.delete(pending.callRequest);
    pending.caller = undefined;
    caller.send(errorReply(CALL, pending.callRequest, WAMP_ERROR.TIMEOUT, `the call ran past its timeout of ${timeout} ms`));
  }

  #metaRemoved(callee: Peer, registration: Registration, deleted: boolean): void {
    this.onMeta('wamp.registration.on_unregister', [callee.sessionId, registration.id]);
    if (deleted) this.onMeta('wamp.registration.on_delete', [callee.sessionId, registration.id]);
  }

  #callMeta(caller: Peer, msg: Call, meta: MetaProcedure): void {
    let value: unknown;
    try {
      value = meta(caller, msg.args ?? [], msg.kwargs ?? {});
    } catch (error) {
      const uri = error instanceof MetaError ? error.uri : WAMP_ERROR.RUNTIME_ERROR;
      caller.send(errorReply(CALL, msg.request, uri, (error as Error).message));
      return;
    }
    caller.send(new Result({ request: msg.request, args: value === undefined ? undefined : [value] }));
  }

  /**
   * Turns a callee's YIELD into the caller's RESULT.
   *
   * @returns false when `msg.request` names no invocation pending at `callee` (a protocol violation).
   */
  yield(callee: Peer, msg: Yield): boolean {
    const pending = callee.invocations.get(msg.request);
    if (pending === undefined) return false;
    if (msg.options.progress === true) {
      // A progressive result goes to a caller that asked for them; others are dropped (Advanced
      // Profile, "Progressive Call Results"), and the call waits for the final YIELD.
      if (pending.progress === true && pending.caller !== undefined && pending.killed !== true) {
        const details = derivedDetails(msg.options, msg.payload);
        details['progress'] = true;
        pending.caller.send(new Result({ request: pending.callRequest, details, args: msg.args, kwargs: msg.kwargs, payload: msg.payload }));
      }
      return true;
    }
    callee.invocations.delete(msg.request);
    clearTimeout(pending.timer);
    const caller = pending.caller;
    if (caller === undefined) return true;
    caller.calls.delete(pending.callRequest);
    if (pending.killed === true) {
      // Canceled with mode kill: the caller asked for the call to end, so it ends as canceled.
      caller.send(errorReply(CALL, pending.callRequest, WAMP_ERROR.CANCELED, 'the call was canceled'));
      return true;
    }
    const failure = caller.send(
      new Result({ request: pending.callRequest, details: derivedDetails(msg.options, msg.payload), args: msg.args, kwargs: msg.kwargs, payload: msg.payload }),
    );
    if (failure === 'too-large' || failure === 'unencodable') {
      caller.send(errorReply(CALL, pending.callRequest, failureUri(failure), `the result could not be delivered (${failure})`));
    }
    return true;
  }

  /**
   * Turns a callee's ERROR for an INVOCATION into the caller's ERROR for the CALL (error URI,
   * arguments and keyword arguments passed unchanged).
   *
   * @returns false when `msg.request` names no invocation pending at `callee` (a protocol violation).
   */
  calleeError(callee: Peer, msg: ErrorMessage): boolean {
    const pending = callee.invocations.get(msg.request);
    if (pending === undefined) return false;
    callee.invocations.delete(msg.request);
    clearTimeout(pending.timer);
    const caller = pending.caller;
    if (caller === undefined) return true;
    caller.calls.delete(pending.callRequest);
    const failure = caller.send(
      new ErrorMessage({
        requestType: CALL,
        request: pending.callRequest,
        details: derivedDetails(msg.details, msg.payload),
        error: msg.error,
        args: msg.args,
        kwargs: msg.kwargs,
        payload: msg.payload,
      }),
    );
    if (failure === 'too-large' || failure === 'unencodable') {
      caller.send(errorReply(CALL, pending.callRequest, msg.error, `the error could not be delivered in full (${failure})`));
    }
    return true;
  }

  /**
   * CANCEL (Advanced Profile, "Call Canceling"). `skip`: the caller gets ERROR canceled at once and
   * the callee's eventual answer is dropped. `kill`: the callee gets INTERRUPT and its answer ends
   * the call as ERROR canceled. `killnowait`: INTERRUPT and ERROR canceled at once. A callee that did
   * not announce call_canceling gets no INTERRUPT (kill and killnowait then act as skip). A CANCEL
   * for a call that is no longer pending is ignored, as the spec says.
   */
  cancel(caller: Peer, msg: Cancel): void {
    const pending = caller.calls.get(msg.request);
    if (pending === undefined || pending.killed === true) return;
    const mode = msg.options.mode ?? 'kill';
    const interruptible = mode !== 'skip' && pending.callee.supports('callee', 'call_canceling');
    if (interruptible) pending.callee.send(new Interrupt({ request: pending.invocationRequest, options: { mode } }));
    if (mode === 'kill' && interruptible) {
      pending.killed = true;
      return;
    }
    caller.calls.delete(msg.request);
    clearTimeout(pending.timer);
    pending.caller = undefined;
    caller.send(errorReply(CALL, msg.request, WAMP_ERROR.CANCELED, `the call was canceled (${mode})`));
  }

  /**
   * Removes everything `peer` holds: its registrations, the invocations it owes (each caller gets
   * ERROR `wamp.error.canceled`, Basic Profile "Callee Leaving During an RPC Invocation") and its
   * own calls in flight (their results will be dropped, "Caller Leaving During an RPC Invocation").
   */
  detach(peer: Peer): void {
    for (const registration of peer.registrations) this.#metaRemoved(peer, registration, this.registrations.removeCallee(registration, peer));
    peer.registrations.clear();
    for (const pending of peer.invocations.values()) {
      clearTimeout(pending.timer);
      const caller = pending.caller;
      // A session that called itself is leaving as caller too: nobody to tell.
      if (caller === undefined || caller === peer) continue;
      caller.calls.delete(pending.callRequest);
      caller.send(errorReply(CALL, pending.callRequest, WAMP_ERROR.CANCELED, `the callee of ${pending.registration.uri} left before answering`));
    }
    peer.invocations.clear();
    // Basic Profile, "Caller Leaving During an RPC Invocation": the callee is told with INTERRUPT killnowait.
    for (const pending of peer.calls.values()) {
      clearTimeout(pending.timer);
      pending.caller = undefined;
      if (pending.callee !== peer && pending.killed !== true && pending.callee.supports('callee', 'call_canceling')) {
        pending.callee.send(new Interrupt({ request: pending.invocationRequest, options: { mode: 'killnowait', reason: WAMP_ERROR.CANCELED } }));
      }
    }
    peer.calls.clear();
  }
}
