/**
 * GOODBYE (Basic Profile, "Session Closing").
 *
 * @module
 */
import { WAMP_CLOSE } from '@wamp/interfaces';
import { Goodbye } from '@wamp/message';
import type { LifecycleSession } from '../session-context.js';

/**
 * Ends an established session: detaches it and replies GOODBYE `wamp.close.goodbye_and_out`
 * (never to a GOODBYE that is itself that reply); the connection may then carry a new session.
 * In state `closing` the GOODBYE is the reply to the router's own, and the transport is closed.
 * Before the session is established GOODBYE is a protocol violation.
 */
export function handleGoodbye(session: LifecycleSession, msg: Goodbye): void {
  switch (session.state) {
    case 'established':
      session.leave();
      if (msg.reason !== WAMP_CLOSE.GOODBYE_AND_OUT) session.send(new Goodbye({ details: {}, reason: WAMP_CLOSE.GOODBYE_AND_OUT }));
      session.setState('idle');
      return;
    case 'closing':
      session.setState('closed');
      session.closeTransport();
      return;
    case 'closed':
      return;
    default:
      session.violation('GOODBYE before the session was established');
  }
}
