/**
 * CANCEL (Advanced Profile, "Call Canceling").
 *
 * @module
 */
import type { Cancel } from '@wamp/message';
import type { SessionPeer } from '../session-peer.js';

/** Hands a caller's CANCEL to the dealer (a CANCEL for a call that already ended is ignored). */
export function handleCancel(session: SessionPeer, msg: Cancel): void {
  session.realm.dealer.cancel(session, msg);
}
