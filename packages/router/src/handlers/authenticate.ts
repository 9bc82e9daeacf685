/**
 * AUTHENTICATE (Advanced Profile, "Authentication").
 *
 * @module
 */
import type { Authenticate } from '@wamp/message';
import type { LifecycleSession } from '../session-context.js';
import { runStep } from './join-outcome.js';

/** Hands the client's answer to the pending CHALLENGE; AUTHENTICATE without one is a protocol violation. */
export async function handleAuthenticate(session: LifecycleSession, msg: Authenticate): Promise<void> {
  const join = session.join;
  const challenge = join?.challenge;
  if (session.state !== 'challenged' || join === undefined || challenge === undefined) {
    const established = session.state === 'established' || session.state === 'closing';
    session.violation(established ? 'AUTHENTICATE after the session was established' : 'AUTHENTICATE without a pending CHALLENGE');
    return;
  }
  join.challenge = undefined;
  session.setState('joining');
  await runStep(session, () => challenge.authenticate(msg.signature, msg.extra));
}
