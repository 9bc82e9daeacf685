/**
 * REGISTER (Basic Profile, "Registering and Unregistering").
 *
 * @module
 */
import { MESSAGE_TYPE } from '@wamp/message';
import type { Register } from '@wamp/message';
import type { SessionPeer } from '../session-peer.js';
import { checkAuthorized, checkPolicies, checkUri, replyWithError } from './request-checks.js';

/** Registers a procedure for the session, after the request ID, policy, URI and permission checks. */
export function handleRegister(session: SessionPeer, msg: Register): void {
  if (!session.acceptRequest('REGISTER', msg.request)) return;
  const refuse = replyWithError(session, MESSAGE_TYPE.REGISTER, msg.request);
  const policies = checkPolicies(msg.options, refuse);
  if (policies === undefined) return;
  if (!checkUri(session, msg.procedure, 'procedure', true, refuse, policies.match)) return;
  if (!checkAuthorized(session, msg.procedure, 'register', refuse)) return;
  session.realm.dealer.register(session, msg, policies.match, policies.invoke);
}
