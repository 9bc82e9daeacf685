/**
 * HELLO (Basic Profile, "Session Establishment").
 *
 * @module
 */
import { WAMP_ERROR } from '@wamp/interfaces';
import { isDict, isUri } from '@wamp/message';
import type { Hello } from '@wamp/message';
import type { LifecycleSession } from '../session-context.js';
import { runStep } from './join-outcome.js';

const CLIENT_ROLES = ['caller', 'callee', 'publisher', 'subscriber'];

// The router checks HELLO itself rather than trusting that every transport parsed it.
function invalidHello(msg: Hello): string | undefined {
  if (!isUri(msg.realm)) return `HELLO.Realm must be a valid WAMP URI, got ${JSON.stringify(msg.realm)}`;
  const details: unknown = msg.details;
  if (!isDict(details)) return 'HELLO.Details must be a dict';
  const roles = details['roles'];
  if (!isDict(roles)) return 'HELLO.Details.roles is required (a dict of the client roles)';
  const named = CLIENT_ROLES.filter((role) => roles[role] !== undefined);
  if (named.length === 0) return `HELLO.Details.roles must name at least one of ${CLIENT_ROLES.join(', ')}`;
  const notDict = named.find((role) => !isDict(roles[role]));
  if (notDict !== undefined) return `HELLO.Details.roles.${notDict} must be a dict`;
  const methods = details['authmethods'];
  if (methods !== undefined && !(Array.isArray(methods) && methods.every((m) => typeof m === 'string'))) {
    return 'HELLO.Details.authmethods must be a list of strings';
  }
  for (const key of ['authid', 'authrole'] as const) {
    if (details[key] !== undefined && typeof details[key] !== 'string') return `HELLO.Details.${key} must be a string`;
  }
  if (details['authextra'] !== undefined && !isDict(details['authextra'])) return 'HELLO.Details.authextra must be a dict';
  return undefined;
}

/**
 * Starts a session: checks the HELLO, picks the first of the client's authmethods the listener
 * offers (ABORT `wamp.error.no_matching_auth_method` when none), and runs it. HELLO is valid
 * only on a connection without a session.
 */
export async function handleHello(session: LifecycleSession, msg: Hello): Promise<void> {
  if (session.state !== 'idle') {
    const when = session.state === 'established' || session.state === 'closing' ? 'after the session was established' : 'while the session is being established';
    session.violation(`HELLO ${when}`);
    return;
  }
  const problem = invalidHello(msg);
  if (problem !== undefined) {
    session.violation(problem);
    return;
  }
  const details = msg.details;
  const method = session.auth.pick(details.authmethods);
  if (method === undefined) {
    const offered = details.authmethods?.join(', ') ?? '';
    session.abort(WAMP_ERROR.NO_MATCHING_AUTH_METHOD, `none of the authmethods [${offered}] is accepted here (accepted: ${session.auth.names.join(', ')})`);
    return;
  }
  const sessionId = session.router.newSessionId();
  session.join = { realm: msg.realm, sessionId, authmethod: method.authmethod, roles: details.roles, challenge: undefined };
  session.setState('joining');
  await runStep(session, () =>
    method.hello({
      realm: msg.realm,
      sessionId,
      authid: details.authid,
      authrole: details.authrole,
      authextra: details.authextra ?? {},
      transportDetails: session.transportDetails,
    }),
  );
}
