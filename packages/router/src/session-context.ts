/**
 * What the per-connection protocol needs from the router, and what the session lifecycle
 * handlers (HELLO, AUTHENTICATE, GOODBYE, ABORT) need from the per-connection protocol.
 *
 * @module
 */
import type { IMessage, TransportDetails } from '@wamp/interfaces';
import type { AuthChallenge, AuthIdentity } from './auth/auth-method.js';
import type { AuthMethods } from './auth/auth-methods.js';
import type { Realm } from './realm.js';
import type { RouterLog } from './router-options.js';
import type { SessionPeer } from './session-peer.js';

/**
 * The states of one connection's WAMP session (Basic Profile, "Sessions"):
 * `idle` (waiting for HELLO), `joining` (authentication running), `challenged` (CHALLENGE sent,
 * waiting for AUTHENTICATE), `established`, `closing` (GOODBYE sent, waiting for the reply),
 * `closed` (transport closed or closing). After a GOODBYE exchange the connection is `idle`
 * again and may carry a new session.
 */
export type SessionState = 'idle' | 'joining' | 'challenged' | 'established' | 'closing' | 'closed';

/** The router as one connection sees it. */
export interface RouterContext {
  /** The WELCOME.Details.agent. */
  readonly agent: string;
  /** Where to log. */
  readonly log: RouterLog;
  /** The realm named `name`, if the router has it. */
  realm(name: string): Realm | undefined;
  /** True once the router is closing: new connections are turned away. */
  readonly closing: boolean;
  /** A session ID (global scope, random) that no live or joining session has; reserved until released. */
  newSessionId(): number;
  /** Returns a session ID reserved by {@link newSessionId}. */
  releaseSessionId(id: number): void;
  /** Forgets a connection whose transport closed. */
  forget(connection: object): void;
}

/** A join in progress: what HELLO asked for and where authentication stands. */
export interface JoinAttempt {
  readonly realm: string;
  readonly sessionId: number;
  /** The authentication method chosen. */
  readonly authmethod: string;
  /** The client's roles and features from HELLO.Details.roles. */
  readonly roles: Readonly<Record<string, unknown>>;
  /** The challenge awaiting AUTHENTICATE, in state `challenged`. */
  challenge: AuthChallenge | undefined;
}

/** One connection's session, as the lifecycle handlers drive it. */
export interface LifecycleSession {
  readonly router: RouterContext;
  /** The authentication methods the connection's listener offers. */
  readonly auth: AuthMethods;
  readonly transportDetails: TransportDetails | undefined;
  readonly state: SessionState;
  /** The established session, in states `established` and `closing`. */
  readonly established: SessionPeer | undefined;
  /** The join in progress, in states `joining` and `challenged`. */
  join: JoinAttempt | undefined;
  setState(state: SessionState): void;
  /** Sends a lifecycle message; a failure to send is left to the transport's close. */
  send(message: IMessage): void;
  /** Attaches the session to `realm` and sends WELCOME. */
  welcome(realm: Realm, sessionId: number, identity: AuthIdentity): void;
  /** Sends ABORT with `reason` and `message`, then closes the transport. */
  abort(reason: string, message: string): void;
  /** Detaches the established session from its realm (registrations, subscriptions, calls). */
  leave(): void;
  /** Closes the transport (after GOODBYE or ABORT). */
  closeTransport(): void;
  /** Ends the connection with ABORT `wamp.error.protocol_violation` and `message`. */
  violation(message: string): void;
}
