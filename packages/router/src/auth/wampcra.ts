/**
 * WAMP-CRA (Advanced Profile, "Challenge Response Authentication") with static users, plain and
 * salted secrets.
 *
 * @module
 */
import { WAMP_ERROR } from '@wamp/interfaces';
import type { AuthOutcome, RouterAuthMethod } from './auth-method.js';
import { deny, welcome } from './auth-method.js';
import type { WampCraAuthOptions, WampCraUser } from './auth-options.js';
import { randomToken, signWampCraChallenge, timingSafeEqual } from './wampcra-crypto.js';

const FAILED = 'invalid authid or signature';

function hex(base64: string): string {
  let out = '';
  for (const c of atob(base64)) out += c.charCodeAt(0).toString(16).padStart(2, '0');
  return out;
}

/**
 * The WAMP-CRA challenge text: a JSON object with `authid`, `authrole`, `authmethod`,
 * `authprovider`, `nonce`, `timestamp` (ISO 8601 UTC) and `session`, as the spec and Autobahn
 * build it. The client signs this exact text.
 */
export function wampCraChallenge(authid: string, authrole: string, session: number, nonce: string, timestamp: Date): string {
  return JSON.stringify({ authid, authrole, authmethod: 'wampcra', authprovider: 'static', nonce, timestamp: timestamp.toISOString(), session });
}

/**
 * The WAMP-CRA method. A salted user's secret is the PBKDF2-derived key, as Crossbar.io stores it.
 * An unknown authid gets a challenge of the same shape (with a stable made-up salt when any user
 * is salted) and fails like a wrong signature, so the exchange does not reveal which authids exist.
 */
export function wampCraAuth(options: WampCraAuthOptions): RouterAuthMethod {
  const { users } = options;
  const timeout = options.challengeTimeout ?? 60_000;
  const salted = Object.values(users).find((u) => u.salt !== undefined);
  const decoySaltKey = randomToken(32);
  // A salted user's configured secret is already the derived key (as in Crossbar.io's config.json:
  // base64 of PBKDF2(password, salt, iterations, keylen)); the client derives it from the password.
  const keyOf = (user: WampCraUser): Promise<string> => Promise.resolve(user.secret);

  return {
    authmethod: 'wampcra',
    async hello(request): Promise<AuthOutcome> {
      const authid = request.authid;
      if (authid === undefined) return deny(WAMP_ERROR.AUTHENTICATION_FAILED, 'wampcra authentication needs HELLO.Details.authid');
      const user: WampCraUser | undefined = Object.hasOwn(users, authid) ? users[authid] : undefined;
      const authrole = user?.role ?? request.authrole ?? 'user';
      const issued = Date.now();
      const challenge = wampCraChallenge(authid, authrole, request.sessionId, randomToken(24), new Date(issued));
      const extra: Record<string, unknown> = { challenge };
      if (user?.salt !== undefined) {
        Object.assign(extra, { salt: user.salt, iterations: user.iterations ?? 1000, keylen: user.keylen ?? 32 });
      } else if (user === undefined && salted !== undefined) {
        // The made-up salt depends only on the authid (asking twice shows nothing new) and looks
        // like the configured ones (hex of the same length).
        const salt = hex(await signWampCraChallenge(decoySaltKey, authid)).slice(0, salted.salt?.length ?? 16);
        Object.assign(extra, { salt, iterations: salted.iterations ?? 1000, keylen: salted.keylen ?? 32 });
      }
      const expected = await signWampCraChallenge(user === undefined ? randomToken(32) : await keyOf(user), challenge);
      return {
        kind: 'challenge',
        extra,
        async authenticate(signature): Promise<AuthOutcome> {
          const matches = timingSafeEqual(signature, expected);
          if (user === undefined || !matches) return deny(WAMP_ERROR.AUTHENTICATION_FAILED, FAILED);
          if (Date.now() - issued > timeout) return deny(WAMP_ERROR.AUTHENTICATION_FAILED, 'the WAMP-CRA challenge expired');
          return welcome({ authid, authrole: user.role, authmethod: 'wampcra', authprovider: 'static', realm: user.realm });
        },
      };
    },
  };
}
