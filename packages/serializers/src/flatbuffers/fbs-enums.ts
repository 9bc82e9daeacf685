/**
 * WAMP option strings ⇄ the enums of the WAMP-FlatBuffers schema.
 *
 * @module
 */
import {
  wamp_proto_AuthMethod as AuthMethod,
  wamp_proto_CancelMode as CancelMode,
  wamp_proto_InvocationPolicy as InvocationPolicy,
  wamp_proto_Match as Match,
  wamp_proto_MessageType as MessageType,
  wamp_proto_Payload as Payload,
  wamp_proto_Serializer as Serializer,
} from './generated/wamp_generated.js';

/** A two-way mapping between WAMP strings and one enum's values. */
export interface EnumMap {
  readonly name: string;
  readonly toWire: ReadonlyMap<unknown, number>;
  readonly fromWire: ReadonlyMap<number, unknown>;
}

function enumMap(name: string, pairs: ReadonlyArray<readonly [unknown, number]>): EnumMap {
  return { name, toWire: new Map(pairs), fromWire: new Map(pairs.map(([w, v]) => [v, w])) };
}

/** SUBSCRIBE/REGISTER `match`. */
export const MATCH = enumMap('match policy', [
  ['exact', Match.EXACT],
  ['prefix', Match.PREFIX],
  ['wildcard', Match.WILDCARD],
]);

/** REGISTER `invoke` (shared registrations). */
export const INVOKE = enumMap('invocation policy', [
  ['single', InvocationPolicy.SINGLE],
  ['first', InvocationPolicy.FIRST],
  ['last', InvocationPolicy.LAST],
  ['roundrobin', InvocationPolicy.ROUNDROBIN],
  ['random', InvocationPolicy.RANDOM],
]);

/**
 * CANCEL and INTERRUPT `mode`. The schema names SKIP, ABORT and KILL; WAMP's `killnowait` (the
 * call ends at once, without waiting for the callee) is its ABORT.
 */
export const CANCEL_MODE = enumMap('cancel mode', [
  ['skip', CancelMode.SKIP],
  ['killnowait', CancelMode.ABORT],
  ['kill', CancelMode.KILL],
]);

/** HELLO `authmethods`, WELCOME `authmethod`, CHALLENGE `AuthMethod` (Autobahn's names). */
export const AUTH_METHOD = enumMap('authentication method', [
  ['anonymous', AuthMethod.ANONYMOUS],
  ['cookie', AuthMethod.COOKIE],
  ['tls', AuthMethod.TLS],
  ['ticket', AuthMethod.TICKET],
  ['wampcra', AuthMethod.CRA],
  ['scram', AuthMethod.SCRAM],
  ['cryptosign', AuthMethod.CRYPTOSIGN],
]);

/** Payload passthru `enc_algo`: the schema's `Payload` enum knows only Cryptobox. */
export const ENC_ALGO = enumMap('enc_algo', [['cryptobox', Payload.CRYPTOBOX]]);

/** Payload passthru `enc_serializer`. */
export const ENC_SERIALIZER = enumMap('enc_serializer', [
  ['json', Serializer.JSON],
  ['msgpack', Serializer.MSGPACK],
  ['cbor', Serializer.CBOR],
  ['ubjson', Serializer.UBJSON],
  ['opaque', Serializer.OPAQUE],
  ['flatbuffers', Serializer.FLATBUFFERS],
]);

/** ERROR `REQUEST.Type`: the codes of the schema's `MessageType` enum. */
export const REQUEST_TYPE = enumMap(
  'message type',
  Object.values(MessageType)
    .filter((v): v is number => typeof v === 'number' && v !== MessageType.NULL)
    .map((v) => [v, v] as const),
);
