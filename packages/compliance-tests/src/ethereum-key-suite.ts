/**
 * The `IEthereumKey` contract as executable checks.
 *
 * @module
 */
import { deepEqual, equal, ok } from 'node:assert/strict';
import type { IEthereumKey, TypedData } from '@wamp/interfaces';
import type { KeyFixture } from './key-suite.js';
import { describeKeyCompliance } from './key-suite.js';
import { resolveFramework } from './test-framework.js';
import type { TestFramework } from './test-framework.js';
import type { TestSetup } from './test-setup.js';

const TYPED: TypedData = {
  types: {
    EIP712Domain: [
      { name: 'name', type: 'string' },
      { name: 'chainId', type: 'uint256' },
    ],
    Order: [
      { name: 'id', type: 'uint64' },
      { name: 'items', type: 'string[]' },
      { name: 'payload', type: 'bytes' },
      { name: 'ok', type: 'bool' },
    ],
  },
  primaryType: 'Order',
  domain: { name: 'compliance', chainId: 1 },
  message: { id: 7, items: ['a', 'b'], payload: '0x0102', ok: true },
};

/**
 * Declares the `IKey` checks plus the `IEthereumKey` ones: `keyType` `'eth'`; `address()` is
 * EIP-55 and `address(true)` its 20 bytes; `recover` gives the signer's address; EIP-712
 * signatures are 65 bytes, verify for the signer and not for another address or other data.
 */
export function describeEthereumKeyCompliance(name: string, setup: TestSetup<KeyFixture<IEthereumKey>>, framework?: TestFramework): void {
  describeKeyCompliance(name, setup, framework);
  const { describe, it } = resolveFramework(framework);
  const run = (body: (f: KeyFixture<IEthereumKey>) => Promise<void>) => async () => {
    const fixture = await setup.setup();
    try {
      await body(fixture);
    } finally {
      await setup.teardown();
    }
  };

  describe(`IEthereumKey compliance: ${name}`, () => {
    it('has keyType "eth" and an EIP-55 address whose bytes are address(true)', run(async ({ signing, verifyOnly }) => {
      equal(signing.keyType, 'eth');
      const address = signing.address();
      ok(/^0x[0-9a-fA-F]{40}$/.test(address), `not an address: ${address}`);
      ok(address !== address.toLowerCase() || !/[a-f]/.test(address.slice(2)), 'the address is check-summed (mixed case)');
      const bytes = signing.address(true);
      equal(bytes.length, 20);
      equal(`0x${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`, address.toLowerCase());
      equal(verifyOnly.address(), address, 'the verify-only key has the same address');
    }));

    it('recovers the signer address from an EIP-191 signature', run(async ({ signing }) => {
      const data = new TextEncoder().encode('compliance');
      const signature = await signing.sign(data);
      equal(signature.length, 65, 'r ‖ s ‖ v');
      deepEqual(await signing.recover(data, signature), signing.address(true));
    }));

    it('signs EIP-712 typed data that verifies for the signer only, and only for that data', run(async ({ signing, verifyOnly }) => {
      const signature = await signing.signTypedData(TYPED);
      equal(signature.length, 65);
      equal(await verifyOnly.verifyTypedData(TYPED, signature, signing.address()), true);
      equal(await verifyOnly.verifyTypedData(TYPED, signature), true, 'the signer defaults to the key itself');
      equal(await verifyOnly.verifyTypedData(TYPED, signature, '0x' + '11'.repeat(20)), false, 'another signer');
      const other: TypedData = { ...TYPED, message: { ...TYPED.message, id: 8 } };
      equal(await verifyOnly.verifyTypedData(other, signature), false, 'other data');
      const broken = signature.slice();
      broken[10] = (broken[10] as number) ^ 1;
      equal(await verifyOnly.verifyTypedData(TYPED, broken), false, 'a flipped bit');
    }));
  });
}
