import fc from 'fast-check';
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
