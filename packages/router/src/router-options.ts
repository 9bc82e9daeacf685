/**
 * Options of the {@link Router}: realms, roles and permissions, authentication, logging.
 *
 * @module
 */
import type { AuthOptions } from './auth/auth-options.js';

/** What a permission allows; a missing action is denied. */
export interface PermissionAllow {
  /** May call matching procedures. */
  call?: boolean | undefined;
  /** May register matching procedures. */
  register?: boolean | undefined;
  /** May publish to matching topics. */
  publish?: boolean | undefined;
  /** May subscribe to matching topics. */
  subscribe?: boolean | undefined;
}

/** One permission rule of a role (Crossbar.io's `permissions` item). */
export interface PermissionOptions {
  /**
   * The URI, prefix or wildcard pattern the rule covers. Without {@link match}, Crossbar.io's
   * starred form applies: `com.example.*` is a prefix, `*` everything, `com.*.create` a wildcard.
   */
  uri: string;
  /** How {@link uri} matches: exact URI, string prefix, or wildcard (empty components match any one). */
  match?: 'exact' | 'prefix' | 'wildcard' | undefined;
  /** The actions allowed on matching URIs. @default all denied */
  allow?: PermissionAllow | undefined;
  /**
   * Crossbar.io's caller/publisher disclosure policy. Accepted and kept for caller and publisher
   * identification (Advanced Profile); the basic-profile router discloses nothing.
   */
  disclose?: { caller?: boolean | undefined; publisher?: boolean | undefined } | undefined;
}

/** A role of a realm and its permissions. When several rules match a URI, the most specific wins. */
export interface RoleOptions {
  /** The role name, the `authrole` sessions are given. */
  name: string;
  /** The rules; a URI no rule matches is denied. @default [] */
  permissions?: readonly PermissionOptions[] | undefined;
}

/** One realm of the router. */
export interface RealmOptions {
  /** The realm name (a WAMP URI). */
  name: string;
  /**
   * The roles sessions may have on this realm. When given, a session whose authrole is not
   * listed is refused with ABORT `wamp.error.no_such_role`, and every action needs a permission.
   * When left out, every role may do everything (a development router).
   */
  roles?: readonly RoleOptions[] | undefined;
  /**
   * How URIs in requests are checked: `loose` (the spec's MUST rule) or `strict` (components of
   * lower-case letters, digits and `_` only). A bad URI is answered with ERROR `wamp.error.invalid_uri`.
   * @default 'loose'
   */
  uriCheck?: 'loose' | 'strict' | undefined;
}

/** Where the router reports what happens. */
export interface RouterLog {
  /**
   * Receives one entry. `info`: sessions joining and leaving, listeners; `warn`: a client's
   * protocol violation, a denied request that could not be reported to the client, a message
   * that could not be delivered; `error`: a failure inside the router.
   */
  (level: 'info' | 'warn' | 'error', message: string, error?: unknown): void;
}

/** Options of `new Router(options)`. */
export interface RouterOptions {
  /** The realms. A HELLO for any other realm is refused with ABORT `wamp.error.no_such_realm`. */
  realms: readonly RealmOptions[];
  /**
   * How sessions authenticate, unless a listener sets its own (`router.listen(fn, { auth })`).
   * @default anonymous only, with authrole `anonymous`
   */
  auth?: AuthOptions | undefined;
  /** The `agent` announced in WELCOME.Details. @default '@wamp/router' */
  agent?: string | undefined;
  /** Receives log entries. @default errors to `console.error`, nothing else */
  log?: RouterLog | undefined;
}

/** Options of {@link Router.close}. */
export interface RouterCloseOptions {
  /** How long to wait for sessions to answer GOODBYE before their transports are closed (ms). @default 2000 */
  timeout?: number | undefined;
}
