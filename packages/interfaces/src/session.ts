/**
 * `ISession`: a WAMP session, attached to a realm over a transport.
 *
 * @module
 */
import type { CallOptions, Endpoint, RegisterOptions } from './call-options.js';
import type { Challenge } from './challenge.js';
import type { ComponentConfig } from './component-config.js';
import type { Publication, Registration, Subscription } from './handles.js';
import type { IPayloadCodec } from './payload-codec.js';
import type { EventHandler, PublishOptions, SubscribeOptions } from './pubsub-options.js';
import type { CloseDetails, SessionDetails } from './session-details.js';
import type { ITransport } from './transport.js';

/** Options of `ISession.join`: what HELLO asks for. */
export interface JoinOptions {
  /** Authentication methods in order of preference (`authmethods`). @default ['anonymous'] */
  authmethods?: readonly string[] | undefined;
  /** Identity to authenticate as (`authid`). */
  authid?: string | undefined;
  /** Role to ask for (`authrole`). */
  authrole?: string | undefined;
  /** Method-specific data (`authextra`). */
  authextra?: Readonly<Record<string, unknown>> | undefined;
  /** Ask for a resumable session (`resumable`, draft). @default false */
  resumable?: boolean | undefined;
}

/** An object whose methods a session registers or subscribes: method name → URI (relative to a prefix). */
export interface HandlerMap {
  readonly [method: string]: string;
}

/** Options for registering or subscribing the marked methods of an object. */
export interface ObjectHandlerOptions {
  /** Prepended to every URI of the object's map, e.g. `com.example.`. @default '' */
  prefix?: string | undefined;
}

/**
 * A WAMP session: joins a realm over a transport and then calls, registers, publishes and
 * subscribes. It owns no socket: it is handed an open transport.
 *
 * Lifecycle hooks are methods an implementation calls at each step (connect, challenge,
 * welcome, join, leave, disconnect, user error); implementations let users supply them as
 * callbacks.
 */
export interface ISession {
  /** The configuration this session runs with. */
  readonly config: ComponentConfig;

  /** The transport this session runs over, while it has one. */
  readonly transport: ITransport | undefined;

  /** Details of the joined session; `undefined` before WELCOME and after leaving. */
  readonly sessionDetails: SessionDetails | undefined;

  /**
   * Called when user code (an endpoint, an event handler, a hook) throws something the session
   * cannot send back as an ERROR, or when an event handler fails: nothing is swallowed silently.
   */
  onUserError(error: unknown, message: string): void;

  /** Called once the transport is open, before HELLO. */
  onConnect(): void | Promise<void>;

  /**
   * Sends HELLO for `realm` and resolves when the session is established (WELCOME).
   *
   * @throws {ApplicationError} with the ABORT reason (e.g. `wamp.error.no_such_realm`,
   * `wamp.error.authentication_failed`) when the router refuses.
   * @throws {TransportLost} when the transport goes before WELCOME.
   */
  join(realm: string, options?: JoinOptions): Promise<SessionDetails>;

  /**
   * Answers a CHALLENGE.
   *
   * @returns the AUTHENTICATE signature.
   */
  onChallenge(challenge: Challenge): Promise<string>;

  /**
   * Called with WELCOME's details before the session counts as joined.
   *
   * @returns `undefined` to accept, or an error message to abort the session with.
   */
  onWelcome(details: Readonly<Record<string, unknown>>): Promise<string | undefined>;

  /** Called when the session has joined the realm. */
  onJoin(details: SessionDetails): void | Promise<void>;

  /**
   * Sends GOODBYE and resolves with the close details when the router answers.
   *
   * @param reason - close reason URI. @default 'wamp.close.normal'
   * @throws {SessionNotReady} when the session is not established.
   */
  leave(reason?: string, message?: string): Promise<CloseDetails>;

  /** Called when the session has left the realm (GOODBYE, ABORT, or transport loss). */
  onLeave(details: CloseDetails): void | Promise<void>;

  /** Closes the transport (after leaving, or abruptly when still joined). */
  disconnect(): void;

  /** Called when the transport has closed. */
  onDisconnect(wasClean: boolean): void | Promise<void>;

  /** True while the session has an open transport. */
  isConnected(): boolean;

  /** True while the session is joined to a realm. */
  isAttached(): boolean;

  /** Sets (or clears with `undefined`) the codec for application payloads. */
  setPayloadCodec(codec: IPayloadCodec | undefined): void;

  /** The codec for application payloads, if one is set. */
  getPayloadCodec(): IPayloadCodec | undefined;

  /**
   * Maps an error URI to an error class: an incoming ERROR with that URI rejects with an
   * instance of it, and throwing an instance from an endpoint sends that URI.
   *
   * @param errorClass - constructed as `new errorClass(init)` with `ApplicationErrorInit`.
   * @param uri - the error URI; defaults to the class's static `uri` property.
   */
  define(errorClass: abstract new (...args: never[]) => Error, uri?: string): void;

  /**
   * Calls a procedure.
   *
   * @returns the single positional result as-is; a `CallResult` when there are several
   * positional results or keyword results; `undefined` when there is none.
   * @throws {ApplicationError} (or a class registered with {@link define}) with the ERROR's URI.
   * @throws {TransportLost} when the transport goes before the result.
   * @throws {SessionNotReady} when the session is not established.
   */
  call(procedure: string, args?: readonly unknown[], kwargs?: Readonly<Record<string, unknown>>, options?: CallOptions): Promise<unknown>;

  /**
   * Registers an endpoint for a procedure, or every method of `object` listed in its handler
   * map (one `Registration` per method).
   *
   * @throws {ApplicationError} e.g. `wamp.error.procedure_already_exists`, `wamp.error.not_authorized`.
   */
  register(procedure: string, endpoint: Endpoint, options?: RegisterOptions): Promise<Registration>;
  register(object: object, handlers: HandlerMap, options?: RegisterOptions & ObjectHandlerOptions): Promise<Registration[]>;

  /**
   * Publishes an event.
   *
   * @returns a `Publication` when `acknowledge` is set; otherwise `undefined` once sent.
   * @throws {ApplicationError} (with `acknowledge`) e.g. `wamp.error.not_authorized`.
   */
  publish(
    topic: string,
    args?: readonly unknown[],
    kwargs?: Readonly<Record<string, unknown>>,
    options?: PublishOptions,
  ): Promise<Publication | undefined>;

  /**
   * Subscribes a handler to a topic, or every method of `object` listed in its handler map
   * (one `Subscription` per method).
   *
   * @throws {ApplicationError} e.g. `wamp.error.not_authorized`, `wamp.error.invalid_uri`.
   */
  subscribe(topic: string, handler: EventHandler, options?: SubscribeOptions): Promise<Subscription>;
  subscribe(object: object, handlers: HandlerMap, options?: SubscribeOptions & ObjectHandlerOptions): Promise<Subscription[]>;
}
