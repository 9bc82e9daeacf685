/**
 * `SessionDetails` and `CloseDetails`: how a session began and how it ended.
 *
 * @module
 */
import type { TransportDetails } from './transport-details.js';

/** What the router granted when the session joined (from WELCOME), handed to `onJoin`. */
export interface SessionDetails {
  /** The realm joined. */
  readonly realm: string;
  /** The session ID the router assigned. */
  readonly session: number;
  /** The authenticated identity. */
  readonly authid: string | undefined;
  /** The role the session was given. */
  readonly authrole: string | undefined;
  /** The authentication method used (`anonymous`, `ticket`, `wampcra`, `cryptosign`, …). */
  readonly authmethod: string | undefined;
  /** Who authenticated the session (`static`, `dynamic`, …). */
  readonly authprovider: string | undefined;
  /** Method-specific data the router returned (WELCOME.Details.authextra). */
  readonly authextra: Readonly<Record<string, unknown>> | undefined;
  /** The serializer id in use, e.g. `json`. */
  readonly serializer: string | undefined;
  /** Details of the transport the session runs over. */
  readonly transport: TransportDetails | undefined;
  /** The router's roles and features (WELCOME.Details.roles). */
  readonly routerRoles: Readonly<Record<string, unknown>>;
  /** True when a previous session was resumed (session resumption draft). */
  readonly resumed: boolean;
  /** True when this session may be resumed later. */
  readonly resumable: boolean;
  /** The token to resume this session with. */
  readonly resumeToken: string | undefined;
}

/** Why a session ended, handed to `onLeave` and resolved by `leave()`. */
export interface CloseDetails {
  /** The close reason URI, e.g. `wamp.close.normal`, or an error URI from ABORT. */
  readonly reason: string;
  /** Human-readable text, when the peer sent one. */
  readonly message: string | undefined;
}
