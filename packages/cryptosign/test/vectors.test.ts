import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VECTORS_DIR, loadVectors } from '@wamp/test-vectors';
import { CryptosignKey } from '../src/index.js';
import { load } from '../src/node.js';

interface ChallengeVector {
  name: string;
  seed: string;
  public_key: string;
  challenge: string;
  signature: string;
  channel_id?: string;
  signature_with_channel_binding?: string;
}
interface SignVector {
  name: string;
  seed: string;
  public_key: string;
  message: string;
  signature: string;
}
interface KeyEntry {
  file: string;
  format: string;
  encrypted: boolean;
  public_key?: string;
  public_key_from_pub_file?: string;
  can_sign?: boolean;
}

const hex = (h: string) => new Uint8Array(Buffer.from(h, 'hex'));
const data = loadVectors<{ vectors: ChallengeVector[]; sign_vectors: SignVector[] }>('cryptosign.json');
const keys = loadVectors<{ keys: KeyEntry[] }>('keys/index.json');

describe('cryptosign.json challenge vectors', () => {
  it.each((data?.vectors ?? []).map((v) => [v.name, v] as const))('%s', async (_name, v) => {
    const key = await CryptosignKey.fromSeedHex(v.seed);
    expect(key.publicKey()).toBe(v.public_key);
    const challenge = { method: 'cryptosign', extra: { challenge: v.challenge } };
    expect(await key.signChallenge(challenge)).toBe(v.signature);
    const verifier = CryptosignKey.fromPublicKey(v.public_key);
    expect(await verifier.verifyChallenge(challenge, v.signature)).toBe(true);
    if (v.channel_id && v.signature_with_channel_binding) {
      const channelId = hex(v.channel_id);
      expect(await key.signChallenge(challenge, channelId, 'tls-unique')).toBe(v.signature_with_channel_binding);
      expect(await verifier.verifyChallenge(challenge, v.signature_with_channel_binding, channelId)).toBe(true);
      // A verifier given the plain challenge must refuse the channel-bound signature.
      expect(await verifier.verifyChallenge(challenge, v.signature_with_channel_binding)).toBe(false);
    }
  });

  it.each((data?.sign_vectors ?? []).map((v) => [v.name, v] as const))('raw signature %s', async (_name, v) => {
    const key = await CryptosignKey.fromSeedHex(v.seed);
    expect(Buffer.from(await key.sign(hex(v.message))).toString('hex')).toBe(v.signature);
    expect(Buffer.from(await key.recover(hex(v.message), hex(v.signature))).toString('hex')).toBe(v.public_key);
  });
});

describe('key files in vectors/keys', () => {
  it.each((keys?.keys ?? []).map((k) => [k.file, k] as const))('%s', async (file, k) => {
    const path = join(VECTORS_DIR, 'keys', file);
    if (k.encrypted) {
      await expect(load(path)).rejects.toThrow(/encrypted with a passphrase/);
      return;
    }
    const key = await load(path);
    expect(key.publicKey()).toBe(k.public_key);
    expect(key.canSign).toBe(k.can_sign ?? k.format !== 'openssh-public');
    if (key.canSign) {
      const challenge = { method: 'cryptosign', extra: { challenge: 'ab'.repeat(32) } };
      expect(await CryptosignKey.fromPublicKey(key.publicKey()).verifyChallenge(challenge, await key.signChallenge(challenge))).toBe(true);
    }
    expect(readFileSync(path, 'utf8').length).toBeGreaterThan(0);
  });
});
