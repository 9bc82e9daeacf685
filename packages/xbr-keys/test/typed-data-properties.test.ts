/** fast-check: our EIP-712 signatures against ethers' own verifyTypedData and signTypedData, both ways. */
import fc from 'fast-check';
import type { TypedData } from '@wamp/interfaces';
import { Wallet, verifyTypedData } from 'ethers';
import { EthereumKey } from '../src/index.js';

const hexOf = (bytes: Uint8Array): string => `0x${Buffer.from(bytes).toString('hex')}`;

/** A field type and a value generator for it. */
const FIELDS: [string, fc.Arbitrary<unknown>][] = [
  ['uint256', fc.bigInt({ min: 0n, max: 2n ** 256n - 1n }).map((v) => v.toString())],
  ['uint8', fc.integer({ min: 0, max: 255 })],
  ['int32', fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })],
  ['bool', fc.boolean()],
  ['string', fc.string({ maxLength: 20 })],
  ['bytes', fc.uint8Array({ maxLength: 40 }).map(hexOf)],
  ['bytes32', fc.uint8Array({ minLength: 32, maxLength: 32 }).map(hexOf)],
  ['address', fc.uint8Array({ minLength: 20, maxLength: 20 }).map(hexOf)],
  ['string[]', fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 })],
];

const typedData: fc.Arbitrary<TypedData> = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 0, max: FIELDS.length - 1 }), { minLength: 1, maxLength: 5 }),
    fc.boolean(),
    fc.string({ minLength: 1, maxLength: 10 }),
    fc.integer({ min: 1, max: 100_000 }),
  )
  .chain(([picks, nested, name, chainId]) => {
    const fields = picks.map((i, n) => ({ name: `f${n}`, type: FIELDS[i]![0] }));
    const values = picks.map((i) => FIELDS[i]![1]);
    return fc.tuple(fc.tuple(...values), fc.string({ maxLength: 10 })).map(([vals, inner]) => {
      const message: Record<string, unknown> = Object.fromEntries(fields.map((f, n) => [f.name, vals[n]]));
      const types: Record<string, { name: string; type: string }[]> = { Main: [...fields] };
      if (nested) {
        types['Inner'] = [{ name: 'note', type: 'string' }];
        types['Main']!.push({ name: 'inner', type: 'Inner' });
        message['inner'] = { note: inner };
      }
      return { types, primaryType: 'Main', domain: { name, version: '1', chainId }, message };
    });
  });

describe('EIP-712 against ethers', () => {
  const key = EthereumKey.generate();
  const wallet = new Wallet(hexOf(key.exportPrivateKey()));

  it('ethers.verifyTypedData recovers our signer, and we verify ethers’ signatures', async () => {
    await fc.assert(
      fc.asyncProperty(typedData, async (data) => {
        const ours = await key.signTypedData(data);
        const types = data.types as Record<string, { name: string; type: string }[]>;
        expect(verifyTypedData(data.domain, types, data.message, hexOf(ours))).toBe(key.address());
        const theirs = await wallet.signTypedData(data.domain, types, data.message);
        expect(hexOf(ours)).toBe(theirs); // RFC 6979: deterministic, so the same bytes
        expect(await key.verifyTypedData(data, Uint8Array.from(Buffer.from(theirs.slice(2), 'hex')), wallet.address)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
