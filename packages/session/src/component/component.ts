/**
 * `Component`: a long-lived client that connects over a list of transports, joins, and after
 * every loss reconnects with backoff, re-joins and restores what was registered and subscribed
 * through it.
 *
 * @module
 */
import type {
  CallOptions,
  Endpoint,
  EventHandler,
  IAuthenticator,
  IPayloadCodec,
  ITransportConnector,
  Publication,
  PublishOptions,
  RegisterOptions,
  Registration,
  SessionDetails,
  SubscribeOptions,
  Subscription,
} from '@wamp/interfaces';
import { TransportLost, WAMP_ERROR, isApplicationError } from '@wamp/interfaces';
import { Session } from '../session.js';
import type { ComponentStatus } from './component-status.js';
import type { RetryOptions } from './retry-schedule.js';
import { RETRY_OPTION_KEYS, RetrySchedule } from './retry-schedule.js';

/** One transport of a component: a connector plus its retry settings. */
export interface ComponentTransport extends RetryOptions {
  connector: ITransportConnector;
}

/** Options of {@link Component}. */
export interface ComponentOptions {
  /** The realm to join. */
  realm: string;
  /** Tried in order, round robin, each with its own retry settings. */
  transports: readonly (ITransportConnector | ComponentTransport)[];
  /** Authentication methods, in order of preference. @default anonymous */
  authenticators?: readonly IAuthenticator[] | undefined;
  /** Application data (`component.config.extra`). */
  extra?: unknown;
  /** Calls and publications while not joined: wait for the next session, or fail at once with `TransportLost`. @default 'wait' */
  whileDisconnected?: 'wait' | 'fail' | undefined;
  /** How long a call or publication waits for a session (ms) before failing with `TransportLost`. @default 10000 */
  waitTimeout?: number | undefined;
  /** Called with every status change. */
  onStatus?: ((status: ComponentStatus) => void) | undefined;
  /** Runs after every join, once registrations and subscriptions are restored. */
  onJoin?: ((session: Session, details: SessionDetails) => void | Promise<void>) | undefined;
  /** User code failed where no caller can be told (see `SessionOptions.onUserError`). @default console.error */
  onUserError?: ((error: unknown, message: string) => void) | undefined;
  /** Payload codec of every session. */
  payloadCodec?: IPayloadCodec | undefined;
}

const OPTION_KEYS = ['realm', 'transports', 'authenticators', 'extra', 'whileDisconnected', 'waitTimeout', 'onStatus', 'onJoin', 'onUserError', 'payloadCodec'];
const TRANSPORT_KEYS = ['connector', ...RETRY_OPTION_KEYS];

/** ABORT reasons that no retry can fix: the component gives up on them. */
const FATAL = new Set<string>([
  WAMP_ERROR.NO_SUCH_REALM,
  WAMP_ERROR.NOT_AUTHORIZED,
  WAMP_ERROR.AUTHENTICATION_FAILED,
  WAMP_ERROR.AUTHENTICATION_DENIED,
  WAMP_ERROR.AUTHORIZATION_FAILED,
  WAMP_ERROR.NO_AUTH_METHOD,
  WAMP_ERROR.NO_MATCHING_AUTH_METHOD,
  WAMP_ERROR.CANNOT_AUTHENTICATE,
]);

interface TransportSlot {
  readonly connector: ITransportConnector;
  readonly schedule: RetrySchedule;
}

/** A procedure registered through a component: re-registered after every reconnect. */
export interface ComponentRegistration {
  readonly procedure: string;
  /** The registration of the current session, when joined. */
  readonly current: Registration | undefined;
  /** Unregisters now (when joined) and for every later session. */
  unregister(): Promise<void>;
}

/** A subscription made through a component: re-subscribed after every reconnect. */
export interface ComponentSubscription {
  readonly topic: string;
  /** The subscription of the current session, when joined. */
  readonly current: Subscription | undefined;
  /** Unsubscribes now (when joined) and for every later session. */
  unsubscribe(): Promise<void>;
}

interface RegistrationRecord extends ComponentRegistration {
  current: Registration | undefined;
  readonly endpoint: Endpoint;
  readonly options: RegisterOptions | undefined;
}

interface SubscriptionRecord extends ComponentSubscription {
  current: Subscription | undefined;
  readonly handler: EventHandler;
  readonly options: SubscribeOptions | undefined;
}

interface Waiter {
  resolve(session: Session): void;
  reject(error: unknown): void;
}

/**
 * A WAMP client that stays connected.
 *
 * @example
 * ```ts
 * const component = new Component({
 *   realm: 'realm1',
 *   transports: [{ connector: webSocket(url, { serializers: [new JsonSerializer()] }), maxRetries: Infinity }],
 * });
 * await component.register('com.example.add2', ([a, b]) => Number(a) + Number(b));
 * await component.start(); // resolves on the first join; reconnects by itself afterwards
 * await component.stop();
 * ```
 */
export class Component {
  readonly #options: ComponentOptions;
  readonly #slots: TransportSlot[];
  readonly #registrations = new Set<RegistrationRecord>();
  readonly #subscriptions = new Set<SubscriptionRecord>();
  readonly #waiters = new Set<Waiter>();
  readonly #listeners = new Set<(status: ComponentStatus) => void>();
  readonly #stop = new AbortController();
  #session: Session | undefined;
  #loop: Promise<void> | undefined;
  #firstJoin: Waiter | undefined;
  #done = false;

  /**
   * @throws {TypeError} naming unknown option keys (here or in a transport), or a missing realm or
   * transport list.
   * @throws {RangeError} naming a retry setting out of range.
   */
  constructor(options: ComponentOptions) {
    const unknown = Object.keys(options ?? {}).filter((k) => !OPTION_KEYS.includes(k));
    if (unknown.length > 0) throw new TypeError(`Component: unknown option(s) ${unknown.join(', ')}`);
    if (typeof options.realm !== 'string') throw new TypeError('Component: options.realm must be a string');
    if (!Array.isArray(options.transports) || options.transports.length === 0) throw new TypeError('Component: options.transports must list at least one transport');
    this.#options = options;
    this.#slots = options.transports.map((t, i) => {
      if ('connect' in t) return { connector: t, schedule: new RetrySchedule() };
      const bad = Object.keys(t).filter((k) => !TRANSPORT_KEYS.includes(k));
      if (bad.length > 0) throw new TypeError(`Component: unknown option(s) ${bad.join(', ')} in transports[${i}]`);
      if (typeof t.connector?.connect !== 'function') throw new TypeError(`Component: transports[${i}].connector must be a transport connector`);
      return { connector: t.connector, schedule: new RetrySchedule(t) };
    });
  }

  /** The joined session, if there is one now. */
  get session(): Session | undefined {
    return this.#session?.isAttached() === true ? this.#session : undefined;
  }

  get config(): { realm: string; extra: unknown } {
    return { realm: this.#options.realm, extra: this.#options.extra };
  }

  /**
   * Starts connecting. Resolves with the details of the first join; rejects when the component
   * gives up (every transport used its retries, or the router refused for good) or is stopped
   * before joining. Calling it again returns the same run.
   */
  start(): Promise<SessionDetails> {
    if (this.#done) return Promise.reject(new TransportLost('this component was stopped'));
    return new Promise<SessionDetails>((resolve, reject) => {
      const joined = this.session?.sessionDetails;
      if (joined !== undefined) return resolve(joined);
      const previous = this.#firstJoin;
      this.#firstJoin = {
        resolve: (session) => {
          previous?.resolve(session);
          resolve(session.sessionDetails as SessionDetails);
        },
        reject: (error) => {
          previous?.reject(error);
          reject(error);
        },
      };
      this.#loop ??= this.#run();
    });
  }

  /**
   * Stops: cancels a pending retry or connection attempt, leaves the realm, closes the
   * transport. Pending waits fail with `TransportLost`. Resolves when everything is closed.
   */
  async stop(): Promise<void> {
    if (!this.#done) {
      this.#done = true;
      this.#stop.abort(new TransportLost('the component was stopped'));
      const session = this.#session;
      if (session?.isAttached() === true && session.state === 'established') await session.leave().catch(() => undefined);
      session?.disconnect();
      this.#rejectWaiters(new TransportLost('the component was stopped'));
      this.#firstJoin?.reject(new TransportLost('the component was stopped before it joined'));
      this.#firstJoin = undefined;
    }
    await this.#loop;
  }

  /** Status changes as an async iterator; it ends when the component stops or gives up. */
  statuses(): AsyncIterableIterator<ComponentStatus> {
    const queue: ComponentStatus[] = [];
    let wake: (() => void) | undefined;
    let ended = this.#done;
    const listener = (status: ComponentStatus): void => {
      queue.push(status);
      if (status.kind === 'stopped' || status.kind === 'failed') ended = true;
      wake?.();
    };
    this.#listeners.add(listener);
    const iterator: AsyncIterableIterator<ComponentStatus> = {
      next: async () => {
        while (queue.length === 0) {
          if (ended) {
            this.#listeners.delete(listener);
            return { value: undefined, done: true };
          }
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
        return { value: queue.shift() as ComponentStatus, done: false };
      },
      return: async () => {
        ended = true;
        this.#listeners.delete(listener);
        wake?.();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /**
   * Registers `endpoint` now (when joined) and after every reconnect. Rejects only when the
   * registration fails in the current session (then nothing is kept).
   */
  async register(procedure: string, endpoint: Endpoint, options?: RegisterOptions): Promise<ComponentRegistration> {
    // A registration the dealer revokes is not restored after a reconnect: the router meant it.
    const onRevoked = (reason: string | undefined): void => {
      this.#registrations.delete(record);
      record.current = undefined;
      options?.onRevoked?.(reason);
    };
    const record: RegistrationRecord = {
      procedure,
      endpoint,
      options: { ...options, onRevoked },
      current: undefined,
      unregister: async () => {
        this.#registrations.delete(record);
        const current = record.current;
        record.current = undefined;
        if (current?.active === true) await current.unregister();
      },
    };
    const session = this.session;
    if (session !== undefined) record.current = await session.register(procedure, endpoint, record.options);
    this.#registrations.add(record);
    return record;
  }

  /** Subscribes `handler` now (when joined) and after every reconnect. */
  async subscribe(topic: string, handler: EventHandler, options?: SubscribeOptions): Promise<ComponentSubscription> {
    // A subscription the broker revokes is not restored after a reconnect either.
    const onRevoked = (reason: string | undefined): void => {
      this.#subscriptions.delete(record);
      record.current = undefined;
      options?.onRevoked?.(reason);
    };
    const record: SubscriptionRecord = {
      topic,
      handler,
      options: { ...options, onRevoked },
      current: undefined,
      unsubscribe: async () => {
        this.#subscriptions.delete(record);
        const current = record.current;
        record.current = undefined;
        if (current?.active === true) await current.unsubscribe();
      },
    };
    const session = this.session;
    if (session !== undefined) record.current = await session.subscribe(topic, handler, record.options);
    this.#subscriptions.add(record);
    return record;
  }

  /**
   * Calls through the current session, or (with `whileDisconnected: 'wait'`) the next one. A call
   * is sent once: when the session is lost with the call in flight, it fails with `TransportLost`.
   *
   * @throws {TransportLost} when not joined and not waiting, or no session came within `waitTimeout`.
   */
  async call(procedure: string, args?: readonly unknown[], kwargs?: Readonly<Record<string, unknown>>, options?: CallOptions): Promise<unknown> {
    return (await this.#joined(options?.signal)).call(procedure, args, kwargs, options);
  }

  /** Publishes through the current session, or the next one (see {@link call}). */
  async publish(topic: string, args?: readonly unknown[], kwargs?: Readonly<Record<string, unknown>>, options?: PublishOptions & { signal?: AbortSignal }): Promise<Publication | undefined> {
    const { signal, ...publishOptions } = options ?? {};
    return (await this.#joined(signal)).publish(topic, args, kwargs, publishOptions);
  }

  #joined(signal: AbortSignal | undefined): Promise<Session> {
    const session = this.session;
    if (session !== undefined) return Promise.resolve(session);
    if (this.#done) return Promise.reject(new TransportLost('the component is stopped'));
    if (this.#options.whileDisconnected === 'fail') return Promise.reject(new TransportLost('the component is not joined right now'));
    if (signal?.aborted === true) return Promise.reject(signal.reason);
    const timeout = this.#options.waitTimeout ?? 10_000;
    return new Promise<Session>((resolve, reject) => {
      const cleanup = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.#waiters.delete(waiter);
      };
      const waiter: Waiter = {
        resolve: (s) => {
          cleanup();
          resolve(s);
        },
        reject: (e) => {
          cleanup();
          reject(e);
        },
      };
      const onAbort = (): void => waiter.reject(signal?.reason);
      const timer = setTimeout(() => waiter.reject(new TransportLost(`no session within ${timeout} ms`)), timeout);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiters.add(waiter);
    });
  }

  #emit(status: ComponentStatus): void {
    try {
      this.#options.onStatus?.(status);
    } catch (error) {
      this.#userError(error, 'onStatus threw');
    }
    for (const listener of this.#listeners) listener(status);
  }

  #userError(error: unknown, message: string): void {
    if (this.#options.onUserError !== undefined) this.#options.onUserError(error, message);
    else console.error(`@wamp/session Component: ${message}`, error);
  }

  #rejectWaiters(error: Error): void {
    for (const waiter of [...this.#waiters]) waiter.reject(error);
  }

  async #run(): Promise<void> {
    let next = 0;
    try {
      while (!this.#done) {
        const slot = this.#pick(next);
        if (slot === undefined) return this.#giveUp('every transport has used up its retries');
        next = (this.#slots.indexOf(slot) + 1) % this.#slots.length;
        const attempt = slot.schedule.attempts + 1;
        const delay = slot.schedule.nextDelay();
        if (delay > 0) {
          this.#emit({ kind: 'reconnecting', transport: slot.connector.description, attempt, delay });
          if (!(await sleep(delay, this.#stop.signal))) break;
        }
        this.#emit({ kind: 'connecting', transport: slot.connector.description, attempt });
        const outcome = await this.#serve(slot);
        if (outcome === 'fatal') return;
      }
    } finally {
      this.#emit({ kind: 'stopped' });
    }
  }

  #pick(from: number): TransportSlot | undefined {
    for (let k = 0; k < this.#slots.length; k++) {
      const slot = this.#slots[(from + k) % this.#slots.length] as TransportSlot;
      if (slot.schedule.canAttempt()) return slot;
    }
    return undefined;
  }

  /** One session over `slot`: connect, join, restore, serve until it ends. */
  async #serve(slot: TransportSlot): Promise<'ended' | 'fatal'> {
    let ended!: () => void;
    const over = new Promise<void>((resolve) => (ended = resolve));
    const session = new Session({
      realm: this.#options.realm,
      authenticators: this.#options.authenticators,
      extra: this.#options.extra,
      payloadCodec: this.#options.payloadCodec,
      onUserError: (error, message) => this.#userError(error, message),
      onLeave: (_s, details) => this.#emit({ kind: 'left', details }),
      onDisconnect: () => ended(),
    });
    this.#session = session;
    try {
      await session.open(slot.connector, { signal: this.#stop.signal });
      const details = await session.join(this.#options.realm);
      slot.schedule.reset();
      await this.#restore(session);
      this.#emit({ kind: 'joined', details });
      this.#firstJoin?.resolve(session);
      this.#firstJoin = undefined;
      for (const waiter of [...this.#waiters]) waiter.resolve(session);
      if (this.#options.onJoin !== undefined) {
        await Promise.resolve()
          .then(() => this.#options.onJoin?.(session, details))
          .catch((error: unknown) => this.#userError(error, 'onJoin threw'));
      }
    } catch (error) {
      session.disconnect();
      const reason = error instanceof Error ? error.message : String(error);
      if (isApplicationError(error) && FATAL.has(error.uri)) {
        this.#emit({ kind: 'disconnected', transport: slot.connector.description, reason });
        this.#giveUp(`the router refused: ${reason}`, error);
        return 'fatal';
      }
      if (session.isConnected() || session.transport !== undefined) await over;
      this.#session = undefined;
      if (!this.#done) this.#emit({ kind: 'disconnected', transport: slot.connector.description, reason });
      return 'ended';
    }
    await over;
    this.#session = undefined;
    for (const record of this.#registrations) record.current = undefined;
    for (const record of this.#subscriptions) record.current = undefined;
    if (!this.#done) this.#emit({ kind: 'disconnected', transport: slot.connector.description, reason: 'the session ended' });
    return 'ended';
  }

  async #restore(session: Session): Promise<void> {
    const restoring = [
      ...[...this.#registrations].map(async (record) => {
        try {
          record.current = await session.register(record.procedure, record.endpoint, record.options);
        } catch (error) {
          this.#userError(error, `cannot restore the registration of ${record.procedure}`);
        }
      }),
      ...[...this.#subscriptions].map(async (record) => {
        try {
          record.current = await session.subscribe(record.topic, record.handler, record.options);
        } catch (error) {
          this.#userError(error, `cannot restore the subscription to ${record.topic}`);
        }
      }),
    ];
    await Promise.all(restoring);
  }

  #giveUp(reason: string, cause?: unknown): void {
    this.#done = true;
    this.#emit({ kind: 'failed', reason });
    const error = new TransportLost(`the component gave up: ${reason}`, cause === undefined ? undefined : { cause });
    this.#rejectWaiters(error);
    this.#firstJoin?.reject(error);
    this.#firstJoin = undefined;
  }
}

/** Waits `ms`, or less when `signal` aborts; resolves true when the full time passed. */
function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (full: boolean): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(full);
    };
    const onAbort = (): void => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
