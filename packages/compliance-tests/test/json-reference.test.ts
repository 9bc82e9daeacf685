import fc from 'fast-check';
import { dataEqual } from '../src/data-equal.js';
import { referenceDecode, referenceEncode } from '../src/json-reference.js';
import { wampValue } from '../src/value-arbitraries.js';

describe('JSON reference encoding', () => {
  it('writes byte strings as NUL followed by standard base64 with padding', () => {
    // The WAMP JSON binary convention; 0x00 0x01 0x02 is "AAEC" in base64 (RFC 4648).
    expect(referenceEncode([new Uint8Array([0, 1, 2])])).toBe('["\\u0000AAEC"]');
    expect(referenceEncode(new Uint8Array([0xff]))).toBe('"\\u0000/w=="');
    expect(referenceEncode(new Uint8Array([0xfb, 0xff]))).toBe('"\\u0000+/8="');
    expect(referenceEncode(new Uint8Array(0))).toBe('"\\u0000"');
  });

  it('writes map keys sorted, so equal data gives equal text', () => {
    expect(referenceEncode({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
  });

  it('keeps a key named __proto__ as data', () => {
    const value = JSON.parse('{"__proto__": 1}') as unknown;
    expect(referenceEncode(value)).toBe('{"__proto__":1}');
    expect(Object.keys(referenceDecode('{"__proto__":1}') as object)).toEqual(['__proto__']);
  });

  it('decodes what it encodes, bytes included (fast-check)', () => {
    fc.assert(
      fc.property(wampValue(), (value) => dataEqual(referenceDecode(referenceEncode(value)), value)),
      { numRuns: 300 }
    );
  });

  it('decodes base64 of every length back to the same bytes', () => {
    for (let n = 0; n < 10; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 0xff);
      const back = referenceDecode(referenceEncode(bytes));
      expect(back).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(back as Uint8Array).toString('base64')).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
