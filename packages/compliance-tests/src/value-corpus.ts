/**
 * The built-in values every object serializer must round-trip.
 *
 * @module
 */

/** A value with a name that says what it exercises. */
export interface NamedValue {
  readonly name: string;
  readonly value: unknown;
}

function byteRange(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 7 + 3) & 0xff;
  return bytes;
}

/**
 * Fresh copies of the corpus: every kind of value in the `IObjectSerializer`
 * value mapping, at the edges where encoders switch representation (integer
 * widths, string and container lengths past 16 bits, surrogate pairs).
 */
export function valueCorpus(): NamedValue[] {
  const all256 = Uint8Array.from({ length: 256 }, (_, i) => i);
  return [
    { name: 'null', value: null },
    { name: 'true and false', value: [true, false] },
    { name: 'zero', value: 0 },
    {
      name: 'small integers around the one-byte boundaries',
      value: [1, -1, 23, 24, -24, -25, 31, -32, -33, 127, 128, 255, 256, -128, -129],
    },
    {
      name: 'integers around the 16-, 32- and 64-bit boundaries',
      value: [
        65535, 65536, -32768, -32769, 2147483647, 2147483648, -2147483648, -2147483649, 4294967295, 4294967296,
        -4294967296,
      ],
    },
    { name: 'the largest safe integers ±(2^53 − 1)', value: [Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER] },
    { name: 'the WAMP ID limits ±2^53', value: [2 ** 53, -(2 ** 53)] },
    {
      name: 'floats (fractions, tiny, huge, subnormal)',
      value: [0.5, -0.25, Math.PI, 1e-10, -1.5e300, 2.2250738585072014e-308, 5e-324, 0.1, 123456.789, Number.MAX_VALUE],
    },
    { name: 'a float at the top level', value: -2.5 },
    { name: 'the empty string', value: '' },
    {
      name: 'text with control characters and escapes',
      value: 'tab\there\nnewline\r\u001f "quoted" \\backslash\\ /slash \u007f',
    },
    { name: 'text with a NUL inside', value: 'before\u0000after' },
    {
      name: 'unicode text from the basic plane',
      value: 'Grüße — 日本語のテキスト 한국어 e\u0301 مرحبا \u2028\u2029 \ufeff',
    },
    { name: 'astral characters (surrogate pairs)', value: '🚀🌍🧪 𝄞 𠜎 \u{10ffff}' },
    { name: 'a string longer than 65,535 bytes', value: 'wamp-ü'.repeat(11000) },
    { name: 'empty bytes', value: new Uint8Array(0) },
    { name: 'bytes 0x00 to 0xff', value: all256 },
    { name: 'a byte string longer than 65,535 bytes', value: byteRange(70000) },
    { name: 'an empty list', value: [] },
    { name: 'an empty dict', value: {} },
    { name: 'a list longer than 65,535 items', value: Array.from({ length: 70000 }, (_, i) => i % 300) },
    {
      name: 'a dict with empty, unicode and numeric-looking keys',
      value: { '': 1, ключ: 2, '🔑': [3], '10': 'ten', '1.5': null },
    },
    {
      name: 'nested lists and dicts',
      value: {
        level1: { level2: { level3: { level4: { level5: [1, [2, [3, [4, [5, { deep: true }]]]]] } } } },
        list: [null, true, false, 0, 'x', [], {}, [[]], [{}]],
      },
    },
    {
      name: 'bytes nested in lists and dicts',
      value: [{ blob: all256.slice(0, 3), inner: { empty: new Uint8Array(0) } }, [new Uint8Array([0, 0, 0])]],
    },
    { name: 'a WAMP CALL as a list', value: [48, 7814135, { timeout: 1000 }, 'com.myapp.add2', [2, 3], { x: 'y' }] },
  ];
}
