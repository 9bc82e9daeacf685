import fc from 'fast-check';
import { isProtocolError } from '@wamp/interfaces';
import { wampMessage } from '@wamp/compliance-tests/arbitraries';
import { Published } from '@wamp/message';
import { wampEqual } from '@wamp/test-vectors';
import { SERIALIZERS, SERIALIZER_IDS } from './all-serializers.js';

describe('crosstrip between serializers', () => {
  const serializers = SERIALIZER_IDS.map((id) => SERIALIZERS[id]!());

  it('decodes the same message whichever format carried it (json → msgpack → cbor and batched)', () => {
    fc.assert(
      fc.property(wampMessage(), (message) => {
        const expected = message.marshal();
        let current = message;
        for (const serializer of serializers) {
          const [bytes, isBinary] = serializer.serialize(current);
          const [decoded] = serializer.unserialize(bytes, isBinary);
          if (!wampEqual(decoded!.marshal(), expected)) throw new Error(`${serializer.SERIALIZER_ID} changed the message`);
          current = decoded!;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses integers that a number cannot hold exactly in every binary format', () => {
    // uint64 2^53 + 1 as MessagePack (0xcf) and CBOR (0x1b) inside [48, 1, {}, "a", [x]]
    const tail = [0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01];
    const msgpack = new Uint8Array([0x95, 0x30, 0x01, 0x80, 0xa1, 0x61, 0x91, 0xcf, ...tail]);
    const cbor = new Uint8Array([0x85, 0x18, 0x30, 0x01, 0xa0, 0x61, 0x61, 0x81, 0x1b, ...tail]);
    for (const [id, bytes] of [['msgpack', msgpack], ['cbor', cbor]] as const) {
      let error: unknown;
      try {
        SERIALIZERS[id]!().unserialize(bytes, true);
      } catch (e) {
        error = e;
      }
      expect([id, isProtocolError(error), String(error)]).toEqual([id, true, expect.stringContaining('9007199254740993')]);
    }
    expect(() => SERIALIZERS['json']!().unserialize(new TextEncoder().encode('[48,1,{},"a",[9007199254740993]]'), false)).toThrow(
      'cannot be held exactly',
    );
  });

  it('writes 2^53, the largest ID, as an integer in every format (peers refuse a float ID)', () => {
    const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
    const message = new Published({ request: 1, publication: 2 ** 53 });
    const [json] = SERIALIZERS['json']!().serialize(message);
    const [msgpack] = SERIALIZERS['msgpack']!().serialize(message);
    const [cbor] = SERIALIZERS['cbor']!().serialize(message);
    expect(new TextDecoder().decode(json)).toBe('[17,1,9007199254740992]');
    expect(hex(msgpack)).toBe('931101cf0020000000000000');
    expect(hex(cbor)).toBe('8311011b0020000000000000');
  });

  it('writes 33..52-bit integers as integers, not floats', () => {
    const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
    const message = new Published({ request: 1, publication: 2 ** 40 + 5 });
    expect(hex(SERIALIZERS['msgpack']!().serialize(message)[0])).toBe('931101cf0000010000000005');
    expect(hex(SERIALIZERS['cbor']!().serialize(message)[0])).toBe('8311011b0000010000000005');
  });
});
