import { isProtocolError } from '@wamp/interfaces';
import { ubjsonObjectSerializer } from '../src/ubjson-object-serializer.js';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const fromHex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'hex'));

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    if (isProtocolError(err)) return err.message;
    throw err;
  }
  throw new Error('expected a ProtocolError, got a result');
}

// Known answers computed with py-ubjson 0.16.1 (`ubjson.dumpb(value).hex()`), the
// library under Autobahn|Python's UBJSONObjectSerializer.
const PY_UBJSON: [string, unknown, string][] = [
  ['null', null, '5a'],
  ['true', true, '54'],
  ['false', false, '46'],
  ['0 as uint8', 0, '5500'],
  ['255 as uint8', 255, '55ff'],
  ['256 as int16', 256, '490100'],
  ['-1 as int8', -1, '69ff'],
  ['-128 as int8', -128, '6980'],
  ['-129 as int16', -129, '49ff7f'],
  ['32767 as int16', 32767, '497fff'],
  ['32768 as int32', 32768, '6c00008000'],
  ['-32769 as int32', -32769, '6cffff7fff'],
  ['2^31 - 1 as int32', 2 ** 31 - 1, '6c7fffffff'],
  ['2^31 as int64', 2 ** 31, '4c0000000080000000'],
  ['-2^31 - 1 as int64', -(2 ** 31) - 1, '4cffffffff7fffffff'],
  ['2^53 as int64', 2 ** 53, '4c0020000000000000'],
  ['-2^53 as int64', -(2 ** 53), '4cffe0000000000000'],
  ['1.5 as float64', 1.5, '443ff8000000000000'],
  ['-0.25 as float64', -0.25, '44bfd0000000000000'],
  ['1e-10 as float64', 1e-10, '443ddb7cdfd9d7bdbb'],
  ['the empty string', '', '535500'],
  ['a one-byte string as a char', 'a', '4361'],
  ['NUL as a char', '\u0000', '4300'],
  ['a unicode string', 'é😀', '535506c3a9f09f9880'],
  ['empty bytes', new Uint8Array(0), '5b2455235500'],
  ['bytes as a typed uint8 array', new Uint8Array([0, 0xff]), '5b245523550200ff'],
  ['an empty list', [], '5b5d'],
  ['an empty dict', {}, '7b7d'],
  ['nested lists and dicts', [1, [2, { k: null }]], '5b55015b55027b55016b5a7d5d5d'],
  [
    'a dict with bytes and a char value',
    { a: 1, b: [true, new Uint8Array([1])], c: 'b' },
    '7b55016155015501625b545b2455235501015d55016343627d',
  ],
];

describe('ubjsonObjectSerializer', () => {
  const ser = ubjsonObjectSerializer();

  for (const [what, value, expected] of PY_UBJSON) {
    it(`encodes ${what} as py-ubjson does`, () => {
      expect(hex(ser.serialize(value))).toBe(expected);
      expect(ser.unserialize(fromHex(expected))).toEqual([value]);
    });
  }

  it('decodes optimized containers: typed and counted arrays and objects', () => {
    // Draft 12 "Optimized Format": $ gives the one type of all items, # their count.
    expect(ser.unserialize(fromHex('5b2469235502017f'))).toEqual([[1, 127]]); // [$i#U 2 ...
    expect(ser.unserialize(fromHex('5b235503550155024378'))).toEqual([[1, 2, 'x']]); // [#U 3, no closing ]
    expect(ser.unserialize(fromHex('7b2469235502550161015501627f'))).toEqual([{ a: 1, b: 127 }]); // {$i#U 2
    expect(ser.unserialize(fromHex('7b2355015501614362'))).toEqual([{ a: 'b' }]); // {#U 1
    expect(ser.unserialize(fromHex('5b245a235503'))).toEqual([[null, null, null]]); // [$Z#U 3
    expect(ser.unserialize(fromHex('5b2464235501' + '3fc00000'))).toEqual([[1.5]]); // float32
  });

  it('decodes a strongly typed uint8 array as a Uint8Array, not a list of numbers', () => {
    const [value] = ser.unserialize(fromHex('5b2455235503010203'));
    expect(value).toBeInstanceOf(Uint8Array);
    expect(Array.from(value as Uint8Array)).toEqual([1, 2, 3]);
  });

  it('skips N no-ops in front of values and inside containers', () => {
    expect(ser.unserialize(fromHex('4e5b4e43784e5d'))).toEqual([['x']]);
    expect(ser.unserialize(fromHex('7b4e5501614e55017d'))).toEqual([{ a: 1 }]);
  });

  it('decodes high-precision numbers that fit a JavaScript number and refuses the others', () => {
    expect(ser.unserialize(fromHex('4855053132333435'))).toEqual([12345]);
    expect(ser.unserialize(fromHex('485503312e35'))).toEqual([1.5]);
    expect(
      refusal(() => ser.unserialize(new Uint8Array([0x48, 0x55, 0x10, ...Buffer.from('9007199254740993')])))
    ).toMatch(/beyond ±2\^53/);
    expect(refusal(() => ser.unserialize(new Uint8Array([0x48, 0x55, 0x03, ...Buffer.from('1x2')])))).toMatch(
      /not a number/
    );
  });

  it('refuses int64 values beyond ±2^53', () => {
    expect(refusal(() => ser.unserialize(fromHex('4c0020000000000001')))).toMatch(/int64 beyond/);
    expect(refusal(() => ser.unserialize(fromHex('4c7fffffffffffffff')))).toMatch(/int64 beyond/);
    expect(refusal(() => ser.unserialize(fromHex('4cffdfffffffffffff')))).toMatch(/int64 beyond/);
  });

  it('refuses malformed input with a ProtocolError naming the offset', () => {
    expect(refusal(() => ser.unserialize(new Uint8Array(0)))).toMatch(/empty payload/);
    expect(refusal(() => ser.unserialize(fromHex('5b5501')))).toMatch(/truncated.*offset 3/);
    expect(refusal(() => ser.unserialize(fromHex('5a5a')))).toMatch(/trailing bytes after the value at offset 1/);
    expect(refusal(() => ser.unserialize(fromHex('41')))).toMatch(/unknown marker 0x41 at offset 0/);
    expect(refusal(() => ser.unserialize(fromHex('535502c328')))).toMatch(/invalid UTF-8/);
    expect(refusal(() => ser.unserialize(fromHex('5369ff')))).toMatch(/length -1 out of range/);
    expect(refusal(() => ser.unserialize(fromHex('536c7fffffff')))).toMatch(/length 2147483647 out of range/);
    expect(refusal(() => ser.unserialize(fromHex('5b245523')))).toMatch(/truncated/);
    expect(refusal(() => ser.unserialize(fromHex('5b24555d')))).toMatch(/needs a count/);
    expect(refusal(() => ser.unserialize(fromHex('43ff')))).toMatch(/char beyond ASCII/);
  });

  it('refuses nesting deeper than 512 levels instead of overflowing the stack', () => {
    expect(refusal(() => ser.unserialize(new Uint8Array(100_000).fill(0x5b)))).toMatch(/nesting deeper than 512/);
    const ok = new Uint8Array(1024);
    ok.fill(0x5b, 0, 512);
    ok.fill(0x5d, 512);
    expect(ser.unserialize(ok)).toHaveLength(1);
  });

  it('refuses a zero-width typed array announcing more than a million items', () => {
    expect(refusal(() => ser.unserialize(fromHex('5b245a236c7fffffff')))).toMatch(/out of range/);
  });

  it('keeps a __proto__ key as data', () => {
    const [value] = ser.unserialize(fromHex('7b55095f5f70726f746f5f5f55017d')) as [Record<string, unknown>];
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('refuses values it cannot carry faithfully with SerializationError', () => {
    for (const bad of [
      NaN,
      Infinity,
      1n,
      undefined,
      () => 0,
      Symbol('s'),
      new Map(),
      new Date(0),
      new Uint16Array(2),
      '\ud800',
    ]) {
      expect(() => ser.serialize([bad])).toThrow(expect.objectContaining({ name: 'SerializationError' }));
    }
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(() => ser.serialize(cyclic)).toThrow(/deeper than 512/);
  });

  it('writes numbers beyond ±2^53 as float64', () => {
    expect(hex(ser.serialize(2 ** 64))).toBe('4443f0000000000000');
    expect(ser.unserialize(ser.serialize(-(2 ** 60)))).toEqual([-(2 ** 60)]);
  });

  it('encodes strings whose length header is shorter than the worst case', () => {
    for (const text of ['x'.repeat(86), 'x'.repeat(255), 'ü'.repeat(100), 'x'.repeat(11_000), 'x'.repeat(40_000)]) {
      expect(ser.unserialize(ser.serialize(text))).toEqual([text]);
    }
  });

  it('does not keep a large scratch buffer between calls, and the bytes it returned stay intact', () => {
    const big = ser.serialize(new Uint8Array(2 << 20).fill(7));
    const small = ser.serialize([1]);
    expect(big.length).toBe(4 + 5 + (2 << 20));
    expect(big[big.length - 1]).toBe(7);
    expect(hex(small)).toBe('5b55015d');
  });
});

describe('ubjsonObjectSerializer({ batched: true })', () => {
  const ser = ubjsonObjectSerializer({ batched: true });

  it('prefixes each value with its length as a 4-byte big-endian integer', () => {
    // Autobahn|Python frames UBJSON batches with struct.pack("!L", len(record)).
    expect(hex(ser.serialize(null))).toBe('000000015a');
    expect(ser.unserialize(fromHex('000000015a0000000255ff'))).toEqual([null, 255]);
  });

  it('refuses broken framing', () => {
    expect(refusal(() => ser.unserialize(fromHex('000000')))).toMatch(/truncated length prefix/);
    expect(refusal(() => ser.unserialize(fromHex('000000025a')))).toMatch(/does not fit/);
    expect(refusal(() => ser.unserialize(fromHex('00000000')))).toMatch(/record length 0/);
    expect(refusal(() => ser.unserialize(fromHex('000000025a5a')))).toMatch(/trailing bytes/);
  });
});
