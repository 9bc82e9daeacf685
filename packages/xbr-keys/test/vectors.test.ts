/** ../shared/vectors/eip712.json: EIP-712 typed data, EIP-191 messages and BIP-39 derivations. */
import type { TypedData } from '@wamp/interfaces';
import { loadVectors } from '@wamp/test-vectors';
import { EthereumKey, typedDataDigest } from '../src/index.js';

interface Vectors {
  typed_data_vectors: { name: string; private_key: string; address: string; typed_data: TypedData; signature: string; digest?: string }[];
  personal_sign_vectors: { name: string; private_key: string; address: string; data: string; signature: string }[];
  seed_phrase_derivation: { seed_phrase: string; derivation_path: string; private_key?: string; address: string }[];
}

const vectors = loadVectors<Vectors>('eip712.json');
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const bytes = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h.replace(/^0x/, ''), 'hex'));

(vectors === undefined ? describe.skip : describe)('eip712.json', () => {
  it.each(vectors!.typed_data_vectors.map((v) => [v.name, v] as const))('typed data %s: same digest, signature and signer', async (_name, v) => {
    const key = EthereumKey.fromHex(v.private_key);
    expect(key.address().toLowerCase()).toBe(v.address.toLowerCase());
    if (v.digest !== undefined) expect(hex(typedDataDigest(v.typed_data))).toBe(v.digest);
    const signature = await key.signTypedData(v.typed_data);
    expect(hex(signature)).toBe(v.signature);
    expect(await key.verifyTypedData(v.typed_data, bytes(v.signature), v.address)).toBe(true);
    expect(await EthereumKey.fromAddress(v.address).verifyTypedData(v.typed_data, bytes(v.signature))).toBe(true);
  });

  it.each(vectors!.personal_sign_vectors.map((v) => [v.name, v] as const))('EIP-191 %s: same signature, recovers the signer', async (_name, v) => {
    const key = EthereumKey.fromHex(v.private_key);
    const signature = await key.sign(bytes(v.data));
    expect(hex(signature)).toBe(v.signature);
    expect(hex(await key.recover(bytes(v.data), signature))).toBe(v.address.replace(/^0x/, '').toLowerCase());
  });

  it.each(vectors!.seed_phrase_derivation.map((v, i) => [`${i} ${v.derivation_path}`, v] as const))('BIP-39 %s', (_name, v) => {
    const index = Number(v.derivation_path.split('/').pop());
    const key = EthereumKey.fromSeedPhrase(v.seed_phrase, index);
    expect(key.address().toLowerCase()).toBe(v.address.toLowerCase());
    if (v.private_key !== undefined) expect(hex(key.exportPrivateKey())).toBe(v.private_key);
  });
});
