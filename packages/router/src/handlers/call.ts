/**
 * CALL (Basic Profile, "Calling and Invocations").
 *
 * @module
 */
import { MESSAGE_TYPE } from '@wamp/message';
import type { Call } from '@wamp/message';
import type { SessionPeer } from '../session-peer.js';
import { checkAuthorized, checkUri, replyWithError } from './request-checks.js';

const { CALL } = MESSAGE_TYPE;

/** Routes a call, after the request ID, URI and permission checks. */
export function handleCall(session: SessionPeer, msg: Call): void {
  if (!session.acceptRequest('CALL', msg.request)) return;
  // The refusal closure is only built when a check fails: CALL is the hot path.
  if (!session.realm.isValidUri(msg.procedure)) {
    checkUri(session, msg.procedure, 'procedure', false, replyWithError(session, CALL, msg.request));
    return;
  }
  if (!session.realm.authorizer.authorize(session.authrole, msg.procedure, 'call')) {
    checkAuthorized(session, msg.procedure, 'call', replyWithError(session, CALL, msg.request));
    return;
  }
  session.realm.dealer.call(session, msg);
}
