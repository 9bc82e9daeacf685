import { JsonObjectSerializer } from '../src/json.js';
import { expectProtocolError, expectSerializationError, toHex } from './expect-error.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('JsonObjectSerializer', () => {
  const json = new JsonObjectSerializer();

  it('declares NAME json, BINARY false and batched false by default', () => {
    expect([json.NAME, json.BINARY, json.batched]).toEqual(['json', false, false]);
    expect(new JsonObjectSerializer({ batched: true }).batched).toBe(true);
  });

  it('writes compact JSON with non-ASCII text as raw UTF-8', () => {
    const value = [1, { a: 'é☃😀', b: [true, null, 1.5] }, 'line\nbreak'];
    expect(text(json.serialize(value))).toBe('[1,{"a":"é☃😀","b":[true,null,1.5]},"line\\nbreak"]');
    expect(toHex(json.serialize(['é']))).toBe('5b22c3a9225d');
  });

  it('writes a Uint8Array as a string of NUL and base64, and reads it back as bytes', () => {
    const value = [new Uint8Array([255]), { b: new Uint8Array([0, 1, 2]) }, [new Uint8Array(0)]];
    const bytes = json.serialize(value);
    expect(text(bytes)).toBe('["\\u0000/w==",{"b":"\\u0000AAEC"},["\\u0000"]]');
    expect(json.unserialize(bytes)).toEqual([value]);
  });

  it('reads a Buffer as bytes like any Uint8Array', () => {
    expect(text(json.serialize([Buffer.from([1, 2, 3])]))).toBe('["\\u0000AQID"]');
  });

  it('keeps map keys that start with NUL as text', () => {
    expect(json.unserialize(utf8('{"\\u0000AA==":1}'))).toEqual([{ '\u0000AA==': 1 }]);
  });

  it('keeps NUL inside a string (not at its start) as text', () => {
    const value = ['a\u0000b', '\u0001x'];
    expect(json.unserialize(json.serialize(value))).toEqual([value]);
  });

  it('refuses a NUL-prefixed string that is not padded base64', () => {
    for (const bad of ['"\\u0000AA"', '"\\u0000A==="', '"\\u0000@@@@"', '"\\u0000AAE"']) {
      expectProtocolError(() => json.unserialize(utf8(bad)), bad);
    }
  });

  it('refuses to send text starting with NUL, which peers would read as bytes', () => {
    const message = expectSerializationError(() => json.serialize({ k: ['\u0000abc'] }), 'text with leading NUL');
    expect(message).toContain('value.k[0]');
  });

  it.each([
    ['NaN', [NaN]],
    ['Infinity', { x: Infinity }],
    ['-Infinity', [-Infinity]],
    ['a bigint', [1n]],
    ['a function', [() => 1]],
    ['a symbol', [Symbol('s')]],
    ['a Map', [new Map()]],
    ['a Date', [new Date(0)]],
    ['an Int16Array', [new Int16Array(2)]],
    ['the integer 2^53 + 2', [2 ** 53 + 2]],
    ['the integer -(2^60)', [-(2 ** 60)]],
  ])('refuses to serialize %s with SerializationError', (_what, value) => {
    expect(expectSerializationError(() => json.serialize(value), String(_what))).toMatch(/^JSON: value\[0\]|^JSON: value\.x/);
  });

  it('refuses cycles and nesting deeper than 64 levels with SerializationError', () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expectSerializationError(() => json.serialize(cyclic), 'cyclic list');
    expectSerializationError(() => json.serialize(JSON.parse(nested(65))), '65 levels');
    expect(text(json.serialize(JSON.parse(nested(64))))).toBe(nested(64));
  });

  it('writes ±2^53, the WAMP ID limits, as integers and floats beyond 10^21 in exponent form', () => {
    expect(text(json.serialize([2 ** 53, -(2 ** 53), 1e21, 1e300, -1.5e-7]))).toBe('[9007199254740992,-9007199254740992,1e+21,1e+300,-1.5e-7]');
  });

  it('drops undefined from dicts and writes it as null in lists', () => {
    expect(text(json.serialize([undefined, { a: undefined, b: 1 }]))).toBe('[null,{"b":1}]');
  });

  it.each([
    ['9007199254740993', '[9007199254740993]'],
    ['-9007199254740993', '{"a":[-9007199254740993]}'],
    ['9007199254740994 (a double holds it, still beyond 2^53)', '[1,9007199254740994]'],
    ['18446744073709551615', '[18446744073709551615]'],
    ['100000000000000000000', '[0,100000000000000000000]'],
  ])('refuses the integer literal %s', (_what, input) => {
    expect(expectProtocolError(() => json.unserialize(utf8(input)), input)).toContain('beyond ±2^53');
  });

  it('accepts ±2^53, long digit runs inside strings, and float literals of any size', () => {
    const input = '[9007199254740992,-9007199254740992,"12345678901234567890",{"12345678901234567890":1e300},9007199254740993.5,1E+300,-1e20]';
    expect(json.unserialize(utf8(input))).toEqual([
      [2 ** 53, -(2 ** 53), '12345678901234567890', { '12345678901234567890': 1e300 }, 9007199254740993.5, 1e300, -1e20],
    ]);
  });

  it.each([
    ['NaN', '[NaN]'],
    ['Infinity', '[Infinity]'],
    ['a number literal that overflows to Infinity', '[1e400]'],
    ['a negative one', '{"a":-1E+999}'],
    ['trailing data', '[1] x'],
    ['two values', '[1][2]'],
    ['an empty payload', ''],
    ['only whitespace', '  '],
    ['a single quote string', "['a']"],
    ['a trailing comma', '[1,]'],
    ['a byte-order mark', '\ufeff[1]'],
  ])('refuses %s', (what, input) => {
    expectProtocolError(() => json.unserialize(utf8(input)), what);
  });

  it.each([
    ['a lone continuation byte', [0x5b, 0x22, 0x80, 0x22, 0x5d]],
    ['an overlong NUL', [0x5b, 0x22, 0xc0, 0x80, 0x22, 0x5d]],
    ['an encoded surrogate', [0x5b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x5d]],
    ['a truncated sequence', [0x5b, 0x22, 0xe2, 0x98, 0x22, 0x5d]],
    ['the byte 0xff', [0xff]],
  ])('refuses invalid UTF-8: %s', (what, bytes) => {
    expect(expectProtocolError(() => json.unserialize(Uint8Array.from(bytes)), what)).toContain('UTF-8');
  });

  it('refuses nesting deeper than 64 levels with ProtocolError, not a stack overflow', () => {
    expect(json.unserialize(utf8(nested(64)))).toEqual([JSON.parse(nested(64))]);
    expectProtocolError(() => json.unserialize(utf8(nested(65))), '65 levels');
    expectProtocolError(() => json.unserialize(utf8(nested(100_000))), '100,000 levels');
    expectProtocolError(() => json.unserialize(utf8(`[${nested(100_000)},"\\u0000AA=="]`)), '100,000 levels with bytes');
  });
});

describe('JsonObjectSerializer batched', () => {
  const json = new JsonObjectSerializer({ batched: true });

  it('follows each value with the record separator 0x1E (Advanced Profile, "Message Batching")', () => {
    expect(toHex(json.serialize([1]))).toBe('5b315d1e');
    expect(toHex(json.serialize({ a: 'é' }))).toBe('7b2261223a22c3a9227d1e');
  });

  it('reads both 0x1E and 0x18 (which Autobahn|Python 22.7.1 writes), also mixed', () => {
    expect(json.unserialize(utf8('[1]\u001e{"a":2}\u0018"x"\u001e'))).toEqual([[1], { a: 2 }, 'x']);
  });

  it('refuses an empty batch, a missing last separator and an empty record', () => {
    expectProtocolError(() => json.unserialize(new Uint8Array(0)), 'empty batch');
    expectProtocolError(() => json.unserialize(utf8('[1]\u001e[2]')), 'no last separator');
    expectProtocolError(() => json.unserialize(utf8('\u001e')), 'only a separator');
    expectProtocolError(() => json.unserialize(utf8('[1]\u001e\u001e')), 'empty record');
  });
});
