/**
 * `AnonymousAuthenticator`: the `anonymous` method, which answers no challenge.
 *
 * @module
 */
import type { IAuthenticator } from '@wamp/interfaces';

/** Options of {@link AnonymousAuthenticator}. */
export interface AnonymousOptions {
  /** Identity to announce, if any. */
  authid?: string | undefined;
  /** Role to ask for, if any. */
  authrole?: string | undefined;
}

/** Joins without credentials. A router never challenges `anonymous`; a CHALLENGE for it fails the join. */
export class AnonymousAuthenticator implements IAuthenticator {
  readonly authmethod = 'anonymous';
  readonly authid: string | undefined;
  readonly authrole: string | undefined;

  constructor(options: AnonymousOptions = {}) {
    this.authid = options.authid;
    this.authrole = options.authrole;
  }

  /** @throws {Error} always: `anonymous` has nothing to answer a challenge with. */
  onChallenge(): Promise<string> {
    return Promise.reject(new Error('the router sent a CHALLENGE for authmethod "anonymous", which takes none'));
  }

  onWelcome(): Promise<string | undefined> {
    return Promise.resolve(undefined);
  }
}
