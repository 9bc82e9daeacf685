/**
 * Every WAMP message type the WAMP-FlatBuffers schema has a table for, by type code.
 *
 * @module
 */
import type { MessageSpec } from './fbs-spec.js';
import { EVENT, PUBLISH, PUBLISHED, SUBSCRIBE, SUBSCRIBED, UNSUBSCRIBE, UNSUBSCRIBED } from './fbs-specs-pubsub.js';
import {
  CALL,
  CANCEL,
  INTERRUPT,
  INVOCATION,
  REGISTER,
  REGISTERED,
  RESULT,
  UNREGISTER,
  UNREGISTERED,
  YIELD,
} from './fbs-specs-rpc.js';
import { ABORT, AUTHENTICATE, CHALLENGE, ERROR, GOODBYE, HELLO, WELCOME } from './fbs-specs-session.js';

/** Type code → table layout, for the 24 message types of WAMP's Basic and Advanced Profiles. */
export const MESSAGE_SPECS: ReadonlyMap<number, MessageSpec> = new Map(
  [
    HELLO, WELCOME, ABORT, CHALLENGE, AUTHENTICATE, GOODBYE, ERROR,
    PUBLISH, PUBLISHED, SUBSCRIBE, SUBSCRIBED, UNSUBSCRIBE, UNSUBSCRIBED, EVENT,
    CALL, CANCEL, RESULT, REGISTER, REGISTERED, UNREGISTER, UNREGISTERED, INVOCATION, INTERRUPT, YIELD,
  ].map((spec) => [spec.type, spec]),
);
