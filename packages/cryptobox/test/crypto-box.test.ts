import { x25519 } from '@noble/curves/ed25519';
import { fromBase64, toBase64 } from '../src/base64.js';
import { boxKey, open, seal } from '../src/crypto-box.js';

// Known answer from PyNaCl 1.5.0 (libsodium): Box(PrivateKey(b'\x01' * 32), PrivateKey(b'\x02' * 32).public_key)
// .encrypt(b'hello', b'\x03' * 24), and PrivateKey(b'\x02' * 32).public_key, both in base64.
const BOXED = 'AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMD92e6SNSOh92DggumlUhpU4tOE2NE';
const PUBLIC_2 = 'zo060cy2M+x7cMF4FKXHbs0CloUFDTRHRboFhw5YfVk=';

const a = new Uint8Array(32).fill(1);
const b = new Uint8Array(32).fill(2);

describe('crypto_box', () => {
  it('derives the public key and boxes exactly as libsodium does', () => {
    expect(toBase64(x25519.getPublicKey(b))).toBe(PUBLIC_2);
    expect(toBase64(seal(boxKey(a, x25519.getPublicKey(b)), new TextEncoder().encode('hello'), new Uint8Array(24).fill(3)))).toBe(BOXED);
  });

  it('opens from either side: box key (a, B) equals (b, A)', () => {
    expect(boxKey(b, x25519.getPublicKey(a))).toEqual(boxKey(a, x25519.getPublicKey(b)));
    expect(new TextDecoder().decode(open(boxKey(b, x25519.getPublicKey(a)), fromBase64(BOXED, 'box')))).toBe('hello');
  });

  it('uses a fresh random nonce per box', () => {
    const key = boxKey(a, x25519.getPublicKey(b));
    const one = seal(key, new Uint8Array([1]));
    const two = seal(key, new Uint8Array([1]));
    expect(one.subarray(0, 24)).not.toEqual(two.subarray(0, 24));
  });

  it('refuses a flipped byte, a short box and another key', () => {
    const key = boxKey(a, x25519.getPublicKey(b));
    const boxed = fromBase64(BOXED, 'box');
    for (let i = 0; i < boxed.length; i++) {
      const bad = Uint8Array.from(boxed);
      bad[i]! ^= 0x80;
      expect(() => open(key, bad)).toThrow(/authentication failed/);
    }
    expect(() => open(key, boxed.subarray(0, 39))).toThrow(/too short/);
    expect(() => open(boxKey(a, x25519.getPublicKey(a)), boxed)).toThrow(/authentication failed/);
  });

  it('refuses keys of the wrong length and a low-order public key', () => {
    expect(() => boxKey(new Uint8Array(31), x25519.getPublicKey(b))).toThrow(RangeError);
    expect(() => boxKey(a, new Uint8Array(33))).toThrow(RangeError);
    expect(() => boxKey(a, new Uint8Array(32))).toThrow(/low order/);
  });
});

describe('base64', () => {
  it('round-trips every length and refuses non-base64', () => {
    for (let n = 0; n < 10; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 255);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      expect(fromBase64(toBase64(bytes), 'x')).toEqual(bytes);
    }
    expect(() => fromBase64('ab$d', 'the key')).toThrow(/the key is not base64/);
    expect(() => fromBase64('abcde', 'the key')).toThrow(/the key is not base64/);
  });
});
