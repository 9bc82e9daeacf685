/**
 * `IAuthenticator`: one client-side authentication method.
 *
 * @module
 */
import type { Challenge } from './challenge.js';
import type { ISession } from './session.js';

/** What an authenticator answers to a CHALLENGE: the signature, and optional AUTHENTICATE.Extra. */
export interface AuthenticateReply {
  readonly signature: string;
  readonly extra?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * One authentication method on the client side (anonymous, ticket, wampcra, cryptosign, scram,
 * or your own). The session puts {@link authmethod}, {@link authid}, {@link authrole} and
 * {@link authextra} into HELLO, calls {@link onChallenge} for each CHALLENGE of this method,
 * and {@link onWelcome} before it reports the session joined.
 */
export interface IAuthenticator {
  /** The method name announced in `HELLO.Details.authmethods`, e.g. `wampcra`. */
  readonly authmethod: string;
  /** The identity to announce (`HELLO.Details.authid`). */
  readonly authid?: string | undefined;
  /** The role to ask for (`HELLO.Details.authrole`). */
  readonly authrole?: string | undefined;
  /** Method-specific HELLO data (`HELLO.Details.authextra`), e.g. cryptosign's `pubkey`. */
  readonly authextra?: Readonly<Record<string, unknown>> | undefined;

  /**
   * Answers a CHALLENGE.
   *
   * @returns the AUTHENTICATE signature (a string), or signature and extra.
   * @throws when the challenge cannot be answered; the session then aborts the join with the
   * error's message.
   */
  onChallenge(session: ISession, challenge: Challenge): Promise<string | AuthenticateReply>;

  /**
   * Checks the router's WELCOME (mutual authentication: a router signature, a SCRAM verifier).
   *
   * @returns `undefined` to accept, or an error message: the session is then aborted with it.
   */
  onWelcome(authextra: Readonly<Record<string, unknown>> | undefined): Promise<string | undefined>;
}
