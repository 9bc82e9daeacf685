/**
 * UNSUBSCRIBE (Basic Profile, "Subscribing and Unsubscribing").
 *
 * @module
 */
import type { Unsubscribe } from '@wamp/message';
import type { SessionPeer } from '../session-peer.js';

/** Ends one of the session's subscriptions. */
export function handleUnsubscribe(session: SessionPeer, msg: Unsubscribe): void {
  if (!session.acceptRequest('UNSUBSCRIBE', msg.request)) return;
  session.realm.broker.unsubscribe(session, msg);
}
