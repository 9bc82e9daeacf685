/**
 * `WampCraAuthenticator`: WAMP Challenge-Response Authentication, plain and salted.
 *
 * @module
 */
import type { Challenge, IAuthenticator } from '@wamp/interfaces';
import { computeSignature, deriveKey } from './wampcra-crypto.js';

/** Options of {@link WampCraAuthenticator}. */
export interface WampCraOptions {
  /** The identity to authenticate as. */
  authid: string;
  /** The shared secret; for salted users, the password the router's derived key came from. */
  secret: string;
  /** Role to ask for, if any. */
  authrole?: string | undefined;
  /** HELLO `authextra`, if the router wants any. */
  authextra?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Signs the router's challenge string with HMAC-SHA256. When the CHALLENGE carries `salt`
 * (with `iterations` and `keylen`, defaulting to 1000 and 32 as in Autobahn), the key is first
 * derived from the secret with PBKDF2.
 */
export class WampCraAuthenticator implements IAuthenticator {
  readonly authmethod = 'wampcra';
  readonly authid: string;
  readonly authrole: string | undefined;
  readonly authextra: Readonly<Record<string, unknown>> | undefined;
  readonly #secret: string;

  constructor(options: WampCraOptions) {
    if (typeof options?.secret !== 'string') throw new TypeError('WampCraAuthenticator: options.secret must be a string');
    if (typeof options.authid !== 'string') throw new TypeError('WampCraAuthenticator: options.authid must be a string');
    this.authid = options.authid;
    this.authrole = options.authrole;
    this.authextra = options.authextra;
    this.#secret = options.secret;
  }

  /** @throws {Error} when the CHALLENGE lacks a `challenge` string or has malformed salt parameters. */
  async onChallenge(_session: unknown, challenge: Challenge): Promise<string> {
    const text = challenge.extra['challenge'];
    if (typeof text !== 'string') throw new Error('wampcra CHALLENGE.Extra.challenge must be a string');
    const salt = challenge.extra['salt'];
    if (salt === undefined || salt === null) return computeSignature(this.#secret, text);
    if (typeof salt !== 'string') throw new Error('wampcra CHALLENGE.Extra.salt must be a string');
    const iterations = positiveInt(challenge.extra['iterations'], 1000, 'iterations');
    const keylen = positiveInt(challenge.extra['keylen'], 32, 'keylen');
    return computeSignature(await deriveKey(this.#secret, salt, iterations, keylen), text);
  }

  onWelcome(): Promise<string | undefined> {
    return Promise.resolve(undefined);
  }
}

function positiveInt(value: unknown, fallback: number, name: string): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new Error(`wampcra CHALLENGE.Extra.${name} must be a positive integer, got ${String(value)}`);
  }
  return value;
}
