/**
 * `Session`: a WAMP client session (`ISession`) and the handler of the transport it runs over
 * (`ITransportHandler`). A small explicit state machine — closed → joining → challenged →
 * established → closing → closed — with one table of pending requests per request kind.
 *
 * @module
 */
import type {
  CallChunk,
  CallDetails,
  CallOptions,
  CancelMode,
  Challenge,
  CloseDetails,
  ComponentConfig,
  Endpoint,
  EventHandler,
  HandlerMap,
  IAuthenticator,
  IMessage,
  IPayloadCodec,
  ISession,
  ITransport,
  ITransportConnector,
  ITransportHandler,
  JoinOptions,
  ObjectHandlerOptions,
  Publication,
  PublishOptions,
  ReceivedChunk,
  RegisterOptions,
  Registration,
  SessionDetails,
  SubscribeOptions,
  Subscription,
  TransportCloseInfo,
} from '@wamp/interfaces';
import {
  ApplicationError,
  CallResult,
  InvalidUri,
  ProtocolError,
  SessionNotReady,
  TransportLost,
  WAMP_CLOSE,
  WAMP_ERROR,
  isCallResult,
} from '@wamp/interfaces';
import type {
  Abort as AbortMessage,
  Challenge as ChallengeMessage,
  ErrorMessage as ErrorWire,
  Event as EventMessage,
  Goodbye as GoodbyeMessage,
  Interrupt as InterruptMessage,
  Invocation as InvocationMessage,
  Published as PublishedMessage,
  Registered as RegisteredMessage,
  Result as ResultMessage,
  Subscribed as SubscribedMessage,
  Unregistered as UnregisteredMessage,
  Unsubscribed as UnsubscribedMessage,
  Welcome as WelcomeMessage,
} from '@wamp/message';
import {
  Abort,
  Authenticate,
  Call,
  Cancel,
  ErrorMessage,
  Goodbye,
  Hello,
  Publish,
  Register,
  Subscribe,
  Unregister,
  Unsubscribe,
  Yield,
  isUri,
} from '@wamp/message';
import { AsyncQueue } from './async-queue.js';
import { clientRoles } from './client-roles.js';
import { callDetails, eventDetails, sessionDetails } from './details.js';
import type { ErrorClass } from './error-registry.js';
import { ErrorRegistry } from './error-registry.js';
import { PublicationHandle, RegistrationHandle, SubscriptionHandle } from './handles.js';
import { decodePayload, encodePayload } from './payload-transparency.js';
import { PendingRequests } from './pending.js';
import { RequestIds } from './request-ids.js';
import type { RouterSupports } from './router-features.js';
import { callNeeds, publishNeeds, registerNeeds, routerSupports, subscribeNeeds } from './router-features.js';
import { RunningInvocation } from './running-invocation.js';
import type { SessionOptions } from './session-options.js';
import { runValidator } from './validate.js';
import { callOptionsDict, publishOptionsDict, registerOptionsDict, subscribeOptionsDict } from './wire-options.js';

/** Where a session is in its life. */
export type SessionState = 'closed' | 'joining' | 'challenged' | 'established' | 'closing';

type Dict = Record<string, unknown>;

/** `join` options: HELLO's fields, plus the authenticators to use for this join. */
export interface SessionJoinOptions extends JoinOptions {
  /** Overrides the session's authenticators for this join. */
  authenticators?: readonly IAuthenticator[] | undefined;
}

interface CallEntry {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  readonly procedure: string;
  readonly onProgress: CallOptions['onProgress'];
  /** Set once the caller canceled: the router's final answer is then only absorbed. */
  canceled: boolean;
  cleanup(): void;
}

interface RegisterEntry {
  resolve(value: Registration): void;
  reject(error: unknown): void;
  readonly procedure: string;
  readonly endpoint: Endpoint;
  readonly options: RegisterOptions | undefined;
}

interface SubscribeEntry {
  resolve(value: Subscription): void;
  reject(error: unknown): void;
  readonly topic: string;
  readonly handler: EventHandler;
  readonly options: SubscribeOptions | undefined;
}

interface JoinEntry {
  resolve(value: SessionDetails): void;
  reject(error: unknown): void;
  readonly realm: string;
  readonly authenticators: readonly IAuthenticator[];
}

interface LeaveEntry {
  resolve(value: CloseDetails): void;
  timer: ReturnType<typeof setTimeout>;
}

const AGENT = '@wamp/session';
/** The (empty) payload-codec keys of a plain payload. */
const NO_KEYS: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** How many ended progressive call invocations a callee remembers, to drop chunks that crossed its answer. */
const ENDED_INPUTS_KEPT = 1024;
const ERROR_REQUEST = { publish: 16, subscribe: 32, unsubscribe: 34, call: 48, register: 64, unregister: 66, invocation: 68 } as const;

/**
 * A WAMP session. Create one with {@link connect} (transport + join in one step), or construct it,
 * `open()` a transport connector, then `join()`.
 *
 * @example
 * ```ts
 * const session = await connect({ transport: webSocket(url, { serializers: [new JsonSerializer()] }), realm: 'realm1' });
 * await session.register('com.example.add2', ([a, b]) => Number(a) + Number(b));
 * console.log(await session.call('com.example.add2', [2, 3])); // 5
 * await session.leave();
 * ```
 */
export class Session implements ISession, ITransportHandler {
  #state: SessionState = 'closed';
  #transport: ITransport | undefined;
  #details: SessionDetails | undefined;
  #join: JoinEntry | undefined;
  #leave: LeaveEntry | undefined;
  #authenticator: IAuthenticator | undefined;
  #codec: IPayloadCodec | undefined;
  /** What the router announced in WELCOME (nothing before). */
  #supports: RouterSupports = () => false;
  readonly #options: SessionOptions;
  readonly #ids = new RequestIds();
  readonly #errors = new ErrorRegistry();
  readonly #calls = new PendingRequests<unknown, CallEntry>();
  readonly #registers = new PendingRequests<Registration, RegisterEntry>();
  readonly #unregisters = new PendingRequests<void, { resolve(): void; reject(e: unknown): void; handle: RegistrationHandle }>();
  readonly #subscribes = new PendingRequests<Subscription, SubscribeEntry>();
  readonly #unsubscribes = new PendingRequests<void, { resolve(): void; reject(e: unknown): void; id: number }>();
  readonly #publishes = new PendingRequests<Publication, { resolve(p: Publication): void; reject(e: unknown): void; encrypted: boolean }>();
  readonly #registrations = new Map<number, RegistrationHandle>();
  readonly #subscriptions = new Map<number, Set<SubscriptionHandle>>();
  readonly #invocations = new Map<number, RunningInvocation>();
  /** INVOCATION request IDs of progressive call invocations that ended lately: late chunks for them are dropped. */
  readonly #endedInputs = new Set<number>();

  constructor(options: SessionOptions = {}) {
    this.#options = options;
    this.#codec = options.payloadCodec;
  }

  // ── state ────────────────────────────────────────────────────────────────────────────

  /** Where the session is: closed, joining, challenged, established or closing. */
  get state(): SessionState {
    return this.#state;
  }

  get config(): ComponentConfig {
    return { realm: this.#details?.realm ?? this.#join?.realm ?? this.#options.realm ?? '', extra: this.#options.extra };
  }

  get transport(): ITransport | undefined {
    return this.#transport;
  }

  get sessionDetails(): SessionDetails | undefined {
    return this.#details;
  }

  /** The session ID the router assigned, while joined. */
  get id(): number | undefined {
    return this.#details?.session;
  }

  isConnected(): boolean {
    return this.#transport?.isOpen() ?? false;
  }

  isAttached(): boolean {
    return this.#state === 'established' || this.#state === 'closing';
  }

  setPayloadCodec(codec: IPayloadCodec | undefined): void {
    this.#codec = codec;
  }

  getPayloadCodec(): IPayloadCodec | undefined {
    return this.#codec;
  }

  define(errorClass: ErrorClass, uri?: string): void {
    this.#errors.define(errorClass, uri);
  }

  // ── hooks (override in a subclass, or pass callbacks in the options) ─────────────────

  onUserError(error: unknown, message: string): void {
    const hook = this.#options.onUserError;
    if (hook !== undefined) {
      try {
        hook(error, message);
        return;
      } catch (hookError) {
        console.error('@wamp/session: onUserError hook threw', hookError);
      }
    }
    console.error(`@wamp/session: ${message}`, error);
  }

  onConnect(): void | Promise<void> {
    return this.#options.onConnect?.(this);
  }

  async onChallenge(challenge: Challenge): Promise<string> {
    const hook = this.#options.onChallenge;
    if (hook === undefined) throw new Error(`no authenticator for the router's "${challenge.method}" CHALLENGE`);
    return hook(this, challenge);
  }

  async onWelcome(details: Readonly<Record<string, unknown>>): Promise<string | undefined> {
    return this.#options.onWelcome?.(this, details);
  }

  onJoin(details: SessionDetails): void | Promise<void> {
    return this.#options.onJoin?.(this, details);
  }

  onLeave(details: CloseDetails): void | Promise<void> {
    return this.#options.onLeave?.(this, details);
  }

  onDisconnect(wasClean: boolean): void | Promise<void> {
    return this.#options.onDisconnect?.(this, wasClean);
  }

  // ── transport ────────────────────────────────────────────────────────────────────────

  /**
   * Opens a transport through `connector` with this session as its handler.
   *
   * @throws {SessionNotReady} when the session already has a transport.
   * @throws whatever the connector throws (connection refused, handshake failed, aborted).
   */
  async open(connector: ITransportConnector, options: { signal?: AbortSignal | undefined } = {}): Promise<void> {
    if (this.#transport !== undefined) throw new SessionNotReady('this session already has a transport');
    const transport = await connector.connect(this, { signal: options.signal ?? new AbortController().signal });
    this.#transport ??= transport;
  }

  onOpen(transport: ITransport): void {
    this.#transport = transport;
    this.#hook(() => this.onConnect(), 'onConnect hook failed');
  }

  onClose(wasClean: boolean, info?: TransportCloseInfo): void {
    this.#transport = undefined;
    if (this.#state !== 'closed') {
      const why = info?.error?.message ?? info?.reason ?? (wasClean ? 'closed' : 'lost');
      const text = `WAMP transport ${wasClean ? 'closed' : 'lost'} (${why})`;
      this.#end({ reason: WAMP_CLOSE.TRANSPORT_LOST, message: text }, new TransportLost(text, info?.error ? { cause: info.error } : undefined));
    }
    this.#hook(() => this.onDisconnect(wasClean), 'onDisconnect hook failed');
  }

  /** Closes the transport. A joined session ends with `wamp.close.transport_lost`. */
  disconnect(): void {
    this.#transport?.close();
  }

  onMessage(message: IMessage): void {
    const type = message.MESSAGE_TYPE;
    switch (this.#state) {
      case 'established':
      case 'closing':
        return this.#onSessionMessage(type, message);
      case 'joining':
      case 'challenged':
        if (type === 2) return void this.#onWelcome(message as WelcomeMessage);
        if (type === 4 && this.#state === 'joining') return void this.#onChallenge(message as ChallengeMessage);
        if (type === 3) return this.#onAbort(message as AbortMessage);
        return this.#violate(`${messageName(type)} received while joining`);
      default:
        return this.#violate(`${messageName(type)} received before HELLO`);
    }
  }

  // ── joining and leaving ──────────────────────────────────────────────────────────────

  /**
   * Sends HELLO and resolves on WELCOME.
   *
   * @throws {ApplicationError} with the router's ABORT reason (e.g. `wamp.error.no_such_realm`,
   * `wamp.error.authentication_failed`), or `wamp.error.cannot_authenticate` when this side cannot
   * answer a CHALLENGE.
   * @throws {TransportLost} when the transport goes before WELCOME.
   * @throws {SessionNotReady} without a transport, or when already joining or joined.
   */
  join(realm?: string, options: SessionJoinOptions = {}): Promise<SessionDetails> {
    const target = realm ?? this.#options.realm;
    if (target === undefined) return Promise.reject(new TypeError('join: no realm given'));
    if (!isUri(target)) return Promise.reject(new InvalidUri({ message: `join: realm must be a WAMP URI, got ${JSON.stringify(target)}` }));
    if (this.#transport === undefined) return Promise.reject(new SessionNotReady('join: the session has no transport; open one first'));
    if (this.#state !== 'closed') return Promise.reject(new SessionNotReady(`join: the session is already ${this.#state}`));
    const authenticators = options.authenticators ?? this.#options.authenticators ?? [];
    const details: Dict = { roles: clientRoles(), agent: AGENT };
    const authmethods = options.authmethods ?? authenticators.map((a) => a.authmethod);
    details['authmethods'] = authmethods.length > 0 ? [...authmethods] : ['anonymous'];
    const authid = options.authid ?? authenticators.find((a) => a.authid !== undefined)?.authid;
    if (authid !== undefined) details['authid'] = authid;
    const authrole = options.authrole ?? authenticators.find((a) => a.authrole !== undefined)?.authrole;
    if (authrole !== undefined) details['authrole'] = authrole;
    const authextra = Object.assign({}, ...authenticators.map((a) => a.authextra ?? {}), options.authextra ?? {}) as Dict;
    if (Object.keys(authextra).length > 0) details['authextra'] = authextra;
    if (options.resumable === true) details['resumable'] = true;
    return new Promise<SessionDetails>((resolve, reject) => {
      this.#join = { resolve, reject, realm: target, authenticators };
      this.#state = 'joining';
      this.#authenticator = undefined;
      try {
        this.#send(new Hello({ realm: target, details: details as Hello['details'] }));
      } catch (error) {
        // The transport went (or HELLO could not be encoded): back to closed, nothing half-joined.
        this.#join = undefined;
        this.#state = 'closed';
        reject(error);
      }
    });
  }

  async #onChallenge(message: ChallengeMessage): Promise<void> {
    this.#state = 'challenged';
    const challenge: Challenge = { method: message.authMethod, extra: message.extra };
    const join = this.#join;
    try {
      const authenticator = join?.authenticators.find((a) => a.authmethod === challenge.method);
      this.#authenticator = authenticator;
      const reply = authenticator !== undefined ? await authenticator.onChallenge(this, challenge) : await this.onChallenge(challenge);
      if (this.#join !== join || this.#state !== 'challenged') return;
      const signature = typeof reply === 'string' ? reply : reply.signature;
      const extra = typeof reply === 'string' ? {} : { ...(reply.extra ?? {}) };
      this.#send(new Authenticate({ signature, extra }));
    } catch (error) {
      if (this.#join !== join || this.#state !== 'challenged') return;
      const text = `cannot answer the "${challenge.method}" CHALLENGE: ${errorText(error)}`;
      this.onUserError(error, text);
      this.#abortJoin(WAMP_ERROR.CANNOT_AUTHENTICATE, text);
    }
  }

  async #onWelcome(message: WelcomeMessage): Promise<void> {
    const join = this.#join;
    if (join === undefined) return;
    const welcomeDetails = message.details as Dict;
    try {
      const authextra = welcomeDetails['authextra'] as Dict | undefined;
      const fromAuthenticator = this.#authenticator === undefined ? undefined : await this.#authenticator.onWelcome(authextra);
      const refusal = fromAuthenticator ?? (await this.onWelcome(welcomeDetails));
      if (this.#join !== join) return;
      if (refusal !== undefined) return this.#abortJoin(WAMP_ERROR.CANNOT_AUTHENTICATE, refusal);
    } catch (error) {
      if (this.#join !== join) return;
      const text = `WELCOME check failed: ${errorText(error)}`;
      this.onUserError(error, text);
      return this.#abortJoin(WAMP_ERROR.CANNOT_AUTHENTICATE, text);
    }
    const details = sessionDetails(join.realm, message.session, welcomeDetails, this.#transport?.transportDetails);
    this.#details = details;
    this.#supports = routerSupports(details.routerRoles);
    this.#join = undefined;
    this.#state = 'established';
    join.resolve(details);
    this.#hook(() => this.onJoin(details), 'onJoin hook failed');
  }

  /** This side refuses to complete a join: ABORT with `reason`, the join rejects with it. */
  #abortJoin(reason: string, text: string): void {
    this.#trySend(new Abort({ reason, details: { message: text } }));
    this.#end({ reason, message: text }, new ApplicationError(reason, { message: text }));
  }

  #onAbort(message: AbortMessage): void {
    const text = typeof message.details['message'] === 'string' ? (message.details['message'] as string) : undefined;
    const error = this.#errors.toError(message.reason, {
      args: message.args ?? (text === undefined ? [] : [text]),
      kwargs: message.kwargs,
      details: message.details,
      ...(text === undefined ? {} : { message: `${message.reason}: ${text}` }),
    });
    this.#end({ reason: message.reason, message: text }, error);
  }

  /**
   * Sends GOODBYE and resolves with the router's close details once it answers (or with
   * `wamp.close.transport_lost` when the transport goes, or after `leaveTimeout`).
   *
   * @throws {SessionNotReady} when the session is not joined.
   */
  leave(reason: string = WAMP_CLOSE.NORMAL, message?: string): Promise<CloseDetails> {
    if (this.#state !== 'established') return Promise.reject(new SessionNotReady(`leave: the session is ${this.#state}, not joined`));
    return new Promise<CloseDetails>((resolve) => {
      this.#state = 'closing';
      const timer = setTimeout(() => {
        this.#end({ reason: WAMP_CLOSE.TRANSPORT_LOST, message: `no GOODBYE from the router within ${String(this.#options.leaveTimeout ?? 10_000)} ms` }, new SessionNotReady('the session left'));
        this.#transport?.abort();
      }, this.#options.leaveTimeout ?? 10_000);
      this.#leave = { resolve, timer };
      try {
        this.#send(new Goodbye({ reason, details: message === undefined ? {} : { message } }));
      } catch (error) {
        // No transport to say GOODBYE on: the session is over all the same.
        this.#end({ reason: WAMP_CLOSE.TRANSPORT_LOST, message: errorText(error) }, new TransportLost(errorText(error)));
      }
    });
  }

  #onGoodbye(message: GoodbyeMessage): void {
    const text = typeof message.details['message'] === 'string' ? (message.details['message'] as string) : undefined;
    const details: CloseDetails = { reason: message.reason, message: text };
    if (this.#state === 'established') this.#trySend(new Goodbye({ reason: WAMP_CLOSE.GOODBYE_AND_OUT, details: {} }));
    this.#end(details, new SessionNotReady(`the router closed the session (${message.reason}${text === undefined ? '' : `: ${text}`})`));
  }

  /**
   * Ends the session: every pending request rejects with `error`, handles go inactive, `leave()`
   * resolves, the join rejects, `onLeave` runs (if joined) and the transport closes (unless
   * `disconnectOnLeave` is false).
   */
  #end(details: CloseDetails, error: Error): void {
    const wasJoined = this.#state === 'established' || this.#state === 'closing';
    if (this.#state === 'closed') return;
    this.#state = 'closed';
    this.#details = undefined;
    this.#authenticator = undefined;
    const join = this.#join;
    this.#join = undefined;
    join?.reject(error);
    const fail = (): Error => error;
    this.#calls.rejectAll(fail);
    this.#registers.rejectAll(fail);
    this.#unregisters.rejectAll(fail);
    this.#subscribes.rejectAll(fail);
    this.#unsubscribes.rejectAll(fail);
    this.#publishes.rejectAll(fail);
    for (const running of this.#invocations.values()) running.abort(error);
    this.#invocations.clear();
    for (const handle of this.#registrations.values()) handle.active = false;
    this.#registrations.clear();
    for (const handles of this.#subscriptions.values()) for (const handle of handles) handle.active = false;
    this.#subscriptions.clear();
    const leave = this.#leave;
    this.#leave = undefined;
    if (leave !== undefined) {
      clearTimeout(leave.timer);
      leave.resolve(details);
    }
    if (wasJoined) this.#hook(() => this.onLeave(details), 'onLeave hook failed');
    if (this.#options.disconnectOnLeave !== false) this.#transport?.close();
  }

  /** The router broke the protocol: ABORT naming the problem, then end the session with `ProtocolError`. */
  #violate(text: string): void {
    this.#trySend(new Abort({ reason: WAMP_ERROR.PROTOCOL_VIOLATION, details: { message: text } }));
    const error = new ProtocolError(`protocol violation by the router: ${text}`);
    if (this.#state === 'closed') {
      this.onUserError(error, text);
      this.#transport?.close();
      return;
    }
    this.#end({ reason: WAMP_ERROR.PROTOCOL_VIOLATION, message: text }, error);
  }

  // ── messages of an established session ───────────────────────────────────────────────

  #onSessionMessage(type: number, message: IMessage): void {
    switch (type) {
      case 50:
        return this.#onResult(message as ResultMessage);
      case 8:
        return this.#onError(message as ErrorWire);
      case 36:
        return this.#onEvent(message as EventMessage);
      case 68:
        return this.#onInvocation(message as InvocationMessage);
      case 69:
        return this.#onInterrupt(message as InterruptMessage);
      case 17:
        return this.#onPublished(message as PublishedMessage);
      case 33:
        return this.#onSubscribed(message as SubscribedMessage);
      case 35:
        return this.#onUnsubscribed(message as UnsubscribedMessage);
      case 65:
        return this.#onRegistered(message as RegisteredMessage);
      case 67:
        return this.#onUnregistered(message as UnregisteredMessage);
      case 6:
        return this.#onGoodbye(message as GoodbyeMessage);
      case 3:
        return this.#onAbort(message as AbortMessage);
      default:
        return this.#violate(`${messageName(type)} received in an established session`);
    }
  }

  #onResult(message: ResultMessage): void {
    const progress = message.details['progress'] === true;
    const entry = progress ? this.#calls.peek(message.request) : this.#calls.take(message.request);
    if (entry === undefined) return this.#violate(`RESULT for request ${message.request}, which is no pending call`);
    if (!progress) entry.cleanup();
    if (entry.canceled) return;
    const deliver = (args: unknown[] | undefined, kwargs: Dict | undefined): void => {
      if (progress) {
        if (entry.onProgress === undefined) return;
        try {
          entry.onProgress(args ?? [], kwargs ?? {});
        } catch (error) {
          this.onUserError(error, `onProgress of the call to ${entry.procedure} threw`);
        }
      } else {
        entry.resolve(callResult(args, kwargs));
      }
    };
    if (message.payload === undefined) return deliver(message.args, message.kwargs);
    // The seed's RESULT: decoded as the originator, bound to the procedure.
    decodePayload(this.#codec, true, entry.procedure, message.details, message.payload).then(
      ({ args, kwargs }) => deliver(args, kwargs),
      (error: unknown) => (progress ? this.onUserError(error, `cannot decode a progressive result of ${entry.procedure}`) : entry.reject(error)),
    );
  }

  #onError(message: ErrorWire): void {
    const table = this.#errorTable(message.requestType);
    if (table === undefined) return this.#violate(`ERROR for request type ${message.requestType}, which a client never sends`);
    const entry = table.take(message.request) as { reject(e: unknown): void; cleanup?(): void; canceled?: boolean; procedure?: string } | undefined;
    if (entry === undefined) return this.#violate(`ERROR for ${messageName(message.requestType)} request ${message.request}, which is not pending`);
    entry.cleanup?.();
    if (entry.canceled === true) return;
    const reject = (args: unknown[] | undefined, kwargs: Dict | undefined): void =>
      entry.reject(this.#errors.toError(message.error, { args, kwargs, details: message.details }));
    if (message.payload === undefined) return reject(message.args, message.kwargs);
    // The seed's ERROR: decoded as the originator, bound to the error URI (the responder encoded it so).
    decodePayload(this.#codec, true, message.error, message.details, message.payload).then(
      ({ args, kwargs }) => reject(args, kwargs),
      (error: unknown) => entry.reject(error),
    );
  }

  #errorTable(requestType: number): PendingRequests<unknown, { resolve(v: never): void; reject(e: unknown): void }> | undefined {
    switch (requestType) {
      case ERROR_REQUEST.call:
        return this.#calls;
      case ERROR_REQUEST.register:
        return this.#registers;
      case ERROR_REQUEST.unregister:
        return this.#unregisters;
      case ERROR_REQUEST.subscribe:
        return this.#subscribes;
      case ERROR_REQUEST.unsubscribe:
        return this.#unsubscribes;
      case ERROR_REQUEST.publish:
        return this.#publishes;
      default:
        return undefined;
    }
  }

  #onRegistered(message: RegisteredMessage): void {
    const entry = this.#registers.take(message.request);
    if (entry === undefined) return this.#violate(`REGISTERED for request ${message.request}, which is not pending`);
    const handle = new RegistrationHandle(message.registration, entry.procedure, entry.endpoint, entry.options, (h) => this.#unregister(h));
    this.#registrations.set(message.registration, handle);
    entry.resolve(handle);
  }

  #onUnregistered(message: UnregisteredMessage): void {
    if (message.request === 0) {
      // Revocation by the router (registration_revocation): the registration is gone.
      const id = message.details?.['registration'];
      const handle = typeof id === 'number' ? this.#registrations.get(id) : undefined;
      if (handle === undefined) return;
      handle.active = false;
      this.#registrations.delete(handle.id);
      this.#revoked(handle.options?.onRevoked, message.details?.['reason'], `onRevoked of ${handle.procedure}`);
      return;
    }
    const entry = this.#unregisters.take(message.request);
    if (entry === undefined) return this.#violate(`UNREGISTERED for request ${message.request}, which is not pending`);
    this.#registrations.delete(entry.handle.id);
    entry.resolve();
  }

  #revoked(callback: ((reason: string | undefined) => void) | undefined, reason: unknown, what: string): void {
    if (callback !== undefined) this.#hook(() => callback(typeof reason === 'string' ? reason : undefined), `${what} failed`);
  }

  #onSubscribed(message: SubscribedMessage): void {
    const entry = this.#subscribes.take(message.request);
    if (entry === undefined) return this.#violate(`SUBSCRIBED for request ${message.request}, which is not pending`);
    const handle = new SubscriptionHandle(message.subscription, entry.topic, entry.handler, entry.options, (h) => this.#unsubscribe(h));
    let handles = this.#subscriptions.get(message.subscription);
    if (handles === undefined) this.#subscriptions.set(message.subscription, (handles = new Set()));
    handles.add(handle);
    entry.resolve(handle);
  }

  #onUnsubscribed(message: UnsubscribedMessage): void {
    if (message.request === 0) {
      // Revocation by the broker (subscription_revocation).
      const id = message.details?.['subscription'];
      const handles = typeof id === 'number' ? this.#subscriptions.get(id) : undefined;
      if (handles === undefined) return;
      this.#subscriptions.delete(id as number);
      for (const handle of handles) {
        handle.active = false;
        this.#revoked(handle.options?.onRevoked, message.details?.['reason'], `onRevoked of ${handle.topic}`);
      }
      return;
    }
    const entry = this.#unsubscribes.take(message.request);
    if (entry === undefined) return this.#violate(`UNSUBSCRIBED for request ${message.request}, which is not pending`);
    if (this.#subscriptions.get(entry.id)?.size === 0) this.#subscriptions.delete(entry.id);
    entry.resolve();
  }

  #onPublished(message: PublishedMessage): void {
    const entry = this.#publishes.take(message.request);
    if (entry === undefined) return this.#violate(`PUBLISHED for request ${message.request}, which is not pending`);
    entry.resolve(new PublicationHandle(message.publication, entry.encrypted));
  }

  #onEvent(message: EventMessage): void {
    const handles = this.#subscriptions.get(message.subscription);
    if (handles === undefined) return this.#violate(`EVENT for subscription ${message.subscription}, which this session does not hold`);
    if (handles.size === 0) return; // unsubscribing: the broker may still deliver in-flight events
    const details = eventDetails(message.subscription, message.publication, message.details);
    const first = handles.values().next().value as SubscriptionHandle;
    const dispatch = (args: unknown[], kwargs: Dict): void => {
      for (const handle of handles) {
        if (!handle.active) continue;
        if (handle.options?.validator !== undefined) {
          const problem = runValidator(handle.options.validator, args, kwargs);
          if (problem !== undefined) {
            this.onUserError(problem, `event on ${handle.topic} failed validation: ${problem.message}`);
            continue;
          }
        }
        try {
          const result = handle.handler(args, kwargs, details);
          if (isPromiseLike(result)) result.then(undefined, (error: unknown) => this.onUserError(error, `event handler of ${handle.topic} failed`));
        } catch (error) {
          this.onUserError(error, `event handler of ${handle.topic} threw`);
        }
      }
    };
    if (message.payload === undefined) return dispatch(message.args ?? [], message.kwargs ?? {});
    // The seed's EVENT: decoded as the responder, bound to the topic; a bad payload loses this event only.
    decodePayload(this.#codec, false, details.topic ?? first.topic, message.details, message.payload).then(
      ({ args, kwargs }) => dispatch(args, kwargs),
      (error: unknown) => this.onUserError(error, `cannot decode an event on ${details.topic ?? first.topic}: ${errorText(error)}`),
    );
  }

  #onInvocation(message: InvocationMessage): void {
    const running = this.#invocations.get(message.request);
    if (running !== undefined) {
      if (running.input === undefined) return this.#violate(`INVOCATION reuses request ${message.request}, which is still running`);
      return this.#onInputChunk(running, running.input, message);
    }
    // A chunk that crossed our answer to a progressive call invocation (Advanced Profile): dropped.
    if (this.#endedInputs.has(message.request)) return;
    const handle = this.#registrations.get(message.registration);
    if (handle === undefined) return this.#violate(`INVOCATION for registration ${message.registration}, which this session does not hold`);
    const controller = new RunningInvocation();
    const request = message.request;
    this.#invocations.set(request, controller);
    if (message.details['progress'] === true) controller.input = new AsyncQueue<ReceivedChunk>();
    const progress =
      message.details['receive_progress'] === true
        ? (args?: readonly unknown[], kwargs?: Readonly<Dict>): void => {
            if (this.#invocations.get(request) !== controller) return;
            const codec = this.#codec;
            if (codec === undefined) {
              this.#send(new Yield({ request, options: { progress: true }, args: args === undefined ? undefined : [...args], kwargs: kwargs === undefined ? undefined : { ...kwargs } }));
              return;
            }
            const procedure = details.procedure ?? handle.procedure;
            controller.enqueue(async () => {
              const out = await encodePayload(codec, false, procedure, args, kwargs);
              if (this.#invocations.get(request) !== controller) return;
              this.#send(new Yield({ request, options: { progress: true, ...out.keys }, args: out.args, kwargs: out.kwargs, payload: out.payload }));
            }, (error) => this.onUserError(error, `cannot send a progressive result of ${procedure}`));
          }
        : undefined;
    const details = callDetails(message.registration, message.details, progress, controller, controller.input);
    void this.#runEndpoint(handle, message, details, controller);
  }

  /**
   * The next INVOCATION of a progressive call invocation: its chunk joins the endpoint's `input`
   * (decoded in order when it is an opaque payload); the final one closes the input. The caller's
   * closing CALL carries no arguments, so an empty final chunk is not delivered.
   */
  #onInputChunk(running: RunningInvocation, input: AsyncQueue<ReceivedChunk>, message: InvocationMessage): void {
    const more = message.details['progress'] === true;
    if (!more) running.input = undefined;
    const empty = message.payload === undefined && (message.args?.length ?? 0) === 0 && Object.keys(message.kwargs ?? {}).length === 0;
    if (more || !empty) {
      if (message.payload === undefined) {
        input.push({ args: message.args ?? [], kwargs: message.kwargs ?? {} });
      } else {
        const concrete = message.details['procedure'];
        const procedure = typeof concrete === 'string' ? concrete : (this.#registrations.get(message.registration)?.procedure ?? '');
        input.push(decodePayload(this.#codec, false, procedure, message.details, message.payload));
      }
    }
    if (!more) input.end();
  }

  async #runEndpoint(handle: RegistrationHandle, message: InvocationMessage, details: CallDetails, controller: RunningInvocation): Promise<void> {
    const procedure = details.procedure ?? handle.procedure;
    let reply: IMessage;
    try {
      let args = message.args ?? [];
      let kwargs = message.kwargs ?? {};
      // The seed's INVOCATION: decoded as the responder; a bad payload answers wamp.error.invalid_payload.
      if (message.payload !== undefined) ({ args, kwargs } = await decodePayload(this.#codec, false, procedure, message.details, message.payload));
      if (handle.options?.validator !== undefined) {
        const problem = runValidator(handle.options.validator, args, kwargs);
        if (problem !== undefined) throw problem;
      }
      // A synchronous endpoint's value is answered at once, without a detour through the microtask queue.
      let value: unknown = handle.endpoint(args, kwargs, details);
      if (isPromiseLike(value)) value = await value;
      if (this.#codec === undefined) {
        reply = isCallResult(value)
          ? new Yield({ request: message.request, options: {}, args: value.args as unknown[], kwargs: value.kwargs as Dict })
          : new Yield({ request: message.request, options: {}, args: value === undefined ? undefined : [value] });
      } else {
        const result = isCallResult(value) ? value : new CallResult(value === undefined ? [] : [value]);
        const out = await encodePayload(this.#codec, false, procedure, result.args, result.kwargs);
        reply = new Yield({ request: message.request, options: out.keys, args: out.args, kwargs: out.kwargs, payload: out.payload });
      }
    } catch (error) {
      reply = await this.#errorReply(message.request, procedure, error);
    }
    if (controller.queued) await controller.drained(); // encoded progressive results go out before the final one
    if (this.#invocations.get(message.request) !== controller) return; // the session ended meanwhile
    this.#invocations.delete(message.request);
    if (controller.input !== undefined) {
      // Answered before the caller's last chunk: the endpoint's loop ends, later chunks are dropped.
      controller.input.end();
      controller.input = undefined;
      this.#endedInputs.add(message.request);
      if (this.#endedInputs.size > ENDED_INPUTS_KEPT) this.#endedInputs.delete(this.#endedInputs.values().next().value as number);
    }
    try {
      this.#send(reply);
    } catch (error) {
      if (!this.isConnected()) return;
      // Most likely the result could not be serialized: tell the caller instead of leaving it waiting.
      this.onUserError(error, `cannot send the result of ${procedure}`);
      this.#trySend(runtimeError(message.request, `the result of ${procedure} could not be sent: ${errorText(error)}`));
    }
  }

  async #errorReply(request: number, procedure: string, error: unknown): Promise<IMessage> {
    let wire = this.#errors.toWire(error);
    if (wire === undefined) {
      this.onUserError(error, `endpoint of ${procedure} failed`);
      if (this.#codec === undefined) return runtimeError(request, errorText(error));
      wire = { uri: WAMP_ERROR.RUNTIME_ERROR, args: [errorText(error)], kwargs: {} };
    }
    let out: Awaited<ReturnType<typeof encodePayload>>;
    try {
      // The seed's ERROR: encoded as the responder, bound to the error URI.
      out = await encodePayload(this.#codec, false, wire.uri, wire.args, wire.kwargs);
    } catch (encodeError) {
      // Never fall back to sending the payload in the clear: send the URI alone.
      this.onUserError(encodeError, `cannot encode the error payload of ${procedure}`);
      out = { args: undefined, kwargs: undefined, payload: undefined, keys: {} };
    }
    return new ErrorMessage({ requestType: ERROR_REQUEST.invocation, request, error: wire.uri, details: out.keys, args: out.args, kwargs: out.kwargs, payload: out.payload });
  }

  #onInterrupt(message: InterruptMessage): void {
    const running = this.#invocations.get(message.request);
    if (running === undefined) return; // finished already: the INTERRUPT crossed our YIELD
    const mode = typeof message.options['mode'] === 'string' ? message.options['mode'] : 'kill';
    // Autobahn/Crossbar.io (and our router, for a call timeout) say why in `reason`.
    const reason = typeof message.options['reason'] === 'string' ? message.options['reason'] : WAMP_ERROR.CANCELED;
    running.abort(new ApplicationError(reason, { message: `the call was ${reason === WAMP_ERROR.TIMEOUT ? 'timed out' : 'canceled'} (${mode})` }));
  }

  // ── the API ──────────────────────────────────────────────────────────────────────────

  call(procedure: string, args?: readonly unknown[], kwargs?: Readonly<Dict>, options?: CallOptions): Promise<unknown> {
    const problem = this.#checkReady('call') ?? checkUriArg('call', procedure) ?? (options === undefined ? undefined : unsupported('call', procedure, callNeeds(options, this.#supports)));
    if (problem !== undefined) return Promise.reject(problem);
    const signal = options?.signal;
    if (signal?.aborted === true) return Promise.reject(signal.reason);
    // Without a codec the payload goes out as given: it is serialized synchronously by send().
    if (this.#codec === undefined) return this.#sendCall(procedure, options, { args: args as unknown[] | undefined, kwargs: kwargs as Dict | undefined, keys: NO_KEYS });
    return encodePayload(this.#codec, true, procedure, args, kwargs).then((out) => this.#sendCall(procedure, options, out));
  }

  #sendCall(procedure: string, options: CallOptions | undefined, out: Awaited<ReturnType<typeof encodePayload>>): Promise<unknown> {
    const problem = this.#checkReady('call');
    if (problem !== undefined) return Promise.reject(problem);
    const request = this.#ids.next();
    const wireOptions = out.keys === NO_KEYS ? callOptionsDict(options) : { ...callOptionsDict(options), ...out.keys };
    const input = options?.input;
    if (input !== undefined) wireOptions.progress = true;
    // A dealer that does not announce call_timeout would ignore the option: this session enforces it.
    const localTimeout = wireOptions.timeout !== undefined && !this.#supports('dealer', 'call_timeout') ? wireOptions.timeout : 0;
    if (localTimeout > 0) delete wireOptions.timeout;
    return new Promise<unknown>((resolve, reject) => {
      const signal = options?.signal;
      const entry: CallEntry = { resolve, reject, procedure, onProgress: options?.onProgress, canceled: false, cleanup: () => undefined };
      const stop = (mode: CancelMode, error: unknown): void => {
        if (entry.canceled || this.#calls.peek(request) !== entry) return;
        entry.canceled = true;
        entry.cleanup();
        reject(error);
        // Without call_canceling the router would not understand CANCEL: the call is only
        // abandoned here, and the router's eventual answer absorbed.
        if (!this.#supports('dealer', 'call_canceling')) return;
        this.#trySend(new Cancel({ request, options: { mode } }));
        // killnowait: the dealer answers nothing more; the entry is not kept waiting for it.
        if (mode === 'killnowait') this.#calls.take(request);
      };
      const cleanups: (() => void)[] = [];
      if (signal !== undefined) {
        const onAbort = (): void => stop(options?.cancelMode ?? 'kill', signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        cleanups.push(() => signal.removeEventListener('abort', onAbort));
      }
      if (localTimeout > 0) {
        const timer = setTimeout(() => {
          const message = `the call to ${procedure} ran past its timeout of ${localTimeout} ms (enforced by the session: the router does not announce call_timeout)`;
          stop('killnowait', new ApplicationError(WAMP_ERROR.TIMEOUT, { message }));
        }, localTimeout);
        cleanups.push(() => clearTimeout(timer));
      }
      if (cleanups.length > 0) entry.cleanup = () => cleanups.forEach((c) => c());
      this.#calls.add(request, entry);
      this.#sendOrReject(new Call({ request, procedure, options: wireOptions, args: out.args, kwargs: out.kwargs, payload: out.payload }), () => {
        this.#calls.take(request);
        entry.cleanup();
      }, reject);
      if (input !== undefined && this.#calls.peek(request) === entry) void this.#streamInput(request, procedure, input, entry);
    });
  }

  /**
   * Sends the chunks of `input` as CALLs continuing `request` (`progress: true`), then the final
   * CALL. Stops reading once the call has settled or was canceled; an input that throws cancels
   * the call (mode kill) and rejects it with the input's error.
   */
  async #streamInput(request: number, procedure: string, input: NonNullable<CallOptions['input']>, entry: CallEntry): Promise<void> {
    const live = (): boolean => !entry.canceled && this.#calls.peek(request) === entry;
    try {
      for await (const chunk of input) {
        if (!live()) return;
        const [args, kwargs] = chunkParts(chunk);
        const out = this.#codec === undefined ? { args, kwargs, keys: NO_KEYS, payload: undefined } : await encodePayload(this.#codec, true, procedure, args, kwargs);
        if (!live()) return;
        const options: Dict = { ...out.keys, progress: true };
        if (!this.#send(new Call({ request, procedure, options, args: out.args, kwargs: out.kwargs, payload: out.payload }))) await this.#transport?.onDrain();
      }
      if (live()) this.#send(new Call({ request, procedure, options: {} }));
    } catch (error) {
      if (!live()) return; // the session or the call ended: its own error has been reported
      entry.canceled = true;
      this.#trySend(new Cancel({ request, options: { mode: 'kill' } }));
      entry.cleanup();
      entry.reject(error);
    }
  }

  /**
   * Calls a procedure that answers with progressive results (Advanced Profile, "Progressive Call
   * Results") and yields each of them, then the final result, each in the shape `call` resolves
   * with. Leaving the loop early cancels the call (with `options.cancelMode`, default `kill`); an
   * ERROR is thrown from the loop.
   *
   * @example
   * ```ts
   * for await (const line of session.callProgressive('com.example.tail', ['app.log'])) console.log(line);
   * ```
   */
  callProgressive(procedure: string, args?: readonly unknown[], kwargs?: Readonly<Dict>, options?: Omit<CallOptions, 'receiveProgress' | 'onProgress'>): AsyncIterableIterator<unknown> {
    const stop = new AbortController();
    const results = new AsyncQueue<unknown>(() => stop.abort(new ApplicationError(WAMP_ERROR.CANCELED, { message: `the loop over ${procedure}'s results ended early` })));
    const signal = options?.signal === undefined ? stop.signal : AbortSignal.any([options.signal, stop.signal]);
    this.call(procedure, args, kwargs, { ...options, signal, receiveProgress: true, onProgress: (a, k) => results.push(callResult(a as unknown[], k as Dict)) }).then(
      (value) => {
        results.push(value);
        results.end();
      },
      (error: unknown) => results.fail(error),
    );
    return results;
  }

  register(procedure: string, endpoint: Endpoint, options?: RegisterOptions): Promise<Registration>;
  register(object: object, handlers: HandlerMap, options?: RegisterOptions & ObjectHandlerOptions): Promise<Registration[]>;
  register(target: string | object, what: Endpoint | HandlerMap, options?: RegisterOptions & ObjectHandlerOptions): Promise<Registration | Registration[]> {
    if (typeof target === 'string') return this.#registerOne(target, what as Endpoint, options);
    return forEachMethod(target, what as HandlerMap, options?.prefix, (uri, fn) =>
      this.#registerOne(uri, (args, kwargs, details) => fn.call(target, args, kwargs, details), stripPrefix(options)),
    );
  }

  #registerOne(procedure: string, endpoint: Endpoint, options: RegisterOptions | undefined): Promise<Registration> {
    const problem =
      this.#checkReady('register') ??
      checkUriArg('register', procedure, options?.match) ??
      checkFunction('register', endpoint) ??
      (options === undefined ? undefined : unsupported('register', procedure, registerNeeds(options, this.#supports)));
    if (problem !== undefined) return Promise.reject(problem);
    const request = this.#ids.next();
    return new Promise<Registration>((resolve, reject) => {
      this.#registers.add(request, { resolve, reject, procedure, endpoint, options });
      this.#sendOrReject(new Register({ request, procedure, options: registerOptionsDict(options) }), () => this.#registers.take(request), reject);
    });
  }

  #unregister(handle: RegistrationHandle): Promise<void> {
    if (!handle.active) return Promise.reject(new ApplicationError(WAMP_ERROR.NO_SUCH_REGISTRATION, { message: `registration ${handle.id} (${handle.procedure}) is no longer active` }));
    const problem = this.#checkReady('unregister');
    if (problem !== undefined) return Promise.reject(problem);
    handle.active = false;
    const request = this.#ids.next();
    return new Promise<void>((resolve, reject) => {
      this.#unregisters.add(request, { resolve, reject, handle });
      this.#sendOrReject(new Unregister({ request, registration: handle.id }), () => this.#unregisters.take(request), reject);
    });
  }

  subscribe(topic: string, handler: EventHandler, options?: SubscribeOptions): Promise<Subscription>;
  subscribe(object: object, handlers: HandlerMap, options?: SubscribeOptions & ObjectHandlerOptions): Promise<Subscription[]>;
  subscribe(target: string | object, what: EventHandler | HandlerMap, options?: SubscribeOptions & ObjectHandlerOptions): Promise<Subscription | Subscription[]> {
    if (typeof target === 'string') return this.#subscribeOne(target, what as EventHandler, options);
    return forEachMethod(target, what as HandlerMap, options?.prefix, (uri, fn) =>
      this.#subscribeOne(uri, (args, kwargs, details) => fn.call(target, args, kwargs, details), stripPrefix(options)),
    );
  }

  #subscribeOne(topic: string, handler: EventHandler, options: SubscribeOptions | undefined): Promise<Subscription> {
    const problem =
      this.#checkReady('subscribe') ??
      checkUriArg('subscribe', topic, options?.match) ??
      checkFunction('subscribe', handler) ??
      (options === undefined ? undefined : unsupported('subscribe', topic, subscribeNeeds(options, this.#supports)));
    if (problem !== undefined) return Promise.reject(problem);
    const request = this.#ids.next();
    return new Promise<Subscription>((resolve, reject) => {
      this.#subscribes.add(request, { resolve, reject, topic, handler, options });
      this.#sendOrReject(new Subscribe({ request, topic, options: subscribeOptionsDict(options) }), () => this.#subscribes.take(request), reject);
    });
  }

  #unsubscribe(handle: SubscriptionHandle): Promise<void> {
    if (!handle.active) return Promise.reject(new ApplicationError(WAMP_ERROR.NO_SUCH_SUBSCRIPTION, { message: `subscription ${handle.id} (${handle.topic}) is no longer active` }));
    const problem = this.#checkReady('unsubscribe');
    if (problem !== undefined) return Promise.reject(problem);
    handle.active = false;
    const handles = this.#subscriptions.get(handle.id);
    handles?.delete(handle);
    if (handles !== undefined && handles.size > 0) return Promise.resolve(); // other handlers still use the broker subscription
    const request = this.#ids.next();
    return new Promise<void>((resolve, reject) => {
      this.#unsubscribes.add(request, { resolve, reject, id: handle.id });
      this.#sendOrReject(new Unsubscribe({ request, subscription: handle.id }), () => this.#unsubscribes.take(request), reject);
    });
  }

  /**
   * Subscribes to `topic` and yields each event as `{ args, kwargs, details }`; leaving the loop
   * (break, return, throw) unsubscribes. Events that arrive faster than the loop consumes them
   * are queued.
   *
   * @example
   * ```ts
   * for await (const { args } of session.events('com.example.tick')) console.log(args);
   * ```
   */
  events(topic: string, options?: SubscribeOptions): AsyncIterableIterator<{ args: unknown[]; kwargs: Dict; details: Parameters<EventHandler>[2] }> {
    type Item = { args: unknown[]; kwargs: Dict; details: Parameters<EventHandler>[2] };
    const queue: Item[] = [];
    const waiting: { resolve(r: IteratorResult<Item>): void; reject(e: unknown): void }[] = [];
    let failure: unknown;
    let done = false;
    const onRevoked = (reason: string | undefined): void => {
      options?.onRevoked?.(reason);
      void finish(); // the broker ended the subscription: so does the loop, once the queue is read
    };
    const subscription = this.subscribe(topic, (args, kwargs, details) => {
      const next = waiting.shift();
      if (next !== undefined) next.resolve({ value: { args, kwargs, details }, done: false });
      else queue.push({ args, kwargs, details });
    }, { ...options, onRevoked });
    subscription.then(undefined, (error: unknown) => {
      failure = error;
      for (const w of waiting.splice(0)) w.reject(error);
    });
    const finish = async (): Promise<IteratorResult<Item>> => {
      if (!done) {
        done = true;
        for (const w of waiting.splice(0)) w.resolve({ value: undefined, done: true });
        const handle = await subscription.catch(() => undefined);
        if (handle?.active === true && this.isAttached()) await handle.unsubscribe().catch(() => undefined);
      }
      return { value: undefined, done: true };
    };
    const iterator: AsyncIterableIterator<Item> = {
      next: () => {
        const item = queue.shift();
        if (item !== undefined) return Promise.resolve({ value: item, done: false });
        if (failure !== undefined) return Promise.reject(failure);
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
      },
      return: finish,
      throw: async (error: unknown) => {
        await finish();
        throw error;
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  publish(topic: string, args?: readonly unknown[], kwargs?: Readonly<Dict>, options?: PublishOptions): Promise<Publication | undefined> {
    const problem = this.#checkReady('publish') ?? checkUriArg('publish', topic) ?? (options === undefined ? undefined : unsupported('publish', topic, publishNeeds(options, this.#supports)));
    if (problem !== undefined) return Promise.reject(problem);
    if (this.#codec === undefined) return this.#sendPublish(topic, options, { args: args as unknown[] | undefined, kwargs: kwargs as Dict | undefined, keys: NO_KEYS });
    return encodePayload(this.#codec, true, topic, args, kwargs).then((out) => this.#sendPublish(topic, options, out));
  }

  #sendPublish(topic: string, options: PublishOptions | undefined, out: Awaited<ReturnType<typeof encodePayload>>): Promise<Publication | undefined> {
    const problem = this.#checkReady('publish');
    if (problem !== undefined) return Promise.reject(problem);
    const request = this.#ids.next();
    const wireOptions = out.keys === NO_KEYS ? publishOptionsDict(options) : { ...publishOptionsDict(options), ...out.keys };
    const message = new Publish({ request, topic, options: wireOptions, args: out.args, kwargs: out.kwargs, payload: out.payload });
    if (options?.acknowledge === true) {
      return new Promise<Publication>((resolve, reject) => {
        this.#publishes.add(request, { resolve, reject, encrypted: out.payload !== undefined });
        this.#sendOrReject(message, () => this.#publishes.take(request), reject);
      });
    }
    try {
      const transport = this.#transport as ITransport;
      // Fire-and-forget, with backpressure: when the transport's buffer is full, wait for it to drain.
      if (!this.#send(message)) return transport.onDrain().then(() => undefined);
      return Promise.resolve(undefined);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  // ── plumbing ─────────────────────────────────────────────────────────────────────────

  #checkReady(what: string): Error | undefined {
    if (this.#state === 'established') return undefined;
    return new SessionNotReady(`${what}: the session is ${this.#state === 'closing' ? 'leaving' : 'not joined'}`);
  }

  /** Sends `message`; returns the transport's backpressure flag. @throws {TransportLost} without an open transport. */
  #send(message: IMessage): boolean {
    const transport = this.#transport;
    if (transport === undefined || !transport.isOpen()) throw new TransportLost(`cannot send ${messageName(message.MESSAGE_TYPE)}: the transport is closed`);
    return transport.send(message);
  }

  /** Sends a request; when sending throws (closed transport, unserializable payload), undoes it and rejects. */
  #sendOrReject(message: IMessage, undo: () => void, reject: (error: unknown) => void): void {
    try {
      this.#send(message);
    } catch (error) {
      undo();
      reject(error);
    }
  }

  /** Best-effort send (ABORT, GOODBYE replies, CANCEL): a closed transport is not an error here. */
  #trySend(message: IMessage): void {
    try {
      if (this.#transport?.isOpen() === true) this.#transport.send(message);
    } catch (error) {
      this.onUserError(error, `cannot send ${messageName(message.MESSAGE_TYPE)}`);
    }
  }

  #hook(run: () => void | Promise<void>, what: string): void {
    try {
      const result = run();
      if (isPromiseLike(result)) result.then(undefined, (error: unknown) => this.onUserError(error, what));
    } catch (error) {
      this.onUserError(error, what);
    }
  }
}

const NAMES: Record<number, string> = {
  1: 'HELLO', 2: 'WELCOME', 3: 'ABORT', 4: 'CHALLENGE', 5: 'AUTHENTICATE', 6: 'GOODBYE', 8: 'ERROR',
  16: 'PUBLISH', 17: 'PUBLISHED', 32: 'SUBSCRIBE', 33: 'SUBSCRIBED', 34: 'UNSUBSCRIBE', 35: 'UNSUBSCRIBED', 36: 'EVENT',
  48: 'CALL', 49: 'CANCEL', 50: 'RESULT', 64: 'REGISTER', 65: 'REGISTERED', 66: 'UNREGISTER', 67: 'UNREGISTERED',
  68: 'INVOCATION', 69: 'INTERRUPT', 70: 'YIELD',
};

function messageName(type: number): string {
  return NAMES[type] ?? `message type ${type}`;
}

/** An ApplicationError `wamp.error.feature_not_supported` for an option the router lacks; `undefined` for none. */
function unsupported(what: string, uri: string, need: string | undefined): ApplicationError | undefined {
  if (need === undefined) return undefined;
  return new ApplicationError(WAMP_ERROR.FEATURE_NOT_SUPPORTED, { message: `${what} ${uri}: ${need}` });
}

/** The args and kwargs of a progressive-invocation chunk (an array is positional arguments). */
function chunkParts(chunk: CallChunk): [unknown[] | undefined, Dict | undefined] {
  if (Array.isArray(chunk)) return [[...(chunk as readonly unknown[])], undefined];
  if (typeof chunk !== 'object' || chunk === null) throw new TypeError(`a call input chunk must be an array of arguments or { args, kwargs }, got ${String(chunk)}`);
  const { args, kwargs } = chunk as { args?: readonly unknown[]; kwargs?: Readonly<Dict> };
  if (args !== undefined && !Array.isArray(args)) throw new TypeError('a call input chunk\'s args must be an array');
  if (kwargs !== undefined && (typeof kwargs !== 'object' || kwargs === null || Array.isArray(kwargs))) throw new TypeError('a call input chunk\'s kwargs must be an object');
  return [args === undefined ? undefined : [...args], kwargs === undefined ? undefined : { ...kwargs }];
}

/** A call's value: one positional result as-is, several or keyword results as a `CallResult`. */
function callResult(args: unknown[] | undefined, kwargs: Dict | undefined): unknown {
  const hasKwargs = kwargs !== undefined && Object.keys(kwargs).length > 0;
  if (!hasKwargs) {
    if (args === undefined || args.length === 0) return undefined;
    if (args.length === 1) return args[0];
  }
  return new CallResult(args ?? [], kwargs ?? {});
}

function runtimeError(request: number, text: string): ErrorMessage {
  return new ErrorMessage({ requestType: ERROR_REQUEST.invocation, request, error: WAMP_ERROR.RUNTIME_ERROR, details: {}, args: [text] });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function checkUriArg(what: string, uri: unknown, match?: 'exact' | 'prefix' | 'wildcard'): Error | undefined {
  if (isUri(uri, { match })) return undefined;
  return new InvalidUri({ message: `${what}: ${JSON.stringify(uri)} is not a valid WAMP URI${match !== undefined && match !== 'exact' ? ` for match "${match}"` : ''}` });
}

function checkFunction(what: string, fn: unknown): Error | undefined {
  return typeof fn === 'function' ? undefined : new TypeError(`${what}: the handler must be a function, got ${typeof fn}`);
}

type Method = (...args: unknown[]) => unknown;

/**
 * Runs `each(prefix + uri, method)` for every entry of a handler map (method name → URI) and
 * resolves with all handles; a map naming no method of `target` rejects before anything is sent.
 */
function forEachMethod<T>(target: object, map: HandlerMap, prefix: string | undefined, each: (uri: string, fn: Method) => Promise<T>): Promise<T[]> {
  if (typeof map !== 'object' || map === null) return Promise.reject(new TypeError('expected a handler map: { methodName: "uri", … }'));
  const entries: [string, Method][] = [];
  for (const [method, uri] of Object.entries(map)) {
    const fn = (target as Record<string, unknown>)[method];
    if (typeof fn !== 'function') return Promise.reject(new TypeError(`handler map names "${method}", which is not a method of the object`));
    entries.push([(prefix ?? '') + uri, fn as Method]);
  }
  return Promise.all(entries.map(([uri, fn]) => each(uri, fn)));
}

function stripPrefix<T extends ObjectHandlerOptions>(options: T | undefined): Omit<T, 'prefix'> | undefined {
  if (options === undefined) return undefined;
  const { prefix: _prefix, ...rest } = options;
  return rest;
}
