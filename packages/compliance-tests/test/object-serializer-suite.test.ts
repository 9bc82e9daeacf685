import { describeObjectSerializerCompliance } from '@wamp/compliance-tests/object-serializer';
import type { IObjectSerializer } from '@wamp/interfaces';
import type { SerializerSetupArgs, TestSetup } from '../src/test-setup.js';
import { BROKEN_OBJECT_SERIALIZERS } from './support/broken.js';
import { RecordingFramework, failures } from './support/recorder.js';
import { ReferenceJsonObjectSerializer } from './support/reference-json-object-serializer.js';

function setupOf(
  make: (batched: boolean) => IObjectSerializer
): TestSetup<IObjectSerializer, SerializerSetupArgs> & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    setup: (args) => {
      calls.push('setup');
      return make(args?.batched ?? false);
    },
    teardown: () => {
      calls.push('teardown');
    },
  };
}

// Dogfooding: the suite as a third party runs it, on jest's globals.
describeObjectSerializerCompliance(
  'reference JSON',
  setupOf((batched) => new ReferenceJsonObjectSerializer(batched))
);

/** The check that must catch each broken implementation. */
const CAUGHT_BY: Record<string, string> = {
  'drops byte strings to text': 'returns byte strings as Uint8Array',
  'reorders a batch': 'splits a payload joined from several serialize() results',
  'throws TypeError on garbage': 'decodes random bytes to values or refuses them with ProtocolError',
  'has an empty NAME': 'declares NAME as a non-empty string',
};

describe('describeObjectSerializerCompliance', () => {
  it('passes every check for a correct implementation, calling teardown after each', async () => {
    const framework = new RecordingFramework();
    const setup = setupOf((batched) => new ReferenceJsonObjectSerializer(batched));
    describeObjectSerializerCompliance('reference', setup, framework);
    const outcomes = await framework.run();
    expect(failures(outcomes)).toEqual([]);
    expect(outcomes.length).toBeGreaterThan(40);
    expect(setup.calls.filter((c) => c === 'setup')).toHaveLength(outcomes.length);
    expect(setup.calls).toEqual(outcomes.flatMap(() => ['setup', 'teardown']));
  });

  for (const [what, make] of Object.entries(BROKEN_OBJECT_SERIALIZERS)) {
    it(`fails for an object serializer that ${what}`, async () => {
      const framework = new RecordingFramework();
      describeObjectSerializerCompliance('broken', setupOf(make), framework);
      const outcomes = await framework.run();
      const failed = failures(outcomes);
      expect(failed.length).toBeGreaterThanOrEqual(1);
      expect(failed.some((f) => f.includes(CAUGHT_BY[what]!))).toBe(true);
    });
  }

  it('tears down after a failing check too', async () => {
    const framework = new RecordingFramework();
    const setup = setupOf((batched) => BROKEN_OBJECT_SERIALIZERS['has an empty NAME']!(batched));
    describeObjectSerializerCompliance('broken', setup, framework);
    const outcomes = await framework.run((name) => name.includes('declares NAME'));
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.failed).toBe(true);
    expect(setup.calls).toEqual(['setup', 'teardown']);
  });

  it('declares its checks on the global describe and it when no framework is given', () => {
    const globals = globalThis as unknown as Record<string, unknown>;
    const saved = { describe: globals['describe'], it: globals['it'] };
    const recorder = new RecordingFramework();
    try {
      globals['describe'] = recorder.describe;
      globals['it'] = recorder.it;
      describeObjectSerializerCompliance(
        'globals',
        setupOf((b) => new ReferenceJsonObjectSerializer(b))
      );
    } finally {
      Object.assign(globals, saved);
    }
    expect(recorder.checks.length).toBeGreaterThan(40);
  });

  it('throws TypeError naming the fix when there is no framework at all', () => {
    const globals = globalThis as unknown as Record<string, unknown>;
    const saved = { describe: globals['describe'], it: globals['it'] };
    try {
      globals['describe'] = undefined;
      globals['it'] = undefined;
      expect(() =>
        describeObjectSerializerCompliance(
          'none',
          setupOf((b) => new ReferenceJsonObjectSerializer(b))
        )
      ).toThrow(/pass \{ describe, it \}/);
    } finally {
      Object.assign(globals, saved);
    }
  });
});
