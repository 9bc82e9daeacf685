import { describeCryptosignKeyCompliance } from '../src/key.js';
import type { KeyFaults } from './support/node-ed25519-key.js';
import { keyFixture } from './support/node-ed25519-key.js';
import { RecordingFramework, failures } from './support/recorder.js';

// Dogfooding on jest's globals: a correct node:crypto key passes.
describeCryptosignKeyCompliance('node:crypto Ed25519', { setup: () => keyFixture(), teardown: () => {} });

const CAUGHT_BY: [string, KeyFaults, string][] = [
  ['recovers from a signature over any data', { recoverAnything: true }, 'does not recover the signer from a signature over other data'],
  ['ignores the channel id', { ignoreChannel: true }, 'binds a signature to the channel id'],
  ['lets a verify-only key claim it can sign', { verifyOnlyClaimsSigning: true }, 'marks a verify-only key canSign === false and rejects sign()'],
];

describe('describeCryptosignKeyCompliance', () => {
  it.each(CAUGHT_BY)('fails a key that %s', async (_what, faults, check) => {
    const framework = new RecordingFramework();
    describeCryptosignKeyCompliance('broken', { setup: () => keyFixture(faults), teardown: () => {} }, framework);
    expect(failures(await framework.run()).filter((f) => f.startsWith(`${check}:`))).toHaveLength(1);
  });

  it('passes every check for a correct key', async () => {
    const framework = new RecordingFramework();
    describeCryptosignKeyCompliance('correct', { setup: () => keyFixture(), teardown: () => {} }, framework);
    const outcomes = await framework.run();
    expect(outcomes.length).toBe(7);
    expect(failures(outcomes)).toEqual([]);
  });
});
