/**
 * The `IKey` and `ICryptosignKey` contracts as executable checks.
 *
 * @module
 */
import { deepEqual, equal, ok, rejects } from 'node:assert/strict';
import type { ICryptosignKey, IKey } from '@wamp/interfaces';
import { resolveFramework } from './test-framework.js';
import type { TestFramework } from './test-framework.js';
import type { TestSetup } from './test-setup.js';

/** What the key suites check: a signing key and a verify-only key of the same public key. */
export interface KeyFixture<K extends IKey = IKey> {
  /** A key that holds its private key. */
  readonly signing: K;
  /** The same public key without the private key. */
  readonly verifyOnly: K;
  /** Known answers: `sign(data)` must give exactly `signature` (for deterministic schemes). */
  readonly vectors?: readonly { readonly data: Uint8Array; readonly signature: Uint8Array }[] | undefined;
}

const PUBLIC_KEY_BYTES: Record<string, number> = { ed25519: 32, eth: 64 };

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

async function recoversDifferently(key: IKey, data: Uint8Array, signature: Uint8Array, expected: Uint8Array): Promise<boolean> {
  try {
    return !sameBytes(await key.recover(data, signature), expected);
  } catch {
    return true;
  }
}

/**
 * Declares the `IKey` checks: `sign` returns a Promise of bytes; `recover` accepts the key's own
 * signature and refuses (or recovers someone else for) a signature over other data; a
 * verify-only key has `canSign === false` and `sign` rejects; `publicKey` has the documented
 * length and form; known-answer vectors pass when given.
 */
export function describeKeyCompliance(name: string, setup: TestSetup<KeyFixture>, framework?: TestFramework): void {
  const { describe, it } = resolveFramework(framework);
  const run = (body: (f: KeyFixture) => Promise<void>) => async () => {
    const fixture = await setup.setup();
    try {
      await body(fixture);
    } finally {
      await setup.teardown();
    }
  };

  describe(`IKey compliance: ${name}`, () => {
    it('signs with a Promise of bytes that recover() accepts', run(async ({ signing }) => {
      const data = new TextEncoder().encode('compliance');
      const pending = signing.sign(data);
      ok(pending instanceof Promise, 'sign returns a Promise');
      const signature = await pending;
      ok(signature instanceof Uint8Array && signature.length > 0, 'the signature is bytes');
      const recovered = await signing.recover(data, signature);
      ok(recovered instanceof Uint8Array, 'recover resolves with bytes');
    }));

    it('does not recover the signer from a signature over other data', run(async ({ signing }) => {
      const data = new TextEncoder().encode('compliance');
      const signature = await signing.sign(data);
      const expected = await signing.recover(data, signature);
      ok(await recoversDifferently(signing, new TextEncoder().encode('compliancf'), signature, expected), 'a signature over other data was accepted');
    }));

    it('marks a verify-only key canSign === false and rejects sign()', run(async ({ signing, verifyOnly }) => {
      equal(signing.canSign, true, 'signing key canSign');
      equal(verifyOnly.canSign, false, 'verify-only key canSign');
      await rejects(verifyOnly.sign(new Uint8Array([1])));
    }));

    it('gives the public key as hex and as bytes of the documented length, the same for both keys', run(async ({ signing, verifyOnly }) => {
      const bytes = signing.publicKey(true);
      const hex = signing.publicKey();
      const length = PUBLIC_KEY_BYTES[signing.keyType];
      ok(length !== undefined, `unknown keyType ${signing.keyType}`);
      equal(bytes.length, length, 'public key length');
      equal(hex, Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(''), 'hex is the lower-case hex of the bytes');
      equal(verifyOnly.publicKey(), hex, 'verify-only key has the same public key');
    }));

    it('reproduces the known-answer vectors it is given', run(async ({ signing, vectors }) => {
      for (const v of vectors ?? []) deepEqual([...(await signing.sign(v.data))], [...v.signature]);
    }));
  });
}

function challengeOf(byte: number): { method: string; extra: Record<string, unknown> } {
  return { method: 'cryptosign', extra: { challenge: byte.toString(16).padStart(2, '0').repeat(32) } };
}

/**
 * Declares the `ICryptosignKey` checks on top of {@link describeKeyCompliance}: the AUTHENTICATE
 * signature is 192 hex digits ending with the signed data; it verifies under the verify-only key;
 * channel binding XORs the channel id into the signed data and a channel-bound signature does not
 * verify without (or with another) channel id; another challenge fails.
 */
export function describeCryptosignKeyCompliance(name: string, setup: TestSetup<KeyFixture<ICryptosignKey>>, framework?: TestFramework): void {
  describeKeyCompliance(name, setup, framework);
  const { describe, it } = resolveFramework(framework);
  const run = (body: (f: KeyFixture<ICryptosignKey>) => Promise<void>) => async () => {
    const fixture = await setup.setup();
    try {
      await body(fixture);
    } finally {
      await setup.teardown();
    }
  };

  describe(`ICryptosignKey compliance: ${name}`, () => {
    it('answers a challenge with 192 hex digits that end with the challenge and verify', run(async ({ signing, verifyOnly }) => {
      const challenge = challengeOf(0xab);
      const signature = await signing.signChallenge(challenge);
      ok(/^[0-9a-f]{192}$/.test(signature), `not 192 lower-case hex digits: ${signature.slice(0, 20)}…`);
      equal(signature.slice(128), challenge.extra['challenge'], 'the signed data is the challenge');
      equal(await verifyOnly.verifyChallenge(challenge, signature), true, 'verifies under the verify-only key');
      equal(await verifyOnly.verifyChallenge(challengeOf(0xac), signature), false, 'another challenge does not verify');
    }));

    it('binds a signature to the channel id', run(async ({ signing, verifyOnly }) => {
      const challenge = challengeOf(0x0f);
      const channelId = new Uint8Array(32).fill(0xf0);
      const signature = await signing.signChallenge(challenge, channelId, 'tls-unique');
      equal(signature.slice(128), 'ff'.repeat(32), 'the signed data is challenge XOR channel id');
      equal(await verifyOnly.verifyChallenge(challenge, signature, channelId, 'tls-unique'), true);
      equal(await verifyOnly.verifyChallenge(challenge, signature), false, 'verifies without the channel id');
      equal(await verifyOnly.verifyChallenge(challenge, signature, new Uint8Array(32).fill(1), 'tls-unique'), false, 'verifies with another channel id');
    }));
  });
}
