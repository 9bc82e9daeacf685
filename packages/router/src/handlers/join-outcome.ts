/**
 * Where an authentication step leads: WELCOME, CHALLENGE or ABORT (Advanced Profile, "Authentication").
 *
 * @module
 */
import { WAMP_ERROR } from '@wamp/interfaces';
import { Challenge } from '@wamp/message';
import type { AuthOutcome } from '../auth/auth-method.js';
import type { LifecycleSession } from '../session-context.js';

/**
 * Acts on `outcome` for a session in state `joining`: denies with ABORT, challenges with
 * CHALLENGE, or welcomes — after checking the realm exists (`wamp.error.no_such_realm`) and has
 * the granted role (`wamp.error.no_such_role`). Does nothing when the connection moved on
 * meanwhile (closed while authentication ran).
 */
export function continueJoin(session: LifecycleSession, outcome: AuthOutcome): void {
  const join = session.join;
  if (session.state !== 'joining' || join === undefined) return;
  switch (outcome.kind) {
    case 'deny':
      session.abort(outcome.reason, outcome.message);
      return;
    case 'challenge':
      join.challenge = outcome;
      session.setState('challenged');
      session.send(new Challenge({ authMethod: join.authmethod, extra: { ...outcome.extra } }));
      return;
    case 'welcome': {
      const identity = outcome.identity;
      const name = identity.realm ?? join.realm;
      const realm = session.router.realm(name);
      if (realm === undefined) {
        session.abort(WAMP_ERROR.NO_SUCH_REALM, `no realm ${name} on this router`);
        return;
      }
      if (!realm.authorizer.hasRole(identity.authrole)) {
        session.abort(WAMP_ERROR.NO_SUCH_ROLE, `realm ${name} has no role ${identity.authrole}`);
        return;
      }
      session.welcome(realm, join.sessionId, identity);
    }
  }
}

/** Runs one authentication step; a method that throws denies with `wamp.error.authentication_failed` (and is logged). */
export async function runStep(session: LifecycleSession, step: () => Promise<AuthOutcome>): Promise<void> {
  let outcome: AuthOutcome;
  try {
    outcome = await step();
  } catch (error) {
    session.router.log('error', `authentication method ${session.join?.authmethod ?? '?'} failed`, error);
    outcome = { kind: 'deny', reason: WAMP_ERROR.AUTHENTICATION_FAILED, message: 'authentication failed' };
  }
  try {
    continueJoin(session, outcome);
  } catch (error) {
    session.router.log('error', 'joining a session failed', error);
    session.abort(WAMP_ERROR.AUTHENTICATION_FAILED, 'authentication failed');
  }
}
