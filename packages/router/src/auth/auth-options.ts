/**
 * Options of the built-in authentication methods, shaped after Crossbar.io's static `auth`
 * configuration.
 *
 * @module
 */
import type { ICryptosignKey } from '@wamp/interfaces';
import type { RouterAuthMethod } from './auth-method.js';

/** Anonymous authentication: no credentials; every client gets this identity. */
export interface AnonymousAuthOptions {
  /** The authrole given. @default 'anonymous' */
  role?: string | undefined;
  /** The authid given. @default a random one per session */
  authid?: string | undefined;
  /** Join this realm whatever the client asked for. */
  realm?: string | undefined;
}

/** One ticket principal. */
export interface TicketPrincipal {
  /** The ticket (a shared secret sent in clear: use TLS). */
  ticket: string;
  /** The authrole given. */
  role: string;
  /** Join this realm whatever the client asked for. */
  realm?: string | undefined;
}

/** One cryptosign principal (Crossbar.io's `auth.cryptosign.principals.<authid>`). */
export interface CryptosignPrincipal {
  /** Public keys (32 bytes as hex) that may authenticate as this principal. */
  authorizedKeys: readonly string[];
  /** The authrole given. */
  role: string;
  /** Join this realm whatever the client asked for. */
  realm?: string | undefined;
}

/** WAMP-cryptosign authentication (Advanced Profile, "Cryptosign-based Authentication"). */
export interface CryptosignAuthOptions {
  /** Principals by authid. */
  principals: Readonly<Record<string, CryptosignPrincipal>>;
  /** The router's own key, for router authentication (a client sending `authextra.challenge` gets it signed). */
  routerKey?: ICryptosignKey | undefined;
}

/** Ticket authentication (Advanced Profile, "Ticket-based Authentication"). */
export interface TicketAuthOptions {
  /** Principals by authid. */
  principals: Readonly<Record<string, TicketPrincipal>>;
}

/** One WAMP-CRA user. */
export interface WampCraUser {
  /**
   * The shared secret. For a salted user (with {@link salt}), the derived key as Crossbar.io's
   * config.json holds it: base64 of PBKDF2-HMAC-SHA256(password, salt, iterations, keylen), which
   * the client derives from the password (Autobahn's `derive_key`).
   */
  secret: string;
  /** The authrole given. */
  role: string;
  /** Join this realm whatever the client asked for. */
  realm?: string | undefined;
  /** PBKDF2 salt: makes the secret salted (then {@link iterations} and {@link keylen} are required). */
  salt?: string | undefined;
  /** PBKDF2 iterations. */
  iterations?: number | undefined;
  /** PBKDF2 derived key length in bytes. */
  keylen?: number | undefined;
}

/** WAMP-CRA authentication (Advanced Profile, "Challenge Response Authentication"). */
export interface WampCraAuthOptions {
  /** Users by authid. */
  users: Readonly<Record<string, WampCraUser>>;
  /** How long a challenge stays valid (ms). @default 60000 */
  challengeTimeout?: number | undefined;
}

/**
 * The authentication methods a router (or one listener) offers. Only the methods given are
 * offered; leaving the whole object out offers anonymous only.
 */
export interface AuthOptions {
  /** Offer anonymous authentication (`true` for the defaults). */
  anonymous?: AnonymousAuthOptions | boolean | undefined;
  /** Offer ticket authentication. */
  ticket?: TicketAuthOptions | undefined;
  /** Offer WAMP-CRA authentication. */
  wampcra?: WampCraAuthOptions | undefined;
  /** Offer WAMP-cryptosign authentication. */
  cryptosign?: CryptosignAuthOptions | undefined;
  /** Further methods (e.g. cryptosign from its own package, or a dynamic authenticator). */
  methods?: readonly RouterAuthMethod[] | undefined;
}
