import type { IMessage, IObjectSerializer } from '@wamp/interfaces';
import { isProtocolError } from '@wamp/interfaces';
import { Abort, Call, Challenge, Event, Hello, Publish, Unsubscribed, Welcome, parseMessage } from '@wamp/message';
import { CborObjectSerializer } from '../src/cbor.js';
import { FlatBuffersSerializer } from '../src/flatbuffers.js';
import { JsonObjectSerializer } from '../src/json.js';
import { MsgPackObjectSerializer } from '../src/msgpack.js';

function refusal(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected serialize() to refuse the message');
}

function roundTrip(ser: FlatBuffersSerializer, message: IMessage): unknown[] {
  const [bytes] = ser.serialize(message);
  const [back] = ser.unserialize(bytes, true);
  return back!.marshal();
}

describe('FlatBuffersSerializer', () => {
  it('announces wamp.2.flatbuffers, RawSocket id 5 and binary frames', () => {
    const ser = new FlatBuffersSerializer();
    expect([ser.SERIALIZER_ID, ser.RAWSOCKET_SERIALIZER_ID, ser.MIME_TYPE, ser.BINARY]).toEqual([
      'flatbuffers',
      5,
      'application/x-flatbuffers',
      true,
    ]);
  });

  it.each([
    ['cbor', undefined],
    ['cbor', new CborObjectSerializer()],
    ['json', new JsonObjectSerializer()],
    ['msgpack', new MsgPackObjectSerializer()],
  ] as [string, IObjectSerializer | undefined][])('takes PAYLOAD_SERIALIZER_ID %s from its payload serializer', (id, payloadSerializer) => {
    const ser = new FlatBuffersSerializer({ payloadSerializer });
    expect(ser.PAYLOAD_SERIALIZER_ID).toBe(id);
    const call = new Call({ request: 1, procedure: 'com.example.add', args: [1, 'x', new Uint8Array([7])], kwargs: { k: [null] } });
    expect(roundTrip(ser, call)).toEqual(call.marshal());
  });

  it('encodes after a refusal and after a 2 MB message as before', () => {
    const ser = new FlatBuffersSerializer();
    const small = new Publish({ request: 1, topic: 'com.example.t', args: [1] });
    const expected = ser.serialize(small)[0];
    expect(() => ser.serialize(new Publish({ request: 1, options: { rkey: 'k' }, topic: 'com.example.t', args: ['x'.repeat(1000)] }))).toThrow(
      expect.objectContaining({ name: 'SerializationError' }),
    );
    const big = new Call({ request: 2, procedure: 'com.example.p', args: [new Uint8Array(2 << 20)] });
    expect(roundTrip(ser, big)).toEqual(big.marshal());
    small.uncache();
    expect(ser.serialize(small)[0]).toEqual(expected);
  });

  it('refuses a batched payload serializer with TypeError', () => {
    expect(() => new FlatBuffersSerializer({ payloadSerializer: new CborObjectSerializer({ batched: true }) })).toThrow(TypeError);
  });

  it('writes the WAMP type code as the union type, as Autobahn|Python does (PUBLISH is 16, EVENT 36)', () => {
    const ser = new FlatBuffersSerializer();
    for (const [message, code] of [
      [new Publish({ request: 1, topic: 'com.example.t' }), 16],
      [new Event({ subscription: 1, publication: 2, details: {} }), 36],
    ] as const) {
      const [bytes] = ser.serialize(message);
      const root = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
      const vtable = root - new DataView(bytes.buffer, bytes.byteOffset).getInt32(root, true);
      const typeField = new DataView(bytes.buffer, bytes.byteOffset).getUint16(vtable + 4, true);
      expect(bytes[root + typeField]).toBe(code);
    }
  });

  it('reads args and kwargs with its own payload serializer only', () => {
    const [bytes] = new FlatBuffersSerializer().serialize(new Publish({ request: 1, topic: 'com.example.t', args: [1] }));
    const json = new FlatBuffersSerializer({ payloadSerializer: new JsonObjectSerializer() });
    expect(() => json.unserialize(bytes, true)).toThrow(expect.objectContaining({ name: 'ProtocolError' }));
  });

  it('keeps the presence of options that equal the schema default (exclude_me: true, match: exact)', () => {
    const ser = new FlatBuffersSerializer();
    const publish = new Publish({ request: 1, options: { exclude_me: true, acknowledge: false }, topic: 'com.example.t' });
    expect(roundTrip(ser, publish)).toEqual([16, 1, { exclude_me: true, acknowledge: false }, 'com.example.t']);
    expect(roundTrip(ser, new Publish({ request: 1, topic: 'com.example.t' }))).toEqual([16, 1, {}, 'com.example.t']);
    expect(roundTrip(ser, parseMessage([32, 5, { match: 'exact' }, 'com.example.t']))).toEqual([32, 5, { match: 'exact' }, 'com.example.t']);
  });

  it('maps CANCEL and INTERRUPT modes onto SKIP, ABORT (killnowait) and KILL', () => {
    const ser = new FlatBuffersSerializer();
    for (const mode of ['skip', 'kill', 'killnowait']) {
      expect(roundTrip(ser, parseMessage([49, 3, { mode }]))).toEqual([49, 3, { mode }]);
    }
    expect(roundTrip(ser, parseMessage([69, 3, { mode: 'killnowait', reason: 'wamp.error.canceled' }]))).toEqual([
      69, 3, { mode: 'killnowait', reason: 'wamp.error.canceled' },
    ]);
  });

  it('carries a transparent payload in payload, with enc_algo, enc_serializer and enc_key', () => {
    const ser = new FlatBuffersSerializer();
    const call = parseMessage([48, 9, { enc_algo: 'cryptobox', enc_serializer: 'cbor', enc_key: 'key-1' }, 'com.example.p', new Uint8Array([1, 2, 3])]);
    expect(roundTrip(ser, call)).toEqual(call.marshal());
  });

  describe('refuses at serialize, with SerializationError naming what the schema cannot hold', () => {
    const cases: [string, () => IMessage, RegExp][] = [
      ['an Options key without a field', () => new Publish({ request: 1, options: { disclose_me: true }, topic: 'com.example.t' }), /PUBLISH\.Options\.disclose_me/],
      ['a custom key', () => new Call({ request: 1, options: { x_custom: 1 }, procedure: 'com.example.p' }), /CALL\.Options\.x_custom/],
      ['forward_for (the Principal struct holds only a session)', () => parseMessage([16, 1, { forward_for: [{ session: 1, authid: 'a', authrole: 'r' }] }, 'com.example.t']), /forward_for/],
      ['a WELCOME without the required authid', () => new Welcome({ session: 1, details: { realm: 'r', authrole: 'user', roles: { broker: {} } } }), /WELCOME\.Details\.authid is required/],
      ['a CHALLENGE extra with several entries (wampcra)', () => new Challenge({ authMethod: 'wampcra', extra: { challenge: 'c', salt: 's', iterations: 1000, keylen: 32 } }), /CHALLENGE\[2\] holds 4 entries/],
      ['a CHALLENGE extra with a number', () => new Challenge({ authMethod: 'wampcra', extra: { iterations: 1000 } }), /CHALLENGE\[2\]\.iterations/],
      ['an auth method the enum lacks', () => new Challenge({ authMethod: 'x_custom', extra: {} }), /authentication method/],
      ['ABORT with Arguments (the table has no payload)', () => new Abort({ details: {}, reason: 'wamp.error.x', args: [1] }), /ABORT with 4 elements/],
      ['an enc_algo other than cryptobox', () => parseMessage([36, 1, 2, { enc_algo: 'mqtt' }, new Uint8Array([1])]), /enc_algo/],
      ['a CALL timeout beyond uint32', () => new Call({ request: 1, options: { timeout: 2 ** 32 }, procedure: 'com.example.p' }), /uint32/],
      ['an empty UNSUBSCRIBED Details (indistinguishable from none)', () => new Unsubscribed({ request: 1, details: {} }), /UNSUBSCRIBED\.Details is empty/],
      ['HELLO agent', () => new Hello({ realm: 'realm1', details: { roles: { caller: {} }, agent: 'me' } }), /HELLO\.Details\.agent/],
      ['a role feature the schema lacks', () => new Hello({ realm: 'realm1', details: { roles: { caller: { features: { payload_passthru_mode: true } } } } }), /caller\.features\.payload_passthru_mode/],
      ['a message type without a table', () => ({ MESSAGE_TYPE: 37, marshal: () => [37, 1, {}], serialize: (s: IObjectSerializer) => s.serialize([37, 1, {}]), uncache: () => {} }) as unknown as IMessage, /message type 37 has no table/],
    ];
    it.each(cases)('%s', (_what, build, pattern) => {
      const error = refusal(() => new FlatBuffersSerializer().serialize(build()));
      expect(error.name).toBe('SerializationError');
      expect(error.message).toMatch(pattern);
    });
  });

  it('with lenientHello leaves out agent, unknown features and an empty authextra', () => {
    const ser = new FlatBuffersSerializer({ lenientHello: true });
    const hello = new Hello({
      realm: 'realm1',
      details: { agent: 'me', authextra: {}, roles: { caller: { features: { payload_passthru_mode: true, call_canceling: true } }, callee: { features: { x_only: true } } } },
    });
    expect(roundTrip(ser, hello)).toEqual([1, 'realm1', { roles: { caller: { features: { call_canceling: true } }, callee: {} } }]);
  });

  it('refuses EVENT_RECEIVED and SUBSCRIBER_RECEIVED, which have tables but no WAMP message class here', () => {
    const ser = new FlatBuffersSerializer();
    const [bytes] = ser.serialize(new Publish({ request: 1, topic: 'com.example.t' }));
    const copy = bytes.slice();
    const root = new DataView(copy.buffer).getUint32(0, true);
    const vtable = root - new DataView(copy.buffer).getInt32(root, true);
    const typeField = new DataView(copy.buffer).getUint16(vtable + 4, true);
    for (const code of [37, 18]) {
      copy[root + typeField] = code;
      const error = refusal(() => ser.unserialize(copy, true));
      expect(isProtocolError(error)).toBe(true);
      expect(error.message).toMatch(new RegExp(`message type ${code}`));
    }
  });
});
