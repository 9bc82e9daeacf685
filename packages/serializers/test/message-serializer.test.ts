import type { IObjectSerializer } from '@wamp/interfaces';
import { Call, MESSAGE_TYPE_MAP } from '@wamp/message';
import { MessageSerializer } from '../src/index.js';
import { JsonObjectSerializer } from '../src/json.js';
import { SERIALIZERS, SERIALIZER_IDS } from './all-serializers.js';
import { expectProtocolError, thrownBy } from './expect-error.js';

describe('WAMP serializers', () => {
  // Autobahn|Python serializer.py: SERIALIZER_ID, RAWSOCKET_SERIALIZER_ID, MIME_TYPE, BINARY.
  it.each([
    ['json', 'json', 1, 'application/json', false],
    ['json.batched', 'json', 1, 'application/json', false],
    ['msgpack', 'msgpack', 2, 'application/x-msgpack', true],
    ['msgpack.batched', 'msgpack', 2, 'application/x-msgpack', true],
    ['cbor', 'cbor', 3, 'application/cbor', true],
    ['cbor.batched', 'cbor', 3, 'application/cbor', true],
  ])('%s has the wire ids of Autobahn|Python', (id, payloadId, rawSocketId, mimeType, binary) => {
    const ser = SERIALIZERS[id]!();
    expect({
      SERIALIZER_ID: ser.SERIALIZER_ID,
      PAYLOAD_SERIALIZER_ID: ser.PAYLOAD_SERIALIZER_ID,
      RAWSOCKET_SERIALIZER_ID: ser.RAWSOCKET_SERIALIZER_ID,
      MIME_TYPE: ser.MIME_TYPE,
      BINARY: ser.BINARY,
      MESSAGE_TYPE_MAP: ser.MESSAGE_TYPE_MAP,
    }).toEqual({
      SERIALIZER_ID: id,
      PAYLOAD_SERIALIZER_ID: payloadId,
      RAWSOCKET_SERIALIZER_ID: rawSocketId,
      MIME_TYPE: mimeType,
      BINARY: binary,
      MESSAGE_TYPE_MAP,
    });
  });

  describe.each(SERIALIZER_IDS)('%s', (id) => {
    const ser = SERIALIZERS[id]!();
    const call = () => new Call({ request: 1, options: {}, procedure: 'com.example.add2', args: [2, 3] });

    it('returns the payload with its binary flag, and decodes it with or without the flag', () => {
      const [bytes, isBinary] = ser.serialize(call());
      expect(isBinary).toBe(ser.BINARY);
      for (const flag of [isBinary, undefined]) {
        const messages = ser.unserialize(bytes, flag);
        expect(messages.map((m) => m.marshal())).toEqual([[48, 1, {}, 'com.example.add2', [2, 3]]]);
        expect(messages[0]).toBeInstanceOf(Call);
      }
    });

    it('refuses a payload whose binary flag does not match the format', () => {
      const [bytes] = ser.serialize(call());
      expect(expectProtocolError(() => ser.unserialize(bytes, !ser.BINARY), id)).toContain(ser.BINARY ? 'expected binary' : 'expected text');
    });

    it("encodes a message once and serves the message's cached bytes after", () => {
      const message = call();
      const [first] = ser.serialize(message);
      expect(ser.serialize(message)[0]).toBe(first);
      message.uncache();
      const [again] = ser.serialize(message);
      expect(again).not.toBe(first);
      expect(again).toEqual(first);
    });

    it('refuses decoded values that are not WAMP messages', () => {
      const objects = (ser as MessageSerializer).objectSerializer;
      for (const value of [{ a: 1 }, 'HELLO', [], [999, 1], [48, 0, {}, 'a.b']]) {
        expectProtocolError(() => ser.unserialize(objects.serialize(value)), `${id} ${JSON.stringify(value)}`);
      }
    });
  });

  it('turns any other error of the object serializer into a ProtocolError that keeps the cause', () => {
    const broken: IObjectSerializer = {
      NAME: 'broken',
      BINARY: true,
      batched: false,
      serialize: () => new Uint8Array(0),
      unserialize: () => {
        throw new TypeError('boom');
      },
    };
    const ser = new MessageSerializer(broken, { serializerId: 'broken', rawSocketSerializerId: 15, mimeType: 'application/x-broken' });
    const error = thrownBy(() => ser.unserialize(new Uint8Array([1]), true), 'broken') as Error & { cause?: unknown };
    expect([error.name, error.message, (error.cause as Error).message]).toEqual(['ProtocolError', 'broken: cannot decode payload: boom', 'boom']);
  });

  it('passes a ProtocolError from the object serializer through unchanged', () => {
    const json = new JsonObjectSerializer();
    const ser = new MessageSerializer(json, { serializerId: 'json', rawSocketSerializerId: 1, mimeType: 'application/json' });
    expect(expectProtocolError(() => ser.unserialize(new TextEncoder().encode('[1'), false), 'truncated JSON')).toMatch(/^JSON: /);
  });
});
