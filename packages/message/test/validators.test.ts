import { isProtocolError } from '@wamp/interfaces';
import { MAX_ID, MESSAGE_TYPE, MESSAGE_TYPE_MAP, checkDict, checkId, checkUri, isDict, isId, isUri } from '../src/index.js';

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    if (isProtocolError(e)) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('checkId (Basic Profile, "IDs")', () => {
  it('accepts 1, 2^53 - 1 and 2^53', () => {
    for (const v of [1, 2 ** 53 - 1, 2 ** 53]) expect(checkId(v, 'X.Request')).toBe(v);
    expect(MAX_ID).toBe(2 ** 53);
  });

  it('refuses 0, negatives, fractions, beyond 2^53, non-numbers', () => {
    for (const v of [0, -0, -1, 0.5, 1.5, 2 ** 53 + 2, 2 ** 60, NaN, Infinity, '1', null, undefined, 1n, [1]]) expect(isId(v)).toBe(false);
  });

  it('names the field and the value', () => {
    expect(thrown(() => checkId(0, 'CALL.Request')).message).toBe('CALL.Request must be an integer in 1..2^53, got 0');
  });
});

describe('checkUri (Basic Profile, "URIs")', () => {
  it('accepts loose URIs by default: any characters but whitespace, "." and "#"', () => {
    for (const v of ['a', 'com.myapp.add2', 'com.MyApp.Proc', 'a-b.c@d', 'ünï.cødé', 'x.1.y']) expect(isUri(v)).toBe(true);
  });

  it('refuses empty components, whitespace, "#" and non-strings under the loose rule', () => {
    for (const v of ['', '.', 'a.', '.a', 'a..b', 'a b', 'a\tb', 'a\u00a0b', 'a#b', 5, null]) expect(isUri(v)).toBe(false);
  });

  it('accepts only [0-9a-z_] components under the strict rule', () => {
    expect(isUri('com.my_app.add2', { strict: true })).toBe(true);
    for (const v of ['com.MyApp', 'a-b', 'ünï']) expect(isUri(v, { strict: true })).toBe(false);
    expect(thrown(() => checkUri('com.MyApp', 'REGISTER.Procedure', { strict: true })).message).toBe(
      'REGISTER.Procedure must be a valid strict WAMP URI, got "com.MyApp"',
    );
  });

  it('allows empty components anywhere with match "wildcard"', () => {
    for (const v of ['a..c', '.b.', '..', 'a.b']) expect(isUri(v, { match: 'wildcard' })).toBe(true);
    expect(isUri('a. .c', { match: 'wildcard' })).toBe(false);
    expect(isUri('A..c', { match: 'wildcard', strict: true })).toBe(false);
  });

  it('allows only a trailing dot with match "prefix"', () => {
    for (const v of ['com.myapp.', 'com.myapp']) expect(isUri(v, { match: 'prefix' })).toBe(true);
    for (const v of ['com..myapp', '.com', '', '.']) expect(isUri(v, { match: 'prefix' })).toBe(false);
  });
});

describe('checkDict', () => {
  it('accepts plain objects, also with a null prototype', () => {
    expect(isDict({})).toBe(true);
    expect(isDict(Object.create(null))).toBe(true);
  });

  it('refuses null, lists, bytes, Maps and class instances', () => {
    for (const v of [null, [], new Uint8Array(1), new Map(), new Date(0), 'x', 1]) expect(isDict(v)).toBe(false);
    expect(thrown(() => checkDict(null, 'CALL.Options')).message).toBe('CALL.Options must be a dict, got null');
  });
});

describe('MESSAGE_TYPE and MESSAGE_TYPE_MAP', () => {
  it('map each of the 24 codes to the class of that code', () => {
    const codes = Object.values(MESSAGE_TYPE);
    expect(codes).toHaveLength(24);
    expect([...MESSAGE_TYPE_MAP.keys()].sort((a, b) => a - b)).toEqual([...codes].sort((a, b) => a - b));
    for (const [code, cls] of MESSAGE_TYPE_MAP) expect(cls.MESSAGE_TYPE).toBe(code);
  });
});
