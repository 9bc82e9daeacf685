/**
 * Checks shared by the request handlers: URI rules, the reserved `wamp.` prefix, match and
 * invocation policies, and authorization. Each answers a failed check with an ERROR that says
 * what was wrong and returns false.
 *
 * @module
 */
import { WAMP_ERROR } from '@wamp/interfaces';
import type { Action } from '../authorizer.js';
import { errorReply } from '../replies.js';
import type { InvokePolicy, MatchPolicy } from '../routing-records.js';
import type { SessionPeer } from '../session-peer.js';

/** What a failed check does: send the ERROR, or (for a PUBLISH without acknowledge) only log it. */
export type Refuse = (error: string, message: string) => void;

/** A {@link Refuse} that answers `request` of `requestType` with ERROR. */
export function replyWithError(session: SessionPeer, requestType: number, request: number): Refuse {
  return (error, message) => void session.send(errorReply(requestType, request, error, message));
}

/**
 * Checks `uri` against the realm's URI rules (with the empty components `match` allows);
 * `reserved` also refuses the router's `wamp.` prefix.
 */
export function checkUri(session: SessionPeer, uri: string, what: string, reserved: boolean, refuse: Refuse, match: MatchPolicy = 'exact'): boolean {
  if (!session.realm.isValidUri(uri, match)) {
    refuse(WAMP_ERROR.INVALID_URI, `${what} ${JSON.stringify(uri)} is not a valid URI${match === 'exact' ? '' : ` for match ${match}`} on realm ${session.realm.name}`);
    return false;
  }
  if (reserved && uri.startsWith('wamp.')) {
    refuse(WAMP_ERROR.INVALID_URI, `${what} ${uri}: the wamp. prefix is reserved for the router`);
    return false;
  }
  return true;
}

const MATCHES: readonly MatchPolicy[] = ['exact', 'prefix', 'wildcard'];
const INVOKES: readonly InvokePolicy[] = ['single', 'roundrobin', 'random', 'first', 'last'];

/**
 * The match policy (pattern-based registration and subscription) and, for REGISTER, the
 * invocation policy (shared registration) of a request; refuses unknown values with
 * `wamp.error.option_not_allowed` and returns undefined.
 */
export function checkPolicies(options: Readonly<Record<string, unknown>>, refuse: Refuse): { match: MatchPolicy; invoke: InvokePolicy } | undefined {
  const match = options['match'] ?? 'exact';
  if (!MATCHES.includes(match as MatchPolicy)) {
    refuse(WAMP_ERROR.OPTION_NOT_ALLOWED, `match must be one of ${MATCHES.join(', ')}, got ${JSON.stringify(match)}`);
    return undefined;
  }
  const invoke = options['invoke'] ?? 'single';
  if (!INVOKES.includes(invoke as InvokePolicy)) {
    refuse(WAMP_ERROR.OPTION_NOT_ALLOWED, `invoke must be one of ${INVOKES.join(', ')}, got ${JSON.stringify(invoke)}`);
    return undefined;
  }
  return { match: match as MatchPolicy, invoke: invoke as InvokePolicy };
}

/** Checks the session's role may perform `action` on `uri`; refuses with `wamp.error.not_authorized`. */
export function checkAuthorized(session: SessionPeer, uri: string, action: Action, refuse: Refuse): boolean {
  if (session.realm.authorizer.authorize(session.authrole, uri, action)) return true;
  refuse(WAMP_ERROR.NOT_AUTHORIZED, `session ${session.sessionId} (authrole ${session.authrole}) is not authorized to ${action} ${uri}`);
  return false;
}
