/**
 * UNREGISTER (Basic Profile, "Registering and Unregistering").
 *
 * @module
 */
import type { Unregister } from '@wamp/message';
import type { SessionPeer } from '../session-peer.js';

/** Ends one of the session's registrations. */
export function handleUnregister(session: SessionPeer, msg: Unregister): void {
  if (!session.acceptRequest('UNREGISTER', msg.request)) return;
  session.realm.dealer.unregister(session, msg);
}
