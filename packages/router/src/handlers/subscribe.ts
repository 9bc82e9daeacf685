/**
 * SUBSCRIBE (Basic Profile, "Subscribing and Unsubscribing").
 *
 * @module
 */
import { MESSAGE_TYPE } from '@wamp/message';
import type { Subscribe } from '@wamp/message';
import type { SessionPeer } from '../session-peer.js';
import { checkAuthorized, checkPolicies, checkUri, replyWithError } from './request-checks.js';

/**
 * Subscribes the session to a topic, after the request ID, URI, policy and permission checks.
 * `wamp.` topics may be subscribed (the router's meta events live there).
 */
export function handleSubscribe(session: SessionPeer, msg: Subscribe): void {
  if (!session.acceptRequest('SUBSCRIBE', msg.request)) return;
  const refuse = replyWithError(session, MESSAGE_TYPE.SUBSCRIBE, msg.request);
  const policies = checkPolicies({ match: msg.options.match }, refuse);
  if (policies === undefined) return;
  if (!checkUri(session, msg.topic, 'topic', false, refuse, policies.match)) return;
  if (!checkAuthorized(session, msg.topic, 'subscribe', refuse)) return;
  session.realm.broker.subscribe(session, msg, policies.match);
}
