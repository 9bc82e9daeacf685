import { isProtocolError } from '@wamp/interfaces';
import { parseMessage } from '../src/index.js';

const big = 2 ** 53 + 2;

// [description, input, words the ProtocolError message must contain]
const cases: [string, unknown, string[]][] = [
  ['a non-list', { a: 1 }, ['must be a list']],
  ['an empty list', [], ['empty list']],
  ['an unknown type code', [99, 1], ['unknown WAMP message type 99']],
  ['a string type code', ['48', 1, {}, 'a.b'], ['unknown WAMP message type']],
  ['an extension message code', [300, 1], ['extension message type 300']],
  ['HELLO without roles', [1, 'realm1', {}], ['HELLO.Details.roles']],
  ['HELLO with only unknown roles', [1, 'realm1', { roles: { x: {} } }], ['HELLO.Details.roles']],
  ['HELLO with a non-dict role', [1, 'realm1', { roles: { caller: 1 } }], ['HELLO.Details.roles.caller']],
  ['HELLO with a bad realm', [1, 'realm 1', { roles: { caller: {} } }], ['HELLO.Realm', 'URI']],
  ['HELLO with non-string authmethods', [1, 'r', { roles: { caller: {} }, authmethods: [1] }], ['HELLO.Details.authmethods']],
  ['HELLO too long', [1, 'r', { roles: { caller: {} } }, 4], ['invalid message length 4 for HELLO']],
  ['WELCOME with session 0', [2, 0, { roles: { broker: {} } }], ['WELCOME.Session', 'got 0']],
  ['WELCOME with client roles', [2, 5, { roles: { caller: {} } }], ['WELCOME.Details.roles']],
  ['ABORT with a null details', [3, null, 'wamp.error.x'], ['ABORT.Details', 'dict']],
  ['ABORT with a non-URI reason', [3, {}, 'wamp..error'], ['ABORT.Reason']],
  ['CHALLENGE with a numeric method', [4, 1, {}], ['CHALLENGE.AuthMethod']],
  ['AUTHENTICATE with a list extra', [5, 'sig', []], ['AUTHENTICATE.Extra']],
  ['GOODBYE with numeric message', [6, { message: 5 }, 'wamp.close.normal'], ['GOODBYE.Details.message']],
  ['ERROR answering a RESULT', [8, 50, 1, {}, 'wamp.error.x'], ['ERROR.REQUEST.Type']],
  ['ERROR with null args', [8, 48, 1, {}, 'wamp.error.x', null], ['ERROR.Arguments']],
  ['PUBLISH with id 2^53+2', [16, big, {}, 't.x'], ['PUBLISH.Request', 'integer in 1..2^53']],
  ['PUBLISH with a fractional id', [16, 1.5, {}, 't.x'], ['PUBLISH.Request', '1.5']],
  ['PUBLISH with a string id', [16, '1', {}, 't.x'], ['PUBLISH.Request', '"1"']],
  ['PUBLISH with bad exclude', [16, 1, { exclude: [0] }, 't.x'], ['PUBLISH.Options.exclude']],
  ['PUBLISH with kwargs list', [16, 1, {}, 't.x', [], []], ['PUBLISH.ArgumentsKw']],
  ['PUBLISH with bytes args but no passthru', [16, 1, {}, 't.x', new Uint8Array(2)], ['PUBLISH.Arguments']],
  ['PUBLISH passthru with non-bytes', [16, 1, { ppt_scheme: 'wamp' }, 't.x', ['a']], ['PUBLISH.Payload', 'binary']],
  ['PUBLISH passthru with kwargs', [16, 1, { enc_algo: 'cryptobox' }, 't.x', new Uint8Array(1), {}], ['ArgumentsKw']],
  ['SUBSCRIBE with empty component (exact)', [32, 1, {}, 'a..b'], ['SUBSCRIBE.Topic']],
  ['SUBSCRIBE with unknown match', [32, 1, { match: 'regex' }, 'a.b'], ['SUBSCRIBE.Options.match']],
  ['SUBSCRIBED with id 0', [33, 1, 0], ['SUBSCRIBED.Subscription', 'got 0']],
  ['UNSUBSCRIBED 0 without details', [35, 0], ['UNSUBSCRIBED.Details.subscription']],
  ['EVENT with a bad topic detail', [36, 1, 2, { topic: 'a b' }], ['EVENT.Details.topic']],
  ['CALL with request 0', [48, 0, {}, 'com.x'], ['CALL.Request must be an integer in 1..2^53, got 0']],
  ['CALL with a string timeout', [48, 1, { timeout: '5' }, 'com.x'], ['CALL.Options.timeout must be a non-negative integer, got "5"']],
  ['CALL with a negative timeout', [48, 1, { timeout: -1 }, 'com.x'], ['CALL.Options.timeout']],
  ['CALL with a URI with #', [48, 1, {}, 'com.x#y'], ['CALL.Procedure']],
  ['CALL with null options', [48, 1, null, 'com.x'], ['CALL.Options must be a dict']],
  ['CALL too short', [48, 1, {}], ['invalid message length 3 for CALL']],
  ['CANCEL with bad mode', [49, 1, { mode: 'now' }], ['CANCEL.Options.mode']],
  ['RESULT with a non-boolean progress', [50, 1, { progress: 1 }], ['RESULT.Details.progress']],
  ['REGISTER with empty component (prefix)', [64, 1, { match: 'prefix' }, 'a..b'], ['REGISTER.Procedure']],
  ['REGISTER with bad invoke', [64, 1, { invoke: 'all' }, 'a.b'], ['REGISTER.Options.invoke']],
  ['INVOCATION with registration 0', [68, 1, 0, {}], ['INVOCATION.Registration']],
  ['INTERRUPT with list options', [69, 1, []], ['INTERRUPT.Options']],
  ['YIELD with progress string', [70, 1, { progress: 'yes' }], ['YIELD.Options.progress']],
];

describe('parseMessage on bad input', () => {
  it.each(cases)('refuses %s with a ProtocolError naming the problem', (_name, input, words) => {
    let error: unknown;
    try {
      parseMessage(input);
    } catch (e) {
      error = e;
    }
    expect(isProtocolError(error)).toBe(true);
    for (const word of words) expect((error as Error).message).toContain(word);
  });

  it('accepts the largest ID, 2^53', () => {
    expect(parseMessage([48, 2 ** 53, {}, 'com.x']).marshal()[1]).toBe(2 ** 53);
  });

  it('accepts wildcard and prefix patterns where the match policy allows them', () => {
    expect(() => parseMessage([32, 1, { match: 'wildcard' }, 'a..c'])).not.toThrow();
    expect(() => parseMessage([64, 1, { match: 'wildcard' }, '.b.'])).not.toThrow();
    expect(() => parseMessage([32, 1, { match: 'prefix' }, 'com.example.'])).not.toThrow();
  });

  it('accepts the revocation form of UNREGISTERED', () => {
    const m = parseMessage([67, 0, { registration: 7, reason: 'wamp.close.killed' }]);
    expect(m.marshal()).toEqual([67, 0, { registration: 7, reason: 'wamp.close.killed' }]);
  });

  it('accepts the padded payload form and marshals the short form', () => {
    expect(parseMessage([48, 1, {}, 'com.x', [], {}]).marshal()).toEqual([48, 1, {}, 'com.x']);
    expect(parseMessage([48, 1, {}, 'com.x', [], { a: 1 }]).marshal()).toEqual([48, 1, {}, 'com.x', [], { a: 1 }]);
  });

  it('treats option keys named like Object.prototype members as unknown keys', () => {
    const options = JSON.parse('{"toString": 1, "constructor": [], "__proto__": {"timeout": "x"}}') as Record<string, unknown>;
    const m = parseMessage([48, 1, options, 'com.x']);
    expect(Object.keys((m.marshal()[2] as object))).toEqual(['toString', 'constructor', '__proto__']);
  });

  it('keeps unknown option keys as received', () => {
    expect(parseMessage([48, 1, { x_custom: [1] }, 'com.x']).marshal()).toEqual([48, 1, { x_custom: [1] }, 'com.x']);
  });

  it('carries a passthru payload in the Arguments position', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const m = parseMessage([16, 1, { ppt_scheme: 'x_test', ppt_serializer: 'cbor' }, 't.x', bytes]);
    expect(m.marshal()[4]).toBe(bytes);
  });
});
