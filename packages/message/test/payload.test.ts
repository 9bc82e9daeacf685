import type { IMessage } from '@wamp/interfaces';
import { Abort, Call, ErrorMessage, Event, Invocation, Publish, Result, Yield, isPassthru, parseMessage, passthruInfo, passthruPayload } from '../src/index.js';

type Fields = { args?: unknown[]; kwargs?: Record<string, unknown> };

// Each payload-carrying message built with the given payload fields, and its head (the list before Arguments).
const BUILDERS: [string, (f: Fields) => IMessage, unknown[]][] = [
  ['ABORT', (f) => new Abort({ reason: 'wamp.error.x', ...f }), [3, {}, 'wamp.error.x']],
  ['ERROR', (f) => new ErrorMessage({ requestType: 48, request: 1, error: 'wamp.error.x', ...f }), [8, 48, 1, {}, 'wamp.error.x']],
  ['PUBLISH', (f) => new Publish({ request: 1, topic: 'com.t', ...f }), [16, 1, {}, 'com.t']],
  ['EVENT', (f) => new Event({ subscription: 1, publication: 2, ...f }), [36, 1, 2, {}]],
  ['CALL', (f) => new Call({ request: 1, procedure: 'com.p', ...f }), [48, 1, {}, 'com.p']],
  ['RESULT', (f) => new Result({ request: 1, ...f }), [50, 1, {}]],
  ['INVOCATION', (f) => new Invocation({ request: 1, registration: 2, ...f }), [68, 1, 2, {}]],
  ['YIELD', (f) => new Yield({ request: 1, ...f }), [70, 1, {}]],
];

describe.each(BUILDERS)('%s marshal (Basic Profile, "Empty Arguments and Keyword Arguments")', (_name, build, head) => {
  it('leaves out absent Arguments and ArgumentsKw', () => {
    expect(build({}).marshal()).toEqual(head);
  });

  it('leaves out empty Arguments and ArgumentsKw', () => {
    expect(build({ args: [], kwargs: {} }).marshal()).toEqual(head);
  });

  it('writes Arguments alone when there are no keyword arguments', () => {
    expect(build({ args: [1, 'a'], kwargs: {} }).marshal()).toEqual([...head, [1, 'a']]);
  });

  it('writes Arguments as [] when only keyword arguments exist', () => {
    expect(build({ kwargs: { a: 1 } }).marshal()).toEqual([...head, [], { a: 1 }]);
  });

  it('writes both when both exist', () => {
    expect(build({ args: [null], kwargs: { a: 1 } }).marshal()).toEqual([...head, [null], { a: 1 }]);
  });

  it('reads the short and the padded forms alike', () => {
    expect(parseMessage([...head, [], {}]).marshal()).toEqual(head);
    expect(parseMessage([...head, []]).marshal()).toEqual(head);
    expect(parseMessage([...head, [1], {}]).marshal()).toEqual([...head, [1]]);
  });
});

describe('payload passthru mode', () => {
  const bytes = new Uint8Array([0, 1, 2, 255]);

  it("writes the payload bare in the Arguments position, as Autobahn|Python does", () => {
    const call = new Call({ request: 1, procedure: 'com.p', options: { enc_algo: 'cryptobox', enc_serializer: 'cbor' }, payload: bytes });
    expect(call.marshal()).toEqual([48, 1, { enc_algo: 'cryptobox', enc_serializer: 'cbor' }, 'com.p', bytes]);
  });

  it("reads Autobahn's form (bare bytes) into payload", () => {
    const m = parseMessage([36, 1, 2, { enc_algo: 'xbr', enc_key: 'k' }, bytes]) as Event;
    expect(m.payload).toBe(bytes);
    expect(m.args).toBeUndefined();
    expect(m.marshal()[4]).toBe(bytes);
  });

  it("reads the spec's form (a list of one byte string) into args and writes it back unchanged", () => {
    const list = [70, 9, { ppt_scheme: 'wamp', ppt_serializer: 'cbor', ppt_cipher: 'xsalsa20poly1305', ppt_keyid: 'k1' }, [bytes]];
    const m = parseMessage(list) as Yield;
    expect(m.payload).toBeUndefined();
    expect(m.args).toEqual([bytes]);
    expect(m.marshal()).toEqual(list);
  });

  it('keeps the option dict as received, both namings and unknown keys included', () => {
    const options = { ppt_scheme: 'mqtt', ppt_serializer: 'native', enc_algo: 'mqtt', x_custom: 1, acknowledge: true };
    expect(parseMessage([16, 1, options, 't.x', bytes]).marshal()[2]).toBe(options);
  });

  it('accepts a passthru message without a payload, and an empty ArgumentsKw after one', () => {
    expect(parseMessage([50, 1, { ppt_scheme: 'x_mine' }]).marshal()).toEqual([50, 1, { ppt_scheme: 'x_mine' }]);
    expect(parseMessage([50, 1, { enc_algo: 'cryptobox' }, bytes, {}]).marshal()).toEqual([50, 1, { enc_algo: 'cryptobox' }, bytes]);
  });

  it('carries passthru in ERROR too (Details)', () => {
    const m = parseMessage([8, 68, 3, { enc_algo: 'cryptobox' }, 'com.app.error', bytes]) as ErrorMessage;
    expect(m.payload).toBe(bytes);
  });

  it('treats bytes inside a normal Arguments list as ordinary application data', () => {
    const m = parseMessage([48, 1, {}, 'com.p', [bytes]]) as Call;
    expect(m.args).toEqual([bytes]);
    expect(passthruPayload(m.options, m)).toBeUndefined();
  });

  it('reads the passthru keys in either naming through passthruInfo', () => {
    expect(passthruInfo({ enc_algo: 'cryptobox', enc_serializer: 'json', enc_key: 'k' })).toEqual({ scheme: 'cryptobox', serializer: 'json', keyId: 'k' });
    expect(passthruInfo({ ppt_scheme: 'wamp', ppt_serializer: 'cbor', ppt_cipher: 'aes256gcm', ppt_keyid: 'id' })).toEqual({
      scheme: 'wamp',
      serializer: 'cbor',
      cipher: 'aes256gcm',
      keyId: 'id',
    });
    expect(passthruInfo({ ppt_scheme: 'wamp', enc_algo: 'cryptobox' })?.scheme).toBe('wamp');
    expect(passthruInfo({ timeout: 5 })).toBeUndefined();
    expect(isPassthru({ ppt_serializer: 'cbor' })).toBe(false);
  });

  it('finds the payload in either wire form through passthruPayload', () => {
    const bare = parseMessage([68, 1, 2, { enc_algo: 'mqtt' }, bytes]) as Invocation;
    const listed = parseMessage([68, 1, 2, { ppt_scheme: 'mqtt' }, [bytes]]) as Invocation;
    expect(passthruPayload(bare.details, bare)).toBe(bytes);
    expect(passthruPayload(listed.details, listed)).toBe(bytes);
  });

  it('refuses a payload from a local caller without a passthru key', () => {
    expect(() => new Publish({ request: 1, topic: 't', payload: bytes })).toThrow(TypeError);
    expect(() => new Publish({ request: 1, topic: 't', payload: bytes })).toThrow('Publish: init.payload needs options.ppt_scheme or options.enc_algo');
    expect(() => new Event({ subscription: 1, publication: 2, payload: bytes })).toThrow('details.ppt_scheme');
  });

  it('refuses a payload together with args or kwargs from a local caller', () => {
    const options = { ppt_scheme: 'wamp' };
    expect(() => new Call({ request: 1, procedure: 'p', options, payload: bytes, args: [1] })).toThrow('init.payload excludes init.args and init.kwargs');
    expect(() => new Yield({ request: 1, options, payload: bytes, kwargs: { a: 1 } })).toThrow(TypeError);
    expect(() => new Result({ request: 1, details: options, payload: 'x' as unknown as Uint8Array })).toThrow('init.payload must be a Uint8Array');
  });
});
