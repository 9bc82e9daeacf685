import { loadVectors } from '@wamp/test-vectors';
import { signWampCraChallenge, timingSafeEqual } from '../src/auth/wampcra-crypto.js';
import { deriveKey } from './support/derive-key.js';

interface CraVector {
  name: string;
  secret: string;
  challenge?: string;
  signature?: string;
  salt?: string;
  iterations?: number;
  keylen?: number;
  derived_key?: string;
}

const file = loadVectors<{ vectors: CraVector[]; public_vectors: CraVector[] }>('wampcra.json');
const vectors = file === undefined ? [] : [...file.vectors, ...file.public_vectors];
const withSignature = vectors.filter((v) => v.signature !== undefined).map((v) => [v.name, v] as const);
const withKey = vectors.filter((v) => v.derived_key !== undefined).map((v) => [v.name, v] as const);

(file === undefined ? describe.skip : describe)('WAMP-CRA signer against ../shared/vectors/wampcra.json', () => {
  it('covers plain and salted vectors', () => {
    expect(withSignature.length).toBeGreaterThan(20);
    expect(withSignature.some(([, v]) => v.salt !== undefined)).toBe(true);
    expect(withSignature.some(([, v]) => v.secret === '')).toBe(true);
  });

  it.each(withKey)('the test helper derives the salted key of %s as Autobahn does', (_name, v) => {
    expect(deriveKey(v.secret, v.salt!, v.iterations!, v.keylen!)).toBe(v.derived_key);
  });

  it.each(withSignature)('signs the challenge of %s', async (_name, v) => {
    const key = v.salt === undefined ? v.secret : deriveKey(v.secret, v.salt, v.iterations!, v.keylen!);
    expect(await signWampCraChallenge(key, v.challenge!)).toBe(v.signature);
  });
});

describe('timingSafeEqual', () => {
  it.each([
    ['abc', 'abc', true],
    ['abc', 'abd', false],
    ['abc', 'ab', false],
    ['', '', true],
    ['', 'a', false],
    ['ünï', 'ünï', true],
    ['ünï', 'uni', false],
  ])('compares %j with %j: %s', (a, b, equal) => {
    expect(timingSafeEqual(a, b)).toBe(equal);
  });
});
