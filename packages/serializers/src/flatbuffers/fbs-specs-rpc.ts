/**
 * Table layouts of the RPC messages, from `rpc.fbs`. None of these tables has `args` or
 * `kwargs`: the application payload travels in `payload` (see `PayloadSpec`).
 *
 * @module
 */
import {
  wamp_proto_Call as Call,
  wamp_proto_Cancel as Cancel,
  wamp_proto_Interrupt as Interrupt,
  wamp_proto_Invocation as Invocation,
  wamp_proto_Register as Register,
  wamp_proto_Registered as Registered,
  wamp_proto_Result as Result,
  wamp_proto_Unregister as Unregister,
  wamp_proto_Unregistered as Unregistered,
  wamp_proto_Yield as Yield,
} from './generated/wamp_generated.js';
import { bytesSlot, field } from './fbs-spec.js';
import type { MessageSpec } from './fbs-spec.js';

/** CALL `[48, Request|id, Options|dict, Procedure|uri, Arguments, ArgumentsKw]`. */
export const CALL: MessageSpec = {
  type: 48,
  name: 'CALL',
  length: 4,
  dict: { at: 2, name: 'Options', optional: false },
  payload: { at: 4, payload: bytesSlot(2, Call.addPayload, Call.createPayloadVector) },
  fields: [
    field(0, 'u64', 1, Call.addRequest),
    field(1, 'string', 3, Call.addProcedure, { required: true }),
    field(3, 'encAlgo', 'enc_algo', Call.addEncAlgo),
    field(4, 'encSerializer', 'enc_serializer', Call.addEncSerializer),
    field(5, 'keyBytes', 'enc_key', Call.addEncKey, { createVector: Call.createEncKeyVector }),
    field(6, 'u32', 'timeout', Call.addTimeout),
    field(7, 'bool', 'receive_progress', Call.addReceiveProgress),
    field(8, 'string', 'transaction_hash', Call.addTransactionHash),
    field(9, 'u64', 'caller', Call.addCaller),
    field(10, 'string', 'caller_authid', Call.addCallerAuthid),
    field(11, 'string', 'caller_authrole', Call.addCallerAuthrole),
    field(12, 'principals', 'forward_for', Call.addForwardFor),
  ],
  start: Call.startCall,
  end: Call.endCall,
};

/** CANCEL `[49, CALL.Request|id, Options|dict]`. */
export const CANCEL: MessageSpec = {
  type: 49,
  name: 'CANCEL',
  length: 3,
  dict: { at: 2, name: 'Options', optional: false },
  fields: [
    field(0, 'u64', 1, Cancel.addRequest),
    field(1, 'cancelMode', 'mode', Cancel.addMode),
    field(2, 'principals', 'forward_for', Cancel.addForwardFor),
  ],
  start: Cancel.startCancel,
  end: Cancel.endCancel,
};

/** RESULT `[50, CALL.Request|id, Details|dict, Arguments, ArgumentsKw]`. */
export const RESULT: MessageSpec = {
  type: 50,
  name: 'RESULT',
  length: 3,
  dict: { at: 2, name: 'Details', optional: false },
  payload: { at: 3, payload: bytesSlot(1, Result.addPayload, Result.createPayloadVector) },
  fields: [
    field(0, 'u64', 1, Result.addRequest),
    field(2, 'encAlgo', 'enc_algo', Result.addEncAlgo),
    field(3, 'encSerializer', 'enc_serializer', Result.addEncSerializer),
    field(4, 'keyBytes', 'enc_key', Result.addEncKey, { createVector: Result.createEncKeyVector }),
    field(5, 'bool', 'progress', Result.addProgress),
    field(6, 'u64', 'callee', Result.addCallee),
    field(7, 'string', 'callee_authid', Result.addCalleeAuthid),
    field(8, 'string', 'callee_authrole', Result.addCalleeAuthrole),
    field(9, 'principals', 'forward_for', Result.addForwardFor),
  ],
  start: Result.startResult,
  end: Result.endResult,
};

/** REGISTER `[64, Request|id, Options|dict, Procedure|uri]`. */
export const REGISTER: MessageSpec = {
  type: 64,
  name: 'REGISTER',
  length: 4,
  dict: { at: 2, name: 'Options', optional: false },
  fields: [
    field(0, 'u64', 1, Register.addRequest),
    field(1, 'string', 3, Register.addProcedure, { required: true }),
    field(2, 'match', 'match', Register.addMatch),
    field(3, 'invoke', 'invoke', Register.addInvoke),
    field(4, 'u16', 'concurrency', Register.addConcurrency),
    field(5, 'bool', 'force_reregister', Register.addForceReregister),
  ],
  start: Register.startRegister,
  end: Register.endRegister,
};

/** REGISTERED `[65, REGISTER.Request|id, Registration|id]`. */
export const REGISTERED: MessageSpec = {
  type: 65,
  name: 'REGISTERED',
  length: 3,
  fields: [field(0, 'u64', 1, Registered.addRequest), field(1, 'u64', 2, Registered.addRegistration)],
  start: Registered.startRegistered,
  end: Registered.endRegistered,
};

/** UNREGISTER `[66, Request|id, REGISTERED.Registration|id]` (the table has no Options). */
export const UNREGISTER: MessageSpec = {
  type: 66,
  name: 'UNREGISTER',
  length: 3,
  dict: { at: 3, name: 'Options', optional: true },
  fields: [field(0, 'u64', 1, Unregister.addRequest), field(1, 'u64', 2, Unregister.addRegistration)],
  start: Unregister.startUnregister,
  end: Unregister.endUnregister,
};

/** UNREGISTERED `[67, UNREGISTER.Request|id, (Details|dict)]`. */
export const UNREGISTERED: MessageSpec = {
  type: 67,
  name: 'UNREGISTERED',
  length: 2,
  dict: { at: 2, name: 'Details', optional: true },
  fields: [
    field(0, 'u64', 1, Unregistered.addRequest),
    field(1, 'u64', 'registration', Unregistered.addRegistration),
    field(2, 'string', 'reason', Unregistered.addReason),
  ],
  start: Unregistered.startUnregistered,
  end: Unregistered.endUnregistered,
};

/** INVOCATION `[68, Request|id, REGISTERED.Registration|id, Details|dict, Arguments, ArgumentsKw]`. */
export const INVOCATION: MessageSpec = {
  type: 68,
  name: 'INVOCATION',
  length: 4,
  dict: { at: 3, name: 'Details', optional: false },
  payload: { at: 4, payload: bytesSlot(2, Invocation.addPayload, Invocation.createPayloadVector) },
  fields: [
    field(0, 'u64', 1, Invocation.addRequest),
    field(1, 'u64', 2, Invocation.addRegistration),
    field(3, 'encAlgo', 'enc_algo', Invocation.addEncAlgo),
    field(4, 'encSerializer', 'enc_serializer', Invocation.addEncSerializer),
    field(5, 'keyBytes', 'enc_key', Invocation.addEncKey, { createVector: Invocation.createEncKeyVector }),
    field(6, 'string', 'procedure', Invocation.addProcedure),
    field(7, 'u32', 'timeout', Invocation.addTimeout),
    field(8, 'bool', 'receive_progress', Invocation.addReceiveProgress),
    field(9, 'string', 'transaction_hash', Invocation.addTransactionHash),
    field(10, 'u64', 'caller', Invocation.addCaller),
    field(11, 'string', 'caller_authid', Invocation.addCallerAuthid),
    field(12, 'string', 'caller_authrole', Invocation.addCallerAuthrole),
    field(13, 'principals', 'forward_for', Invocation.addForwardFor),
  ],
  start: Invocation.startInvocation,
  end: Invocation.endInvocation,
};

/** INTERRUPT `[69, INVOCATION.Request|id, Options|dict]`. */
export const INTERRUPT: MessageSpec = {
  type: 69,
  name: 'INTERRUPT',
  length: 3,
  dict: { at: 2, name: 'Options', optional: false },
  fields: [
    field(0, 'u64', 1, Interrupt.addRequest),
    field(1, 'cancelMode', 'mode', Interrupt.addMode),
    field(2, 'string', 'reason', Interrupt.addReason),
    field(3, 'principals', 'forward_for', Interrupt.addForwardFor),
  ],
  start: Interrupt.startInterrupt,
  end: Interrupt.endInterrupt,
};

/** YIELD `[70, INVOCATION.Request|id, Options|dict, Arguments, ArgumentsKw]`. */
export const YIELD: MessageSpec = {
  type: 70,
  name: 'YIELD',
  length: 3,
  dict: { at: 2, name: 'Options', optional: false },
  payload: { at: 3, payload: bytesSlot(1, Yield.addPayload, Yield.createPayloadVector) },
  fields: [
    field(0, 'u64', 1, Yield.addRequest),
    field(2, 'encAlgo', 'enc_algo', Yield.addEncAlgo),
    field(3, 'encSerializer', 'enc_serializer', Yield.addEncSerializer),
    field(4, 'keyBytes', 'enc_key', Yield.addEncKey, { createVector: Yield.createEncKeyVector }),
    field(5, 'bool', 'progress', Yield.addProgress),
    field(6, 'u64', 'callee', Yield.addCallee),
    field(7, 'string', 'callee_authid', Yield.addCalleeAuthid),
    field(8, 'string', 'callee_authrole', Yield.addCalleeAuthrole),
    field(9, 'principals', 'forward_for', Yield.addForwardFor),
  ],
  start: Yield.startYield,
  end: Yield.endYield,
};
