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

/**
 * A CALL whose request ID was used before: the next chunk of a progressive call invocation in
 * flight, a late chunk of one that ended (discarded, as the spec allows), or a protocol violation.
 */
function continueCall(session: SessionPeer, msg: Call): void {
  const pending = session.calls.get(msg.request);
  if (pending === undefined) {
    // The call completed (or was canceled) while the caller was still streaming: drop the chunk.
    if (session.supports('caller', 'progressive_call_invocations')) return;
    session.acceptRequest('CALL', msg.request); // reports the out-of-sequence ID
    return;
  }
  if (pending.inputOpen !== true) return session.violation(`CALL.Request ${msg.request} is a call in flight that is not a progressive call invocation`);
  if (pending.procedure !== msg.procedure) {
    return session.violation(`CALL.Request ${msg.request} continues a progressive call to ${pending.procedure}, but names ${msg.procedure}`);
  }
  session.realm.dealer.continueCall(pending, msg);
}

/** Routes a call, after the request ID, URI and permission checks. */
export function handleCall(session: SessionPeer, msg: Call): void {
  if (session.isPastRequest(msg.request)) return continueCall(session, msg);
  if (!session.acceptRequest('CALL', msg.request)) return;
  // Progressive call invocations (Advanced Profile): a caller that did not announce them must not send one.
  if (msg.options.progress === true && !session.supports('caller', 'progressive_call_invocations')) {
    return session.violation('CALL with progress: true from a caller that did not announce progressive_call_invocations');
  }
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
