import fc from 'fast-check';
import { CryptosignKey, parseKeyFile } from '../src/index.js';

const challengeOf = (bytes: Uint8Array) => ({ method: 'cryptosign', extra: { challenge: Buffer.from(bytes).toString('hex') } });

describe('CryptosignKey', () => {
  it('round-trips sign and verify for random keys, challenges and channel ids; any flipped bit fails', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.nat(95 * 8 - 1), async (seed, challenge, channelId, bit) => {
        const key = await CryptosignKey.fromSeed(seed);
        const sig = await key.signChallenge(challengeOf(challenge), channelId);
        expect(sig).toHaveLength(192);
        expect(await key.verifyChallenge(challengeOf(challenge), sig, channelId)).toBe(true);
        const bytes = Buffer.from(sig, 'hex');
        bytes[bit >> 3]! ^= 1 << (bit & 7);
        expect(await key.verifyChallenge(challengeOf(challenge), bytes.toString('hex'), channelId)).toBe(false);
        const otherChallenge = challenge.slice();
        otherChallenge[bit % 32]! ^= 1;
        expect(await key.verifyChallenge(challengeOf(otherChallenge), sig, channelId)).toBe(false);
        const otherChannel = channelId.slice();
        otherChannel[bit % 32]! ^= 0x80;
        expect(await key.verifyChallenge(challengeOf(challenge), sig, otherChannel)).toBe(false);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses to sign without a private key, and says why', async () => {
    const key = CryptosignKey.fromPublicKey('11'.repeat(32));
    expect(key.canSign).toBe(false);
    await expect(key.sign(new Uint8Array(1))).rejects.toThrow(/cannot sign/);
  });

  it('types publicKey by its flag', async () => {
    const key = await CryptosignKey.generate();
    const bytes: Uint8Array = key.publicKey(true);
    const hex: string = key.publicKey();
    expect([bytes.length, hex.length, key.keyType]).toEqual([32, 64, 'ed25519']);
  });

  it('writes a key file that reads back as the same key (Autobahn|Python format)', async () => {
    const key = await CryptosignKey.generate();
    const text = key.toKeyFile('test key');
    expect(parseKeyFile(text).get('public-key-ed25519')).toBe(key.publicKey());
    const back = await CryptosignKey.fromKeyFile(text);
    expect([back.publicKey(), back.canSign]).toEqual([key.publicKey(), true]);
  });

  it.each([
    ['a seed of the wrong length', () => CryptosignKey.fromSeed(new Uint8Array(31)), RangeError],
    ['a non-hex seed', () => CryptosignKey.fromSeedHex('zz'.repeat(32)), TypeError],
    ['an unknown key file tag', () => CryptosignKey.fromKeyFile('c\n\nprivate-key-x: 00\n'), TypeError],
    ['a repeated key file tag', () => CryptosignKey.fromKeyFile('c\n\npublic-key-ed25519: 00\npublic-key-ed25519: 00\n'), TypeError],
    ['a non-OpenSSH text', () => CryptosignKey.fromOpenSshPrivateKey('hello'), TypeError],
  ] as const)('rejects %s with a clear error', async (_what, run, type) => {
    await expect(Promise.resolve().then(run)).rejects.toBeInstanceOf(type);
  });

  it('refuses a challenge that is not 32 bytes of hex', async () => {
    const key = await CryptosignKey.generate();
    await expect(key.signChallenge({ method: 'cryptosign', extra: { challenge: 'abcd' } })).rejects.toThrow(/32 bytes/);
    expect(await key.verifyChallenge(challengeOf(new Uint8Array(32)), 'not hex')).toBe(false);
  });
});
