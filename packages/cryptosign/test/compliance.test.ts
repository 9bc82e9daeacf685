import { describeCryptosignKeyCompliance } from '@wamp/compliance-tests/key';
import { loadVectors } from '@wamp/test-vectors';
import { CryptosignKey } from '../src/index.js';

interface SignVector {
  seed: string;
  message: string;
  signature: string;
}
const signVectors = loadVectors<{ sign_vectors: SignVector[] }>('cryptosign.json')?.sign_vectors ?? [];
const seed = signVectors[0]?.seed ?? '4d57d97a68f555696620a6d849c0ce582568518d729eb753dc7c732de2804510';
const hex = (h: string) => new Uint8Array(Buffer.from(h, 'hex'));

describeCryptosignKeyCompliance('CryptosignKey', {
  setup: async () => {
    const signing = await CryptosignKey.fromSeedHex(seed);
    return {
      signing,
      verifyOnly: CryptosignKey.fromPublicKey(signing.publicKey()),
      // Ed25519 is deterministic: Autobahn|Python's signatures for this seed are the known answers.
      vectors: signVectors.filter((v) => v.seed === seed).map((v) => ({ data: hex(v.message), signature: hex(v.signature) })),
    };
  },
  teardown: () => {},
});
