import { isProtocolError } from '@wamp/interfaces';
import { parseMessage } from '../src/index.js';

/** Runs `parseMessage` and returns the ProtocolError's message (fails the test on anything else). */
function refusal(input: unknown): string {
  let error: unknown;
  try {
    parseMessage(input);
  } catch (e) {
    error = e;
  }
  if (error === undefined) throw new Error(`accepted ${String(JSON.stringify(input, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)))}`);
  if (!isProtocolError(error)) throw new Error(`expected ProtocolError, got ${String(error)}`);
  return error.message;
}

/** Where the fields of one message type sit, on a valid list with every position present. */
interface Layout {
  name: string;
  valid: unknown[];
  /** Minimum length. */
  min: number;
  ids: [number, string][];
  uris: [number, string][];
  dicts: [number, string][];
  strings?: [number, string][];
  /** Index of Arguments (ArgumentsKw follows). */
  args?: number;
}

const LAYOUTS: Layout[] = [
  { name: 'HELLO', valid: [1, 'realm1', { roles: { caller: {} } }], min: 3, ids: [], uris: [[1, 'Realm']], dicts: [[2, 'Details']] },
  { name: 'WELCOME', valid: [2, 5, { roles: { broker: {} } }], min: 3, ids: [[1, 'Session']], uris: [], dicts: [[2, 'Details']] },
  { name: 'ABORT', valid: [3, {}, 'wamp.error.no_such_realm', ['x'], { a: 1 }], min: 3, ids: [], uris: [[2, 'Reason']], dicts: [[1, 'Details']], args: 3 },
  { name: 'CHALLENGE', valid: [4, 'ticket', {}], min: 3, ids: [], uris: [], dicts: [[2, 'Extra']], strings: [[1, 'AuthMethod']] },
  { name: 'AUTHENTICATE', valid: [5, 'secret', {}], min: 3, ids: [], uris: [], dicts: [[2, 'Extra']], strings: [[1, 'Signature']] },
  { name: 'GOODBYE', valid: [6, {}, 'wamp.close.normal'], min: 3, ids: [], uris: [[2, 'Reason']], dicts: [[1, 'Details']] },
  { name: 'ERROR', valid: [8, 48, 7, {}, 'wamp.error.x', [1], { a: 1 }], min: 5, ids: [[2, 'REQUEST.Request']], uris: [[4, 'Error']], dicts: [[3, 'Details']], args: 5 },
  { name: 'PUBLISH', valid: [16, 7, {}, 'com.t', [1], { a: 1 }], min: 4, ids: [[1, 'Request']], uris: [[3, 'Topic']], dicts: [[2, 'Options']], args: 4 },
  { name: 'PUBLISHED', valid: [17, 7, 8], min: 3, ids: [[1, 'Request'], [2, 'Publication']], uris: [], dicts: [] },
  { name: 'SUBSCRIBE', valid: [32, 7, {}, 'com.t'], min: 4, ids: [[1, 'Request']], uris: [[3, 'Topic']], dicts: [[2, 'Options']] },
  { name: 'SUBSCRIBED', valid: [33, 7, 8], min: 3, ids: [[1, 'Request'], [2, 'Subscription']], uris: [], dicts: [] },
  { name: 'UNSUBSCRIBE', valid: [34, 7, 8, {}], min: 3, ids: [[1, 'Request'], [2, 'Subscription']], uris: [], dicts: [[3, 'Options']] },
  // Request 0 is the revocation form: its own cases are below.
  { name: 'UNSUBSCRIBED', valid: [35, 7, { subscription: 8 }], min: 2, ids: [], uris: [], dicts: [[2, 'Details']] },
  { name: 'EVENT', valid: [36, 7, 8, {}, [1], { a: 1 }], min: 4, ids: [[1, 'Subscription'], [2, 'Publication']], uris: [], dicts: [[3, 'Details']], args: 4 },
  { name: 'CALL', valid: [48, 7, {}, 'com.p', [1], { a: 1 }], min: 4, ids: [[1, 'Request']], uris: [[3, 'Procedure']], dicts: [[2, 'Options']], args: 4 },
  { name: 'CANCEL', valid: [49, 7, {}], min: 3, ids: [[1, 'Request']], uris: [], dicts: [[2, 'Options']] },
  { name: 'RESULT', valid: [50, 7, {}, [1], { a: 1 }], min: 3, ids: [[1, 'Request']], uris: [], dicts: [[2, 'Details']], args: 3 },
  { name: 'REGISTER', valid: [64, 7, {}, 'com.p'], min: 4, ids: [[1, 'Request']], uris: [[3, 'Procedure']], dicts: [[2, 'Options']] },
  { name: 'REGISTERED', valid: [65, 7, 8], min: 3, ids: [[1, 'Request'], [2, 'Registration']], uris: [], dicts: [] },
  { name: 'UNREGISTER', valid: [66, 7, 8, {}], min: 3, ids: [[1, 'Request'], [2, 'Registration']], uris: [], dicts: [[3, 'Options']] },
  { name: 'UNREGISTERED', valid: [67, 7, { registration: 8 }], min: 2, ids: [], uris: [], dicts: [[2, 'Details']] },
  { name: 'INVOCATION', valid: [68, 7, 8, {}, [1], { a: 1 }], min: 4, ids: [[1, 'Request'], [2, 'Registration']], uris: [], dicts: [[3, 'Details']], args: 4 },
  { name: 'INTERRUPT', valid: [69, 7, {}], min: 3, ids: [[1, 'Request']], uris: [], dicts: [[2, 'Options']] },
  { name: 'YIELD', valid: [70, 7, {}, [1], { a: 1 }], min: 3, ids: [[1, 'Request']], uris: [], dicts: [[2, 'Options']], args: 3 },
];

// [value, how the error message renders it]
const BAD_IDS: [unknown, string][] = [
  [0, 'got 0'],
  [-1, 'got -1'],
  // 2^53 + 1 is not a double (it rounds to 2^53, a valid ID); the next double above 2^53 is 2^53 + 2.
  [2 ** 53 + 2, 'got 9007199254740994'],
  // A decoder that keeps 64-bit integers exact hands over a bigint: 2^53 + 1 itself.
  [2n ** 53n + 1n, 'got 9007199254740993n'],
  [1.5, 'got 1.5'],
  ['1', 'got "1"'],
  [null, 'got null'],
  [true, 'got true'],
  [NaN, 'got NaN'],
  [Infinity, 'got Infinity'],
];

const BAD_URIS: [unknown, string][] = [
  ['com..empty', 'got "com..empty"'],
  ['.com.leading', 'got ".com.leading"'],
  ['com.trailing.', 'got "com.trailing."'],
  ['com.with space', 'got "com.with space"'],
  ['com.tab\there', 'got "com.tab\\there"'],
  ['com.hash#x', 'got "com.hash#x"'],
  ['', 'got ""'],
  [5, 'got 5'],
  [null, 'got null'],
];

const BAD_DICTS: [unknown, string][] = [
  [null, 'got null'],
  [[], 'got []'],
  ['x', 'got "x"'],
  [5, 'got 5'],
  [new Uint8Array(2), 'got <2 bytes>'],
  [new Map([['a', 1]]), 'got <Map>'],
];

const BAD_STRINGS: [unknown, string][] = [
  [5, 'got 5'],
  [null, 'got null'],
  [{}, 'got {}'],
];

// null Arguments/ArgumentsKw read as absent (fox-wamp writes them); see null-payload.test.ts.
const BAD_ARGS: [unknown, string][] = [
  [{ a: 1 }, 'got {"a":1}'],
  ['x', 'got "x"'],
  [5, 'got 5'],
  // Bytes are a passthru payload, valid only with ppt_scheme/enc_algo (Autobahn accepts them anyway).
  [new Uint8Array(3), 'got <3 bytes>'],
];

const BAD_KWARGS: [unknown, string][] = [
  [[1], 'got [1]'],
  ['x', 'got "x"'],
];

function replace(list: unknown[], index: number, value: unknown): unknown[] {
  return list.map((x, i) => (i === index ? value : x));
}

type Case = [string, unknown[], string[]];

function casesFor(layout: Layout): Case[] {
  const { name, valid, min } = layout;
  const cases: Case[] = [
    [`${name} with too few elements`, valid.slice(0, min - 1), [`invalid message length ${min - 1} for ${name}`]],
    [`${name} with too many elements`, [...valid, 'extra'], [`invalid message length ${valid.length + 1} for ${name}`]],
  ];
  for (const [i, field] of layout.ids) {
    for (const [bad, got] of BAD_IDS) cases.push([`${name}.${field} = ${got}`, replace(valid, i, bad), [`${name}.${field} must be an integer in 1..2^53`, got]]);
  }
  for (const [i, field] of layout.uris) {
    for (const [bad, got] of BAD_URIS) cases.push([`${name}.${field} = ${got}`, replace(valid, i, bad), [`${name}.${field} must be a valid WAMP URI`, got]]);
  }
  for (const [i, field] of layout.dicts) {
    for (const [bad, got] of BAD_DICTS) cases.push([`${name}.${field} = ${got}`, replace(valid, i, bad), [`${name}.${field} must be a dict`, got]]);
  }
  for (const [i, field] of layout.strings ?? []) {
    for (const [bad, got] of BAD_STRINGS) cases.push([`${name}.${field} = ${got}`, replace(valid, i, bad), [`${name}.${field} must be a string`, got]]);
  }
  if (layout.args !== undefined) {
    const at = layout.args;
    for (const [bad, got] of BAD_ARGS) {
      cases.push([`${name}.Arguments = ${got}`, replace(valid, at, bad), [`${name}.Arguments must be a list`, got]]);
      cases.push([`${name}.Arguments = ${got} (short form)`, [...valid.slice(0, at), bad], [`${name}.Arguments must be a list`, got]]);
    }
    for (const [bad, got] of BAD_KWARGS) {
      cases.push([`${name}.ArgumentsKw = ${got}`, replace(valid, at + 1, bad), [`${name}.ArgumentsKw must be a dict`, got]]);
    }
  }
  return cases;
}

describe('parseMessage refuses bad fields of every message type', () => {
  it('checks every layout against its valid list first', () => {
    for (const layout of LAYOUTS) expect(() => parseMessage(layout.valid)).not.toThrow();
  });

  describe.each(LAYOUTS.map((l) => [l.name, l] as const))('%s', (_name, layout) => {
    it.each(casesFor(layout))('refuses %s with a ProtocolError naming type, field and value', (_label, input, words) => {
      const message = refusal(input);
      for (const word of words) expect(message).toContain(word);
    });
  });
});

// Hand-written cases the layout table cannot generate.
const SPECIFIC: Case[] = [
  ['a non-list', { a: 1 } as unknown as unknown[], ['a WAMP message must be a list, got {"a":1}']],
  ['an empty list', [], ['non-empty list']],
  ['an unknown type code in the protocol range', [99, 1], ['unknown WAMP message type 99']],
  ['type code 0', [0], ['unknown WAMP message type 0']],
  ['type code 7 (unassigned)', [7, 1, 2], ['unknown WAMP message type 7']],
  ['a string type code', ['48', 1, {}, 'a.b'], ['unknown WAMP message type "48"']],
  ['a fractional type code', [48.5, 1, {}, 'a.b'], ['unknown WAMP message type 48.5']],
  ['an extension message (256)', [256, 1], ['extension message type 256 is not supported']],
  ['an extension message (1023)', [1023], ['extension message type 1023 is not supported']],
  ["Autobahn's EVENT_RECEIVED (337)", [337, 1, {}], ['extension message type 337 is not supported']],
  ['a type code beyond the extension range', [1024, 1], ['unknown WAMP message type 1024']],
  ['HELLO without roles', [1, 'realm1', {}], ['HELLO.Details.roles is required']],
  ['HELLO with only unknown roles', [1, 'realm1', { roles: { broker: {} } }], ['HELLO.Details.roles must name at least one of caller, callee, publisher, subscriber']],
  ['HELLO with a non-dict role', [1, 'realm1', { roles: { caller: 1 } }], ['HELLO.Details.roles.caller must be a dict, got 1']],
  ['HELLO with a non-boolean feature', [1, 'realm1', { roles: { caller: { features: { call_timeout: 1 } } } }], ['HELLO.Details.roles.caller.features.call_timeout must be a boolean, got 1']],
  ['HELLO with list features', [1, 'realm1', { roles: { callee: { features: [] } } }], ['HELLO.Details.roles.callee.features must be a dict']],
  ['HELLO with non-string authmethods', [1, 'r', { roles: { caller: {} }, authmethods: [1] }], ['HELLO.Details.authmethods must be a list of strings, got [1]']],
  ['HELLO with a list authextra', [1, 'r', { roles: { caller: {} }, authextra: [] }], ['HELLO.Details.authextra must be a dict']],
  ['HELLO with a null realm (resumption draft)', [1, null, { roles: { caller: {} } }], ['HELLO.Realm', 'got null']],
  ['WELCOME with client roles', [2, 5, { roles: { caller: {} } }], ['WELCOME.Details.roles must name at least one of broker, dealer']],
  ['WELCOME with a bad realm detail', [2, 5, { roles: { dealer: {} }, realm: 'a b' }], ['WELCOME.Details.realm must be a valid WAMP URI, got "a b"']],
  ['ABORT with a numeric message', [3, { message: 5 }, 'wamp.error.x'], ['ABORT.Details.message must be a string, got 5']],
  ['GOODBYE with a numeric message', [6, { message: 5 }, 'wamp.close.normal'], ['GOODBYE.Details.message must be a string, got 5']],
  ['ERROR answering a RESULT', [8, 50, 1, {}, 'wamp.error.x'], ['ERROR.REQUEST.Type must be one of 16, 32, 34, 48, 64, 66, 68, got 50']],
  ['ERROR answering a HELLO', [8, 1, 1, {}, 'wamp.error.x'], ['ERROR.REQUEST.Type', 'got 1']],
  ['ERROR with a string request type', [8, '48', 1, {}, 'wamp.error.x'], ['ERROR.REQUEST.Type', 'got "48"']],
  ['ERROR with callee 0', [8, 68, 1, { callee: 0 }, 'wamp.error.x'], ['ERROR.Details.callee must be an integer in 1..2^53, got 0']],
  ['PUBLISH with exclude holding 0', [16, 1, { exclude: [0] }, 't.x'], ['PUBLISH.Options.exclude must be a list of integers in 1..2^53, got [0]']],
  ['PUBLISH with a string acknowledge', [16, 1, { acknowledge: 'yes' }, 't.x'], ['PUBLISH.Options.acknowledge must be a boolean, got "yes"']],
  ['PUBLISH with eligible_authid not strings', [16, 1, { eligible_authid: [1] }, 't.x'], ['PUBLISH.Options.eligible_authid must be a list of strings']],
  ['PUBLISH with forward_for missing authrole', [16, 1, { forward_for: [{ session: 1, authid: 'a' }] }, 't.x'], ['PUBLISH.Options.forward_for must be a list of {session, authid, authrole}']],
  ['PUBLISH with an unknown enc_algo', [16, 1, { enc_algo: 'rot13' }, 't.x', new Uint8Array(1)], ['PUBLISH.Options.enc_algo must be "cryptobox", "mqtt", "xbr" or "x_<name>", got "rot13"']],
  ['PUBLISH with an unknown enc_serializer', [16, 1, { enc_algo: 'cryptobox', enc_serializer: 'xml' }, 't.x', new Uint8Array(1)], ['PUBLISH.Options.enc_serializer', 'got "xml"']],
  ['PUBLISH with an empty ppt_scheme', [16, 1, { ppt_scheme: '' }, 't.x'], ['PUBLISH.Options.ppt_scheme must be a non-empty string, got ""']],
  ['PUBLISH passthru with list arguments', [16, 1, { ppt_scheme: 'wamp' }, 't.x', ['a']], ['PUBLISH.Arguments must be one byte string (bare or in a list) in payload passthru mode, got ["a"]']],
  ['PUBLISH passthru with two byte strings', [16, 1, { ppt_scheme: 'wamp' }, 't.x', [new Uint8Array(1), new Uint8Array(1)]], ['PUBLISH.Arguments', 'passthru']],
  ['PUBLISH passthru with keyword arguments', [16, 1, { enc_algo: 'cryptobox' }, 't.x', new Uint8Array(1), { a: 1 }], ['PUBLISH.ArgumentsKw must be absent or empty in payload passthru mode, got {"a":1}']],
  ['SUBSCRIBE with an empty component (exact)', [32, 1, {}, 'a..b'], ['SUBSCRIBE.Topic must be a valid WAMP URI, got "a..b"']],
  ['SUBSCRIBE with a trailing dot (exact)', [32, 1, { match: 'exact' }, 'a.b.'], ['SUBSCRIBE.Topic']],
  ['SUBSCRIBE with an empty component (prefix)', [32, 1, { match: 'prefix' }, 'a..b'], ['SUBSCRIBE.Topic must be a valid WAMP URI (match prefix), got "a..b"']],
  ['SUBSCRIBE with whitespace in a wildcard', [32, 1, { match: 'wildcard' }, 'a. .b'], ['SUBSCRIBE.Topic must be a valid WAMP URI (match wildcard)']],
  ['SUBSCRIBE with an unknown match', [32, 1, { match: 'regex' }, 'a.b'], ['SUBSCRIBE.Options.match must be one of "exact", "prefix", "wildcard", got "regex"']],
  ['UNSUBSCRIBE with a null options', [34, 1, 2, null], ['UNSUBSCRIBE.Options must be a dict, got null']],
  ['UNSUBSCRIBED with request 0 and no details', [35, 0], ['UNSUBSCRIBED.Request 0 (revocation) requires UNSUBSCRIBED.Details.subscription']],
  ['UNSUBSCRIBED with request 0 and empty details', [35, 0, {}], ['UNSUBSCRIBED.Details.subscription']],
  ['UNSUBSCRIBED with revoked subscription 0', [35, 0, { subscription: 0 }], ['UNSUBSCRIBED.Details.subscription must be an integer in 1..2^53, got 0']],
  ['UNSUBSCRIBED with request 1.5', [35, 1.5], ['UNSUBSCRIBED.Request must be an integer in 1..2^53, got 1.5']],
  ['UNSUBSCRIBED with request "1"', [35, '1'], ['UNSUBSCRIBED.Request', 'got "1"']],
  ['UNSUBSCRIBED with a numeric reason', [35, 0, { subscription: 3, reason: 5 }], ['UNSUBSCRIBED.Details.reason must be a string, got 5']],
  ['EVENT with a bad topic detail', [36, 1, 2, { topic: 'a b' }], ['EVENT.Details.topic must be a valid WAMP URI, got "a b"']],
  ['EVENT with publisher 0', [36, 1, 2, { publisher: 0 }], ['EVENT.Details.publisher must be an integer in 1..2^53, got 0']],
  ['EVENT with a negative trustlevel', [36, 1, 2, { trustlevel: -1 }], ['EVENT.Details.trustlevel must be a non-negative integer, got -1']],
  ['CALL with request 0', [48, 0, {}, 'com.x'], ['CALL.Request must be an integer in 1..2^53, got 0']],
  ['CALL with a string timeout', [48, 1, { timeout: '5' }, 'com.x'], ['CALL.Options.timeout must be a non-negative integer, got "5"']],
  ['CALL with a negative timeout', [48, 1, { timeout: -1 }, 'com.x'], ['CALL.Options.timeout', 'got -1']],
  ['CALL with a fractional timeout', [48, 1, { timeout: 1.5 }, 'com.x'], ['CALL.Options.timeout', 'got 1.5']],
  ['CALL with a numeric receive_progress', [48, 1, { receive_progress: 1 }, 'com.x'], ['CALL.Options.receive_progress must be a boolean, got 1']],
  ['CALL with an unknown runmode', [48, 1, { runmode: 'some' }, 'com.x'], ['CALL.Options.runmode must be one of "all", "partition", got "some"']],
  ['CANCEL with an unknown mode', [49, 1, { mode: 'now' }], ['CANCEL.Options.mode must be one of "skip", "kill", "killnowait", got "now"']],
  ['RESULT with a numeric progress', [50, 1, { progress: 1 }], ['RESULT.Details.progress must be a boolean, got 1']],
  ['REGISTER with an empty component (exact)', [64, 1, {}, 'a..b'], ['REGISTER.Procedure must be a valid WAMP URI, got "a..b"']],
  ['REGISTER with an empty component (prefix)', [64, 1, { match: 'prefix' }, 'a..b'], ['REGISTER.Procedure', '(match prefix)']],
  ['REGISTER with an unknown invoke', [64, 1, { invoke: 'all' }, 'a.b'], ['REGISTER.Options.invoke must be one of "single", "roundrobin", "random", "first", "last", got "all"']],
  ['REGISTER with concurrency 0', [64, 1, { concurrency: 0 }, 'a.b'], ['REGISTER.Options.concurrency must be a positive integer, got 0']],
  ['UNREGISTERED with request 0 and no details', [67, 0], ['UNREGISTERED.Request 0 (revocation) requires UNREGISTERED.Details.registration']],
  ['UNREGISTERED with request -1', [67, -1], ['UNREGISTERED.Request must be an integer in 1..2^53, got -1']],
  ['UNREGISTERED with request 2^53 + 2', [67, 2 ** 53 + 2], ['UNREGISTERED.Request', 'got 9007199254740994']],
  ['INVOCATION with caller 0', [68, 1, 2, { caller: 0 }], ['INVOCATION.Details.caller must be an integer in 1..2^53, got 0']],
  ['INVOCATION with an empty procedure component', [68, 1, 2, { procedure: 'a..b' }], ['INVOCATION.Details.procedure must be a valid WAMP URI']],
  ['INTERRUPT with mode skip', [69, 1, { mode: 'skip' }], ['INTERRUPT.Options.mode must be one of "kill", "killnowait", got "skip"']],
  ['INTERRUPT with a reason that is no URI', [69, 1, { reason: 'not a uri' }], ['INTERRUPT.Options.reason must be a valid WAMP URI, got "not a uri"']],
  ['YIELD with a string progress', [70, 1, { progress: 'yes' }], ['YIELD.Options.progress must be a boolean, got "yes"']],
];

describe('parseMessage refuses specific bad input', () => {
  it.each(SPECIFIC)('refuses %s with a ProtocolError naming the problem', (_label, input, words) => {
    const message = refusal(input);
    for (const word of words) expect(message).toContain(word);
  });
});
