/**
 * `Router`: the embedded WAMP router.
 *
 * @module
 */
import type { ITransportHandler, ITransportListener, TransportHandlerFactory } from '@wamp/interfaces';
import { WAMP_CLOSE } from '@wamp/interfaces';
import type { AuthOptions } from './auth/auth-options.js';
import { AuthMethods } from './auth/auth-methods.js';
import { startListeners } from './config-listeners.js';
import type { RouterFromConfigOptions } from './config-listeners.js';
import type { RouterConfig } from './config-types.js';
import { uniqueRandomId } from './id.js';
import { Realm } from './realm.js';
import type { RouterCloseOptions, RouterLog, RouterOptions } from './router-options.js';
import { RouterSession } from './router-session.js';
import type { RouterContext } from './session-context.js';

/** Options of {@link Router.createHandler}. */
export interface HandlerOptions {
  /** The authentication methods this connection offers. @default the router's `auth` */
  auth?: AuthOptions | undefined;
}

/**
 * The options of {@link Router.listen}: the listen function's own options without
 * `handlerFactory` (the router supplies it), plus the authentication methods of this listener.
 */
export type ListenOptions<O> = Omit<O, 'handlerFactory'> & HandlerOptions;

const defaultLog: RouterLog = (level, message, error) => {
  if (level === 'error') console.error(`@wamp/router: ${message}`, error ?? '');
};

/**
 * An embedded WAMP router (Basic Profile): realms, a dealer and a broker per realm, anonymous,
 * ticket and WAMP-CRA authentication, and role-based authorization. It never imports a transport
 * or serializer: hand it the accepting side of a transport through {@link listen}, or wire
 * {@link createHandler} to any transport yourself.
 *
 * @example
 * ```ts
 * const router = new Router({ realms: [{ name: 'realm1' }] });
 * // listenWebSocket comes from the WebSocket transport package (its `server` subpath),
 * // JsonSerializer from the serializers package.
 * const listener = await router.listen(listenWebSocket, { port: 8080, path: '/ws', serializers: [new JsonSerializer()] });
 * console.log(listener.address.url); // ws://127.0.0.1:8080/ws
 * await router.close(); // GOODBYE wamp.close.system_shutdown to every session, listeners closed
 * ```
 */
export class Router {
  readonly #log: RouterLog;
  readonly #realms = new Map<string, Realm>();
  readonly #auth: AuthMethods;
  readonly #connections = new Set<RouterSession>();
  readonly #sessionIds = new Set<number>();
  readonly #listeners = new Set<ITransportListener>();
  #closing: Promise<void> | undefined = undefined;
  #drained: (() => void) | undefined = undefined;
  readonly #context: RouterContext;

  /**
   * Creates a router with its realms and default authentication; it serves connections handed to
   * it through {@link listen} or {@link createHandler}.
   *
   * @throws {TypeError} for a realm name that is not a URI, a realm given twice, or invalid
   * authentication options (a WAMP-CRA user with only part of salt, iterations and keylen).
   */
  constructor(options: RouterOptions) {
    for (const realm of options.realms) {
      if (this.#realms.has(realm.name)) throw new TypeError(`Router: realm ${realm.name} is given twice`);
      this.#realms.set(realm.name, new Realm(realm));
    }
    this.#auth = new AuthMethods(options.auth);
    this.#log = options.log ?? defaultLog;
    const agent = options.agent ?? '@wamp/router';
    const realms = this.#realms;
    const sessionIds = this.#sessionIds;
    const connections = this.#connections;
    const isClosing = (): boolean => this.closing;
    // What connections see of the router; kept off the public API.
    this.#context = {
      agent,
      log: this.#log,
      get closing() {
        return isClosing();
      },
      realm: (name) => realms.get(name),
      newSessionId: () => {
        const id = uniqueRandomId(sessionIds);
        sessionIds.add(id);
        return id;
      },
      releaseSessionId: (id) => void sessionIds.delete(id),
      forget: (connection) => {
        connections.delete(connection as RouterSession);
        if (connections.size === 0) this.#drained?.();
      },
    };
  }

  /**
   * Starts a router from a configuration loaded with {@link loadRouterConfig}: its realms, and one
   * listener per configured transport through the listen functions and serializers given.
   *
   * @throws {TypeError} when the configuration needs something `options` does not provide (a
   * listen function, a serializer, `readFile` for TLS files, a cryptosign method). Listeners
   * already started are closed again before it throws.
   */
  static async fromConfig(config: RouterConfig, options: RouterFromConfigOptions): Promise<Router> {
    const router = new Router({ realms: config.realms, agent: options.agent, log: options.log });
    try {
      await startListeners(router.listen.bind(router), config.transports, options);
    } catch (error) {
      await router.close({ timeout: 0 });
      throw error;
    }
    return router;
  }

  /** True once {@link close} was called. */
  get closing(): boolean {
    return this.#closing !== undefined;
  }

  /** The listeners started with {@link listen} (and by {@link fromConfig}) that are still running. */
  get listeners(): readonly ITransportListener[] {
    return [...this.#listeners];
  }

  /** The names of the realms. */
  get realmNames(): readonly string[] {
    return [...this.#realms.keys()];
  }

  /** Number of established sessions, over all realms. */
  get sessionCount(): number {
    let n = 0;
    for (const realm of this.#realms.values()) n += realm.sessions.size;
    return n;
  }

  /**
   * Creates the WAMP protocol of one connection: hand it to a transport as its
   * `ITransportHandler` (a transport listener calls this through its `handlerFactory`).
   *
   * @throws {TypeError} for invalid `options.auth`.
   */
  createHandler(options?: HandlerOptions): ITransportHandler {
    return this.#createSession(options?.auth === undefined ? this.#auth : new AuthMethods(options.auth));
  }

  #createSession(auth: AuthMethods): RouterSession {
    const session = new RouterSession(this.#context, auth);
    this.#connections.add(session);
    return session;
  }

  /**
   * Starts a transport listener for this router: calls `listen({ ...options, handlerFactory })`
   * and keeps the listener, which {@link close} closes. `options.auth` sets the authentication
   * methods of this listener's connections.
   *
   * @throws {TypeError} when the router is closing, or for invalid `options.auth`; rejects with
   * whatever `listen` rejects with.
   */
  async listen<O extends { handlerFactory: TransportHandlerFactory }>(
    listen: (options: O) => Promise<ITransportListener>,
    options: ListenOptions<O>,
  ): Promise<ITransportListener> {
    if (this.closing) throw new TypeError('Router.listen: the router is closing');
    const { auth, ...rest } = options;
    const methods = auth === undefined ? this.#auth : new AuthMethods(auth);
    const handlerFactory: TransportHandlerFactory = () => this.#createSession(methods);
    const listener = await listen({ ...rest, handlerFactory } as unknown as O);
    if (this.closing) {
      await listener.close();
      throw new TypeError('Router.listen: the router closed while the listener started');
    }
    this.#listeners.add(listener);
    this.#log('info', `listening on ${listener.address.url}`);
    return listener;
  }

  /**
   * Shuts the router down: every established session gets GOODBYE `wamp.close.system_shutdown`
   * and its transport is closed once it answers (or after `options.timeout`), other connections
   * are closed at once, then every listener is closed. Calling it again returns the same promise.
   */
  close(options?: RouterCloseOptions): Promise<void> {
    return (this.#closing ??= this.#shutdown(options?.timeout ?? 2000));
  }

  async #shutdown(timeout: number): Promise<void> {
    for (const connection of [...this.#connections]) connection.shutdown(WAMP_CLOSE.SYSTEM_SHUTDOWN);
    if (this.#connections.size > 0) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await new Promise<void>((resolve) => {
        this.#drained = resolve;
        timer = setTimeout(resolve, timeout);
        (timer as { unref?: () => void }).unref?.();
      });
      clearTimeout(timer);
      this.#drained = undefined;
      for (const connection of [...this.#connections]) connection.forceClose();
    }
    const listeners = [...this.#listeners];
    this.#listeners.clear();
    await Promise.all(listeners.map((listener) => listener.close()));
  }
}
