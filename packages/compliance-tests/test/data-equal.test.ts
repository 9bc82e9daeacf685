import { copyData, dataEqual, findDifference } from '../src/data-equal.js';

describe('findDifference', () => {
  it('treats maps as equal regardless of key order', () => {
    expect(findDifference({ a: 1, b: [2, { c: 3 }] }, { b: [2, { c: 3 }], a: 1 })).toBeUndefined();
  });

  it('compares byte strings by content and names the first differing offset', () => {
    expect(dataEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(findDifference(new Uint8Array([1, 2, 3]), new Uint8Array([1, 9, 3]))).toMatch(/offset 1/);
  });

  it('does not accept text or a list of numbers in place of bytes', () => {
    expect(findDifference('\u0001\u0002', new Uint8Array([1, 2]))).toMatch(
      /^at \$: expected <Uint8Array 2 bytes 0102>/
    );
    expect(dataEqual([1, 2], new Uint8Array([1, 2]))).toBe(false);
  });

  it('compares numbers by value, with NaN equal to NaN', () => {
    expect(dataEqual(1, 1.0)).toBe(true);
    expect(dataEqual(0, -0)).toBe(true);
    expect(dataEqual(NaN, NaN)).toBe(true);
    expect(dataEqual(1, '1')).toBe(false);
    expect(dataEqual(2 ** 53, 2n ** 53n)).toBe(false);
  });

  it('reports the path of the first difference', () => {
    expect(findDifference([48, 1, { x: [1, 2] }], [48, 1, { x: [1, 3] }])).toBe('at $[2].x[1]: expected 3, got 2');
    expect(findDifference({ 'a b': 1 }, { 'a b': 2 })).toBe('at $["a b"]: expected 2, got 1');
  });

  it('tells missing and extra keys apart from different values', () => {
    expect(findDifference({ a: 1 }, { a: 1, b: 2 })).toMatch(/expected keys \["a","b"\], got \["a"\]/);
    expect(findDifference({ a: 1, c: 2 }, { a: 1, b: 2 })).toMatch(/expected keys/);
  });

  it('refuses a Map or class instance in place of a plain object', () => {
    expect(findDifference(new Map(), {})).toMatch(/expected a plain object, got \[object Map\]/);
    expect(dataEqual(Object.create(null), {})).toBe(true);
  });

  it('tells lists of different lengths apart', () => {
    expect(findDifference([1], [1, 2])).toMatch(/expected a list of 2, got 1 items/);
    expect(dataEqual([], {})).toBe(false);
  });
});

describe('copyData', () => {
  it('copies lists, dicts and bytes deeply, keeping a __proto__ key as data', () => {
    const original = JSON.parse('{"__proto__": {"x": 1}, "l": [1, {"m": 2}]}') as Record<string, unknown>;
    original['b'] = new Uint8Array([1, 2]);
    const copy = copyData(original) as Record<string, unknown>;
    expect(dataEqual(copy, original)).toBe(true);
    expect(copy['l']).not.toBe(original['l']);
    expect(copy['b']).not.toBe(original['b']);
    expect(Object.prototype.hasOwnProperty.call(copy, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  });
});
