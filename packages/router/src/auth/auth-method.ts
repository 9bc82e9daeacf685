/**
 * `RouterAuthMethod`: the router side of one WAMP authentication method, the plug-in point for
 * methods beyond the built-in anonymous, ticket and WAMP-CRA (cryptosign, dynamic authenticators).
 *
 * @module
 */
import type { TransportDetails } from '@wamp/interfaces';

/** What a client asked for in HELLO, as an authentication method sees it. */
export interface AuthRequest {
  /** The realm the client asked to join. */
  readonly realm: string;
  /** The session ID the session will get once welcomed (WAMP-CRA puts it in its challenge). */
  readonly sessionId: number;
  /** `HELLO.Details.authid`, when given. */
  readonly authid: string | undefined;
  /** `HELLO.Details.authrole`, when given. */
  readonly authrole: string | undefined;
  /** `HELLO.Details.authextra` (`{}` when absent). */
  readonly authextra: Readonly<Record<string, unknown>>;
  /** The transport the client is on (TLS channel id for channel binding, peer address). */
  readonly transportDetails: TransportDetails | undefined;
}

/** The identity an authentication grants, reported in WELCOME.Details. */
export interface AuthIdentity {
  /** The identity authenticated. */
  readonly authid: string;
  /** The role granted; the realm must have it (unless it configures no roles). */
  readonly authrole: string;
  /** The method that authenticated, e.g. `ticket`. */
  readonly authmethod: string;
  /** Who vouched for the identity, e.g. `static` for principals from configuration. */
  readonly authprovider: string;
  /** Method-specific data for WELCOME.Details.authextra. @default {} */
  readonly authextra?: Readonly<Record<string, unknown>> | undefined;
  /** Join this realm instead of the one asked for (Crossbar.io's principal `realm`). */
  readonly realm?: string | undefined;
}

/** Admit the client with this identity. */
export interface AuthWelcome {
  readonly kind: 'welcome';
  readonly identity: AuthIdentity;
}

/** Refuse the client: ABORT with this reason and message. */
export interface AuthDeny {
  readonly kind: 'deny';
  /** An error URI, e.g. `wamp.error.authentication_failed`. */
  readonly reason: string;
  /** Human-readable text for ABORT.Details.message; must not reveal whether the authid exists. */
  readonly message: string;
}

/** Send CHALLENGE with this extra and hand the client's AUTHENTICATE to {@link authenticate}. */
export interface AuthChallenge {
  readonly kind: 'challenge';
  /** CHALLENGE.Extra. */
  readonly extra: Readonly<Record<string, unknown>>;
  /** Checks the AUTHENTICATE answer; may challenge again. */
  authenticate(signature: string, extra: Readonly<Record<string, unknown>>): Promise<AuthOutcome>;
}

/** Where one authentication step leads. */
export type AuthOutcome = AuthWelcome | AuthDeny | AuthChallenge;

/**
 * One authentication method on the router side. The router picks the first method in the
 * client's `HELLO.Details.authmethods` that it offers and hands it the HELLO; the method
 * welcomes, denies, or challenges. A method that throws denies with `wamp.error.authentication_failed`.
 */
export interface RouterAuthMethod {
  /** The method name as in `authmethods`, e.g. `ticket`. */
  readonly authmethod: string;
  /** Starts authenticating a client that sent HELLO. */
  hello(request: AuthRequest): Promise<AuthOutcome>;
}

/** Builds an {@link AuthWelcome}. */
export function welcome(identity: AuthIdentity): AuthWelcome {
  return { kind: 'welcome', identity };
}

/** Builds an {@link AuthDeny}. */
export function deny(reason: string, message: string): AuthDeny {
  return { kind: 'deny', reason, message };
}
