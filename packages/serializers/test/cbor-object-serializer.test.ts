import { CborObjectSerializer } from '../src/cbor.js';
import { expectProtocolError, expectSerializationError, hex, toHex } from './expect-error.js';

describe('CborObjectSerializer', () => {
  const cbor = new CborObjectSerializer();

  it('declares NAME cbor and BINARY true', () => {
    expect([cbor.NAME, cbor.BINARY, cbor.batched]).toEqual(['cbor', true, false]);
  });

  // Expected bytes follow RFC 8949 (Appendix A examples); they are what cbor2.dumps writes.
  it.each([
    [0, '00'],
    [23, '17'],
    [24, '1818'],
    [255, '18ff'],
    [256, '190100'],
    [65536, '1a00010000'],
    [2 ** 32, '1b0000000100000000'],
    [2 ** 40 + 5, '1b0000010000000005'],
    [2 ** 53, '1b0020000000000000'],
    [-1, '20'],
    [-25, '3818'],
    [-129, '3880'],
    [-(2 ** 31) - 1, '3a80000000'],
    [-(2 ** 53), '3b001fffffffffffff'],
    [1.5, 'fb3ff8000000000000'],
    [0.1, 'fb3fb999999999999a'],
    [2 ** 53 + 2, 'fb4340000000000001'],
  ])('writes the number %p as the shortest integer or as float64: %s', (value, bytes) => {
    expect(toHex(cbor.serialize(value))).toBe(bytes);
    expect(cbor.unserialize(hex(bytes))).toEqual([value]);
  });

  it('writes Uint8Array as a plain byte string (major type 2, no typed-array tag), text as major type 3', () => {
    expect(toHex(cbor.serialize(new Uint8Array([1, 2, 3])))).toBe('43010203');
    expect(toHex(cbor.serialize(Buffer.from([1])))).toBe('4101');
    expect(toHex(cbor.serialize('é'))).toBe('62c3a9');
    expect(toHex(cbor.serialize([true, false, null, undefined, { a: 1, u: undefined }]))).toBe('85f5f4f6f6a1616101');
  });

  it('writes definite lengths and no tags for long and nested values', () => {
    expect(toHex(cbor.serialize(['x'.repeat(24), new Uint8Array(300)]))).toBe('82' + '7818' + '78'.repeat(24) + '59012c' + '00'.repeat(300));
  });

  it('reads byte strings back as plain Uint8Array, never Buffer', () => {
    const [value] = cbor.unserialize(hex('43010203'));
    expect(value).toEqual(new Uint8Array([1, 2, 3]));
    expect((value as Uint8Array).constructor).toBe(Uint8Array);
  });

  it.each([
    ['float16', 'f93e00', 1.5],
    ['float32', 'fa3fc00000', 1.5],
    ['an indefinite-length array', '9f0102ff', [1, 2]],
    ['an indefinite-length map', 'bf616101ff', { a: 1 }],
    ['the self-describe tag 55799', 'd9d9f783010203', [1, 2, 3]],
    ['a small bignum (tag 2)', 'c24105', 5],
    ['a small negative bignum (tag 3)', 'c34105', -6],
    ['2^53 as a 64-bit integer', '1b0020000000000000', 2 ** 53],
    ['5 in a 64-bit head', '1b0000000000000005', 5],
  ])('reads %s', (_what, bytes, value) => {
    expect(cbor.unserialize(hex(bytes))).toEqual([value]);
  });

  it.each([
    ['the integer 2^53 + 1', '1b0020000000000001'],
    ['the integer 2^64 - 1', '1bffffffffffffffff'],
    ['the integer -(2^53) - 1', '3b0020000000000000'],
    ['a bignum 2^64 (tag 2)', 'c249010000000000000000'],
  ])('refuses %s as beyond ±2^53', (what, bytes) => {
    expect(expectProtocolError(() => cbor.unserialize(hex(bytes)), what)).toContain('beyond ±2^53');
  });

  it.each([
    ['trailing bytes after the item', '0102'],
    ['an empty payload', ''],
    ['a date (tag 1)', 'c1fb0000000000000000'],
    ['a set (tag 258)', 'd9010283010203'],
    ['an unknown tag', 'd82a4101'],
    ['a typed array other than Uint8Array (tag 75)', 'd84b4401020304'],
    ['undefined', 'f7'],
    ['a simple value', 'e0'],
    ['an integer map key', 'a10102'],
    ['a null map key', 'a1f601'],
    ['a float map key', 'a1fb3ff800000000000001'],
    ['the map key __proto__', 'a1695f5f70726f746f5f5f01'],
    ['a lone break', 'ff'],
    ['a reserved additional-information value', '1c'],
    ['a truncated array', '8301'],
    ['a byte string longer than the payload', '5a7fffffff00'],
  ])('refuses %s', (what, bytes) => {
    expectProtocolError(() => cbor.unserialize(hex(bytes)), what);
  });

  it.each([
    ['invalid UTF-8 in text', '62c328'],
    ['invalid UTF-8 in a long text', '7820' + '61'.repeat(31) + 'ff'],
    ['invalid UTF-8 in a map key', 'a162c32801'],
    ['invalid UTF-8 in text inside a tagged, indefinite list', 'd9d9f7 9f 01 63eda080 ff'],
    ['invalid UTF-8 in text inside an indefinite map, after bytes', 'bf 6161 4280ff 6162 62c328 ff'],
    ['an encoded surrogate', '63eda080'],
  ])('refuses %s', (what, bytes) => {
    expect(expectProtocolError(() => cbor.unserialize(hex(bytes)), what)).toContain('not valid UTF-8');
  });

  it('reads U+FFFD that is really in the text, also next to invalid text elsewhere being refused', () => {
    expect(cbor.unserialize(hex('a163efbfbd63efbfbd'))).toEqual([{ '\uFFFD': '\uFFFD' }]);
    expectProtocolError(() => cbor.unserialize(hex('8263efbfbd6180')), 'valid U+FFFD, then invalid text');
  });

  it('names a non-string map key once, without repeating the format', () => {
    expect(expectProtocolError(() => cbor.unserialize(hex('a10102')), 'integer key')).toBe('CBOR: map keys must be strings, got a number');
  });

  it('refuses nesting deeper than 64 levels, and reads 64', () => {
    const deep = (n: number) => hex('81'.repeat(n) + 'f6');
    expect(cbor.unserialize(deep(64))).toHaveLength(1);
    expectProtocolError(() => cbor.unserialize(deep(65)), '65 levels');
    expectProtocolError(() => cbor.unserialize(new Uint8Array(100_000).fill(0x81)), '100,000 levels');
  });

  it('decodes correctly after refusing a payload (no state left behind)', () => {
    expectProtocolError(() => cbor.unserialize(hex('a10102')), 'integer key');
    expectProtocolError(() => cbor.unserialize(hex('d9dfff8419e000826161616201')), 'truncated record');
    expect(cbor.unserialize(hex('a2616101616202'))).toEqual([{ a: 1, b: 2 }]);
  });

  it.each([
    ['a bigint', [1n]],
    ['a function', { f: () => 1 }],
    ['a symbol', [Symbol('s')]],
    ['a Map', [new Map([[1, 2]])]],
    ['a Float32Array', [new Float32Array(1)]],
  ])('refuses to serialize %s with SerializationError naming it', (what, value) => {
    expect(expectSerializationError(() => cbor.serialize(value), what)).toMatch(/^CBOR: /);
  });

  it('refuses cycles with SerializationError', () => {
    const cyclic: unknown[] = [];
    cyclic.push([cyclic]);
    expectSerializationError(() => cbor.serialize(cyclic), 'cyclic list');
  });
});

describe('CborObjectSerializer batched', () => {
  const cbor = new CborObjectSerializer({ batched: true });

  it('prefixes each value with its 4-byte big-endian length', () => {
    expect(toHex(cbor.serialize([1, 'a']))).toBe('00000004' + '82016161');
    expect(cbor.unserialize(hex('00000001 01 00000002 6161'))).toEqual([1, 'a']);
  });

  it.each([
    ['an empty batch', ''],
    ['a truncated length prefix', '0000'],
    ['a length past the end', '0000000501'],
    ['a record with trailing bytes', '000000020101'],
    ['an empty record', '00000000'],
  ])('refuses %s', (what, bytes) => {
    expectProtocolError(() => cbor.unserialize(hex(bytes)), what);
  });
});
