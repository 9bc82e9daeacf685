import { MsgPackObjectSerializer } from '../src/msgpack.js';
import { expectProtocolError, expectSerializationError, hex, toHex } from './expect-error.js';

describe('MsgPackObjectSerializer', () => {
  const msgpack = new MsgPackObjectSerializer();

  it('declares NAME msgpack and BINARY true', () => {
    expect([msgpack.NAME, msgpack.BINARY, msgpack.batched]).toEqual(['msgpack', true, false]);
  });

  // Expected bytes follow the MessagePack spec's format table; they are what msgpack.packb writes.
  it.each([
    [0, '00'],
    [127, '7f'],
    [128, 'cc80'],
    [255, 'ccff'],
    [256, 'cd0100'],
    [65535, 'cdffff'],
    [65536, 'ce00010000'],
    [2 ** 32 - 1, 'ceffffffff'],
    [2 ** 32, 'cf0000000100000000'],
    [2 ** 53, 'cf0020000000000000'],
    [-1, 'ff'],
    [-32, 'e0'],
    [-33, 'd0df'],
    [-128, 'd080'],
    [-129, 'd1ff7f'],
    [-32768, 'd18000'],
    [-32769, 'd2ffff7fff'],
    [-(2 ** 31), 'd280000000'],
    [-(2 ** 31) - 1, 'd3ffffffff7fffffff'],
    [-(2 ** 53), 'd3ffe0000000000000'],
    [1.5, 'cb3ff8000000000000'],
    [2 ** 53 + 2, 'cb4340000000000001'],
  ])('writes the number %p in its smallest integer form or as float64: %s', (value, bytes) => {
    expect(toHex(msgpack.serialize(value))).toBe(bytes);
    expect(msgpack.unserialize(hex(bytes))).toEqual([value]);
  });

  it('writes strings as str, Uint8Array as bin, and no extension types', () => {
    expect(toHex(msgpack.serialize('a'))).toBe('a161');
    expect(toHex(msgpack.serialize('x'.repeat(32)))).toBe('d920' + '78'.repeat(32));
    expect(toHex(msgpack.serialize('é'))).toBe('a2c3a9');
    expect(toHex(msgpack.serialize(new Uint8Array([1, 2, 3])))).toBe('c403010203');
    expect(toHex(msgpack.serialize(Buffer.from([1])))).toBe('c40101');
    expect(toHex(msgpack.serialize(new Uint8Array(256)))).toBe('c50100' + '00'.repeat(256));
    expect(toHex(msgpack.serialize([true, false, null, { a: 1 }]))).toBe('94c3c2c081a16101');
  });

  it('reads byte strings back as plain Uint8Array', () => {
    const [value] = msgpack.unserialize(hex('c403010203'));
    expect(value).toEqual(new Uint8Array([1, 2, 3]));
    expect((value as Uint8Array).constructor).toBe(Uint8Array);
  });

  it('reads float32 and the 16/32-bit container and string forms', () => {
    expect(msgpack.unserialize(hex('ca3fc00000'))).toEqual([1.5]);
    expect(msgpack.unserialize(hex('dc000201 02'))).toEqual([[1, 2]]);
    expect(msgpack.unserialize(hex('dd0000000101'))).toEqual([[1]]);
    expect(msgpack.unserialize(hex('de0001a16101'))).toEqual([{ a: 1 }]);
    expect(msgpack.unserialize(hex('da0001 61'))).toEqual(['a']);
    expect(msgpack.unserialize(hex('c6000000 0101'))).toEqual([new Uint8Array([1])]);
  });

  it('reads ±2^53 from 64-bit integer forms', () => {
    expect(msgpack.unserialize(hex('cf0020000000000000'))).toEqual([2 ** 53]);
    expect(msgpack.unserialize(hex('d30020000000000000'))).toEqual([2 ** 53]);
    expect(msgpack.unserialize(hex('d3ffe0000000000000'))).toEqual([-(2 ** 53)]);
    expect(msgpack.unserialize(hex('cf0000000000000005'))).toEqual([5]);
  });

  it.each([
    ['uint64 2^53 + 1', 'cf0020000000000001'],
    ['uint64 2^53 + 2 (a double holds it, still beyond 2^53)', 'cf0020000000000002'],
    ['uint64 2^64 - 1', 'cfffffffffffffffff'],
    ['int64 -(2^53) - 1', 'd3ffdfffffffffffff'],
    ['int64 2^63 - 1', 'd37fffffffffffffff'],
    ['int64 -(2^63)', 'd38000000000000000'],
  ])('refuses the integer %s', (what, bytes) => {
    expect(expectProtocolError(() => msgpack.unserialize(hex(bytes)), what)).toContain('beyond ±2^53');
  });

  it.each([
    ['fixext 1', 'd40100'],
    ['fixext 16', 'd801' + '00'.repeat(16)],
    ['ext 8', 'c7010500'],
    ['the timestamp extension', 'd6ff00000000'],
    ['the never-used byte 0xc1', 'c1'],
    ['an integer map key', '810102'],
    ['a binary map key', '81c4016101'],
    ['a nil map key', '81c001'],
    ['trailing bytes', '0102'],
    ['a truncated str', 'a26100'.slice(0, 4)],
    ['a truncated uint32', 'ce0001'],
    ['an array longer than the payload', 'dd7fffffff'],
    ['a map longer than the payload', 'df7fffffff00'],
    ['invalid UTF-8 in a str', 'a2c328'],
    ['an empty payload', ''],
  ])('refuses %s', (what, bytes) => {
    expectProtocolError(() => msgpack.unserialize(hex(bytes)), what);
  });

  it('refuses nesting deeper than 64 levels, and reads 64', () => {
    const deep = (n: number) => hex('91'.repeat(n) + 'c0');
    expect(msgpack.unserialize(deep(64))).toHaveLength(1);
    expectProtocolError(() => msgpack.unserialize(deep(65)), '65 levels');
    expectProtocolError(() => msgpack.unserialize(new Uint8Array(100_000).fill(0x91)), '100,000 levels');
  });

  it('keeps a __proto__ map key as an own key without touching the prototype', () => {
    const [value] = msgpack.unserialize(hex('81a95f5f70726f746f5f5f81a17801')) as [Record<string, unknown>];
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect((value as { x?: unknown }).x).toBeUndefined();
  });

  it.each([
    ['a bigint', [1n]],
    ['a function', { f: () => 1 }],
    ['a symbol', [Symbol('s')]],
    ['a Date', [new Date(0)]],
    ['a Set', [new Set([1])]],
  ])('refuses to serialize %s with SerializationError naming it', (what, value) => {
    expect(expectSerializationError(() => msgpack.serialize(value), what)).toMatch(/^MessagePack: /);
  });

  it('refuses cycles with SerializationError', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expectSerializationError(() => msgpack.serialize(cyclic), 'cyclic dict');
  });
});

describe('MsgPackObjectSerializer batched', () => {
  const msgpack = new MsgPackObjectSerializer({ batched: true });

  it('prefixes each value with its 4-byte big-endian length', () => {
    expect(toHex(msgpack.serialize([1, 'a']))).toBe('00000004' + '9201a161');
    expect(msgpack.unserialize(hex('00000001 01 00000002 a161'))).toEqual([1, 'a']);
  });

  it.each([
    ['an empty batch', ''],
    ['a truncated length prefix', '000000'],
    ['a length past the end', '0000000501'],
    ['a record with trailing bytes', '000000020101'],
    ['an empty record', '00000000'],
  ])('refuses %s', (what, bytes) => {
    expectProtocolError(() => msgpack.unserialize(hex(bytes)), what);
  });
});
