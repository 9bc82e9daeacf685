/**
 * Table layouts of the session messages (HELLO, WELCOME, ABORT, CHALLENGE, AUTHENTICATE,
 * GOODBYE) and ERROR, from `session.fbs`.
 *
 * @module
 */
import {
  wamp_proto_Abort as Abort,
  wamp_proto_Authenticate as Authenticate,
  wamp_proto_Challenge as Challenge,
  wamp_proto_Error as ErrorTable,
  wamp_proto_Goodbye as Goodbye,
  wamp_proto_Hello as Hello,
  wamp_proto_Welcome as Welcome,
} from './generated/wamp_generated.js';
import { bytesSlot, field } from './fbs-spec.js';
import type { MessageSpec } from './fbs-spec.js';

/** HELLO `[1, Realm|uri, Details|dict]`. */
export const HELLO: MessageSpec = {
  type: 1,
  name: 'HELLO',
  length: 3,
  dict: { at: 2, name: 'Details', optional: false },
  drop: ['agent'],
  fields: [
    field(0, 'clientRoles', 'roles', Hello.addRoles, { required: true }),
    field(1, 'string', 1, Hello.addRealm),
    field(2, 'authMethods', 'authmethods', Hello.addAuthmethods, { createVector: Hello.createAuthmethodsVector }),
    field(3, 'string', 'authid', Hello.addAuthid),
    field(4, 'string', 'authrole', Hello.addAuthrole),
    field(5, 'map', 'authextra', Hello.addAuthextra),
    field(6, 'bool', 'resumable', Hello.addResumable),
    field(7, 'u64', 'resume_session', Hello.addResumeSession),
    field(8, 'string', 'resume_token', Hello.addResumeToken),
  ],
  start: Hello.startHello,
  end: Hello.endHello,
};

/** WELCOME `[2, Session|id, Details|dict]`. */
export const WELCOME: MessageSpec = {
  type: 2,
  name: 'WELCOME',
  length: 3,
  dict: { at: 2, name: 'Details', optional: false },
  drop: ['agent'],
  fields: [
    field(0, 'routerRoles', 'roles', Welcome.addRoles, { required: true }),
    field(1, 'u64', 1, Welcome.addSession),
    field(2, 'string', 'realm', Welcome.addRealm, { required: true }),
    field(3, 'string', 'authid', Welcome.addAuthid, { required: true }),
    field(4, 'string', 'authrole', Welcome.addAuthrole, { required: true }),
    field(5, 'authMethod', 'authmethod', Welcome.addAuthmethod),
    field(6, 'string', 'authprovider', Welcome.addAuthprovider),
    field(7, 'map', 'authextra', Welcome.addAuthextra),
    field(8, 'bool', 'resumed', Welcome.addResumed),
    field(9, 'bool', 'resumable', Welcome.addResumable),
    field(10, 'string', 'resume_token', Welcome.addResumeToken),
  ],
  start: Welcome.startWelcome,
  end: Welcome.endWelcome,
};

/** ABORT `[3, Details|dict, Reason|uri]` (no Arguments: the table has no payload). */
export const ABORT: MessageSpec = {
  type: 3,
  name: 'ABORT',
  length: 3,
  dict: { at: 1, name: 'Details', optional: false },
  fields: [
    field(0, 'string', 2, Abort.addReason, { required: true }),
    field(1, 'string', 'message', Abort.addMessage),
  ],
  start: Abort.startAbort,
  end: Abort.endAbort,
};

/** CHALLENGE `[4, AuthMethod|string, Extra|dict]`; `Extra` is one `wamp.Map` (a single string entry). */
export const CHALLENGE: MessageSpec = {
  type: 4,
  name: 'CHALLENGE',
  length: 3,
  fields: [
    field(0, 'authMethod', 1, Challenge.addMethod),
    field(1, 'map', 2, Challenge.addExtra),
  ],
  start: Challenge.startChallenge,
  end: Challenge.endChallenge,
};

/** AUTHENTICATE `[5, Signature|string, Extra|dict]`. */
export const AUTHENTICATE: MessageSpec = {
  type: 5,
  name: 'AUTHENTICATE',
  length: 3,
  fields: [
    field(0, 'string', 1, Authenticate.addSignature, { required: true }),
    field(1, 'map', 2, Authenticate.addExtra),
  ],
  start: Authenticate.startAuthenticate,
  end: Authenticate.endAuthenticate,
};

/** GOODBYE `[6, Details|dict, Reason|uri]`. */
export const GOODBYE: MessageSpec = {
  type: 6,
  name: 'GOODBYE',
  length: 3,
  dict: { at: 1, name: 'Details', optional: false },
  fields: [
    field(0, 'string', 2, Goodbye.addReason, { required: true }),
    field(1, 'string', 'message', Goodbye.addMessage),
    field(2, 'bool', 'resumable', Goodbye.addResumable),
  ],
  start: Goodbye.startGoodbye,
  end: Goodbye.endGoodbye,
};

/** ERROR `[8, REQUEST.Type|int, REQUEST.Request|id, Details|dict, Error|uri, Arguments, ArgumentsKw]`. */
export const ERROR: MessageSpec = {
  type: 8,
  name: 'ERROR',
  length: 5,
  dict: { at: 3, name: 'Details', optional: false },
  payload: { at: 5, payload: bytesSlot(3, ErrorTable.addPayload, ErrorTable.createPayloadVector) },
  fields: [
    field(0, 'requestType', 1, ErrorTable.addRequestType),
    field(1, 'u64', 2, ErrorTable.addRequest),
    field(2, 'string', 4, ErrorTable.addError, { required: true }),
    field(4, 'encAlgo', 'enc_algo', ErrorTable.addEncAlgo),
    field(5, 'encSerializer', 'enc_serializer', ErrorTable.addEncSerializer),
    field(6, 'keyBytes', 'enc_key', ErrorTable.addEncKey, { createVector: ErrorTable.createEncKeyVector }),
  ],
  start: ErrorTable.startError,
  end: ErrorTable.endError,
};
