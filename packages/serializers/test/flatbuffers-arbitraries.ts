/** fast-check arbitraries for messages the WAMP-FlatBuffers schema carries: only keys it has fields for. */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { IMessage } from '@wamp/interfaces';
import { wampBytes, wampDict, wampId, wampList, wampString, wampUri } from '@wamp/compliance-tests/arbitraries';
import { ERROR_REQUEST_TYPES, parseMessage } from '@wamp/message';

const opt = <T extends Record<string, Arbitrary<unknown>>>(model: T) =>
  fc.record(model, { requiredKeys: [], noNullPrototype: true }) as Arbitrary<Record<string, unknown>>;
const text = wampString(12);
const nonEmpty = (d: Record<string, unknown>) => Object.keys(d).length > 0;
const texts = fc.array(text, { maxLength: 3 });
const ids = fc.array(wampId(), { maxLength: 3 });
const bool = fc.boolean();
const uint32 = fc.integer({ min: 0, max: 0xffff_ffff });
const authMethod = fc.constantFrom('anonymous', 'cookie', 'tls', 'ticket', 'wampcra', 'scram', 'cryptosign');
const oneEntry = fc.tuple(fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/), fc.option(text, { nil: null })).map(([k, v]) => ({ [k]: v }));

/** Plain payload: none, Arguments, both, or keyword arguments only. */
const plainPayload: Arbitrary<unknown[]> = fc.oneof(
  fc.constant<unknown[]>([]),
  wampList().map((args): unknown[] => [args]),
  fc.tuple(wampList(), wampDict()).map(([a, k]): unknown[] => [a, k]),
  wampDict().map((k): unknown[] => [[], k]),
);

const passthru = opt({ enc_serializer: fc.constantFrom('json', 'msgpack', 'cbor', 'ubjson', 'flatbuffers'), enc_key: text }).map((d) => ({
  ...d,
  enc_algo: 'cryptobox',
}));

/** A dict of known options plus the payload, plain or passthru. */
function withPayload(known: Arbitrary<Record<string, unknown>>): Arbitrary<[Record<string, unknown>, unknown[]]> {
  return fc.oneof(
    fc.tuple(known, plainPayload),
    fc.tuple(known, passthru, fc.option(wampBytes(), { nil: undefined })).map(([d, p, bytes]) => [{ ...d, ...p }, bytes === undefined ? [] : [bytes]] as [Record<string, unknown>, unknown[]]),
  );
}

const features = (names: string[]) => fc.option(opt(Object.fromEntries(names.map((n) => [n, bool]))).filter((f) => Object.keys(f).length > 0), { nil: undefined }).map((f) => (f === undefined ? {} : { features: f }));

const lists: Arbitrary<unknown[]>[] = [
  fc.tuple(wampUri(), opt({ caller: features(['call_timeout', 'call_canceling']), callee: features(['shared_registration']), publisher: features(['publisher_exclusion']), subscriber: features(['pattern_based_subscription']) }).filter(nonEmpty), opt({ authmethods: fc.array(authMethod, { maxLength: 3 }), authid: text, authrole: text, authextra: oneEntry, resumable: bool, resume_session: wampId(), resume_token: text }))
    .map(([realm, roles, d]) => [1, realm, { ...d, roles }]),
  fc.tuple(wampId(), opt({ broker: features(['event_retention', 'session_meta_api']), dealer: features(['call_timeout', 'progressive_call_results']) }).filter(nonEmpty), opt({ authmethod: authMethod, authprovider: text, authextra: oneEntry, resumed: bool, resumable: bool, resume_token: text }), wampUri(), text, text)
    .map(([session, roles, d, realm, authid, authrole]) => [2, session, { ...d, roles, realm, authid, authrole }]),
  fc.tuple(opt({ message: text }), wampUri()).map(([d, reason]) => [3, d, reason]),
  fc.tuple(authMethod, fc.option(oneEntry, { nil: {} })).map(([m, extra]) => [4, m, extra]),
  fc.tuple(text, fc.option(oneEntry, { nil: {} })).map(([sig, extra]) => [5, sig, extra]),
  fc.tuple(opt({ message: text, resumable: bool }), wampUri()).map(([d, reason]) => [6, d, reason]),
  fc.tuple(fc.constantFrom(...ERROR_REQUEST_TYPES), wampId(), withPayload(fc.constant({})), wampUri()).map(([t, r, [d, p], e]) => [8, t, r, d, e, ...p]),
  fc.tuple(wampId(), withPayload(opt({ acknowledge: bool, exclude_me: bool, exclude: ids, exclude_authid: texts, exclude_authrole: texts, eligible: ids, eligible_authid: texts, eligible_authrole: texts, retain: bool, transaction_hash: text })), wampUri())
    .map(([r, [o, p], topic]) => [16, r, o, topic, ...p]),
  fc.tuple(wampId(), wampId()).map(([r, p]) => [17, r, p]),
  fc.tuple(wampId(), opt({ match: fc.constantFrom('exact', 'prefix'), get_retained: bool }), wampUri()).map(([r, o, t]) => [32, r, o, t]),
  fc.tuple(wampId(), wampId()).map(([r, s]) => [33, r, s]),
  fc.tuple(wampId(), wampId()).map(([r, s]) => [34, r, s]),
  fc.tuple(wampId(), fc.option(opt({ subscription: wampId(), reason: wampUri() }).filter((d) => Object.keys(d).length > 0), { nil: undefined })).map(([r, d]) => (d === undefined ? [35, r] : [35, r, d])),
  fc.tuple(wampId(), wampId(), withPayload(opt({ publisher: wampId(), publisher_authid: text, publisher_authrole: text, topic: wampUri(), retained: bool, transaction_hash: text, acknowledge: bool })))
    .map(([s, p, [d, pl]]) => [36, s, p, d, ...pl]),
  fc.tuple(wampId(), withPayload(opt({ timeout: uint32, receive_progress: bool, transaction_hash: text, caller: wampId(), caller_authid: text, caller_authrole: text })), wampUri())
    .map(([r, [o, p], proc]) => [48, r, o, proc, ...p]),
  fc.tuple(wampId(), opt({ mode: fc.constantFrom('skip', 'kill', 'killnowait') })).map(([r, o]) => [49, r, o]),
  fc.tuple(wampId(), withPayload(opt({ progress: bool, callee: wampId(), callee_authid: text, callee_authrole: text }))).map(([r, [d, p]]) => [50, r, d, ...p]),
  fc.tuple(wampId(), opt({ match: fc.constantFrom('exact', 'prefix'), invoke: fc.constantFrom('single', 'first', 'last', 'roundrobin', 'random'), concurrency: fc.integer({ min: 1, max: 0xffff }), force_reregister: bool }), wampUri())
    .map(([r, o, proc]) => [64, r, o, proc]),
  fc.tuple(wampId(), wampId()).map(([r, g]) => [65, r, g]),
  fc.tuple(wampId(), wampId()).map(([r, g]) => [66, r, g]),
  fc.tuple(wampId(), fc.option(opt({ registration: wampId(), reason: wampUri() }).filter((d) => Object.keys(d).length > 0), { nil: undefined })).map(([r, d]) => (d === undefined ? [67, r] : [67, r, d])),
  fc.tuple(wampId(), wampId(), withPayload(opt({ procedure: wampUri(), timeout: uint32, receive_progress: bool, transaction_hash: text, caller: wampId(), caller_authid: text, caller_authrole: text })))
    .map(([r, g, [d, p]]) => [68, r, g, d, ...p]),
  fc.tuple(wampId(), opt({ mode: fc.constantFrom('kill', 'killnowait'), reason: wampUri() })).map(([r, o]) => [69, r, o]),
  fc.tuple(wampId(), withPayload(opt({ progress: bool, callee: wampId(), callee_authid: text, callee_authrole: text }))).map(([r, [o, p]]) => [70, r, o, ...p]),
];

/** A valid WAMP message of any of the 24 types, holding only what its table can carry. */
export function carriedMessage(): Arbitrary<IMessage> {
  return fc.oneof(...lists).map((list) => parseMessage(list));
}
