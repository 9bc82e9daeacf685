/**
 * `SessionOptions`: how a `Session` is set up, and the lifecycle hooks users pass as callbacks.
 *
 * @module
 */
import type { Challenge, CloseDetails, IAuthenticator, IPayloadCodec, SessionDetails } from '@wamp/interfaces';
import type { Session } from './session.js';

/** Lifecycle callbacks. Each runs where Autobahn's `ApplicationSession` calls its hook of the same name. */
export interface SessionHooks {
  /** The transport is open; HELLO has not been sent yet. */
  onConnect?: ((session: Session) => void | Promise<void>) | undefined;
  /** A CHALLENGE no authenticator answers: return the AUTHENTICATE signature. */
  onChallenge?: ((session: Session, challenge: Challenge) => string | Promise<string>) | undefined;
  /** WELCOME arrived: return an error message to abort the join, or `undefined` to accept. */
  onWelcome?: ((session: Session, details: Readonly<Record<string, unknown>>) => string | undefined | Promise<string | undefined>) | undefined;
  /** The session has joined its realm. */
  onJoin?: ((session: Session, details: SessionDetails) => void | Promise<void>) | undefined;
  /** The session has left its realm (GOODBYE, ABORT or transport loss). */
  onLeave?: ((session: Session, details: CloseDetails) => void | Promise<void>) | undefined;
  /** The transport has closed. */
  onDisconnect?: ((session: Session, wasClean: boolean) => void | Promise<void>) | undefined;
  /**
   * User code failed where no caller can be told: an event handler, a hook, an endpoint whose
   * error is not an `ApplicationError` (the caller gets `wamp.error.runtime_error`).
   * @default logs to `console.error`
   */
  onUserError?: ((error: unknown, message: string) => void) | undefined;
}

/** Options of `new Session(options)`. */
export interface SessionOptions extends SessionHooks {
  /** The realm `join()` uses when none is given. */
  realm?: string | undefined;
  /** Authentication methods, in order of preference. @default anonymous */
  authenticators?: readonly IAuthenticator[] | undefined;
  /** Codec for application payloads (end-to-end encryption). */
  payloadCodec?: IPayloadCodec | undefined;
  /** Application data for hooks (`session.config.extra`). */
  extra?: unknown;
  /** Milliseconds `leave()` waits for the router's GOODBYE before dropping the transport. @default 10000 */
  leaveTimeout?: number | undefined;
  /** Close the transport when the session leaves its realm, as Autobahn's default `onLeave` does. @default true */
  disconnectOnLeave?: boolean | undefined;
}
