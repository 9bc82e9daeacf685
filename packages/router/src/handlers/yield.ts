/**
 * YIELD (Basic Profile, "Calling and Invocations").
 *
 * @module
 */
import type { Yield } from '@wamp/message';
import type { SessionPeer } from '../session-peer.js';

/** Hands a callee's result to the dealer; a YIELD for no pending INVOCATION is a protocol violation. */
export function handleYield(session: SessionPeer, msg: Yield): void {
  if (!session.realm.dealer.yield(session, msg)) {
    session.violation(`YIELD for INVOCATION request ${msg.request}, which is not pending`);
  }
}
