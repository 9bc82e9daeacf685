/**
 * ABORT from a client (Basic Profile, "Session Establishment", "Protocol Errors").
 *
 * @module
 */
import type { LifecycleSession } from '../session-context.js';

/** The client gave up: detach whatever session exists and close the transport, without a reply. */
export function handleAbort(session: LifecycleSession): void {
  if (session.state === 'closed') return;
  session.leave();
  session.setState('closed');
  session.closeTransport();
}
