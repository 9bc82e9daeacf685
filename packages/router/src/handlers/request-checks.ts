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
import type { SessionPeer } from '../session-peer.js';

/** What a failed check does: send the ERROR, or (for a PUBLISH without acknowledge) only log it. */
export type Refuse = (error: string, message: string) => void;

/** A {@link Refuse} that answers `request` of `requestType` with ERROR. */
export function replyWithError(session: SessionPeer, requestType: number, request: number): Refuse {
  return (error, message) => void session.send(errorReply(requestType, request, error, message));
}

/** Checks `uri` against the realm's URI rules; `reserved` also refuses the router's `wamp.` prefix. */
export function checkUri(session: SessionPeer, uri: string, what: string, reserved: boolean, refuse: Refuse): boolean {
  if (!session.realm.isValidUri(uri)) {
    refuse(WAMP_ERROR.INVALID_URI, `${what} ${JSON.stringify(uri)} is not a valid URI on realm ${session.realm.name}`);
    return false;
  }
  if (reserved && uri.startsWith('wamp.')) {
    refuse(WAMP_ERROR.INVALID_URI, `${what} ${uri}: the wamp. prefix is reserved for the router`);
    return false;
  }
  return true;
}

/**
 * Refuses the Advanced Profile's pattern-based matching and shared registration, which this
 * router does not announce, with `wamp.error.option_not_allowed`.
 */
export function checkPolicies(options: Readonly<Record<string, unknown>>, refuse: Refuse): boolean {
  const match = options['match'];
  if (match !== undefined && match !== 'exact') {
    refuse(WAMP_ERROR.OPTION_NOT_ALLOWED, `match ${String(match)} is not supported by this router (pattern-based matching is not announced)`);
    return false;
  }
  const invoke = options['invoke'];
  if (invoke !== undefined && invoke !== 'single') {
    refuse(WAMP_ERROR.OPTION_NOT_ALLOWED, `invoke ${String(invoke)} is not supported by this router (shared registration is not announced)`);
    return false;
  }
  return true;
}

/** Checks the session's role may perform `action` on `uri`; refuses with `wamp.error.not_authorized`. */
export function checkAuthorized(session: SessionPeer, uri: string, action: Action, refuse: Refuse): boolean {
  if (session.realm.authorizer.authorize(session.authrole, uri, action)) return true;
  refuse(WAMP_ERROR.NOT_AUTHORIZED, `session ${session.sessionId} (authrole ${session.authrole}) is not authorized to ${action} ${uri}`);
  return false;
}
