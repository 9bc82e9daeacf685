import { CborObjectSerializer } from '../src/cbor.js';
import { MsgPackObjectSerializer } from '../src/msgpack.js';

describe.each([
  ['MessagePack', () => new MsgPackObjectSerializer()],
  ['CBOR', () => new CborObjectSerializer()],
] as const)('%s writer', (_name, make) => {
  it('never changes bytes it handed out, across chunks and failed encodes', () => {
    const ser = make();
    const values = Array.from({ length: 400 }, (_, i) => [i, 'x'.repeat(i * 37), { k: new Uint8Array(i % 50).fill(i & 255) }]);
    const outputs = values.map((v, i) => {
      if (i % 50 === 7) expect(() => ser.serialize([1n])).toThrow(expect.objectContaining({ name: 'SerializationError' }));
      return ser.serialize(v);
    });
    const big = ser.serialize(['y'.repeat(200_000)]);
    outputs.forEach((bytes, i) => expect(ser.unserialize(bytes)).toEqual([values[i]]));
    expect(ser.unserialize(big)).toEqual([['y'.repeat(200_000)]]);
  });

  it('returns plain Uint8Array views, not Buffers', () => {
    const bytes = make().serialize([1, 'a']);
    expect(bytes.constructor).toBe(Uint8Array);
  });
});
