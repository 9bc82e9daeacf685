/**
 * ERROR from a client (Basic Profile, "Calling and Invocations": the callee's answer to INVOCATION).
 *
 * @module
 */
import { MESSAGE_TYPE } from '@wamp/message';
import type { ErrorMessage } from '@wamp/message';
import type { SessionPeer } from '../session-peer.js';

/**
 * Hands a callee's error to the dealer. A client may send ERROR only for an INVOCATION it has
 * pending; any other request type, or an unknown request, is a protocol violation.
 */
export function handleError(session: SessionPeer, msg: ErrorMessage): void {
  if (msg.requestType !== MESSAGE_TYPE.INVOCATION) {
    session.violation(`ERROR with REQUEST.Type ${msg.requestType}: a client sends ERROR only for INVOCATION (68)`);
    return;
  }
  if (!session.realm.dealer.calleeError(session, msg)) {
    session.violation(`ERROR for INVOCATION request ${msg.request}, which is not pending`);
  }
}
