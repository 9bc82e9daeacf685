import { describeSerializerCompliance } from '@wamp/compliance-tests/serializer';
import type { ISerializer } from '@wamp/interfaces';
import type { SerializerSetupArgs, TestSetup } from '../src/test-setup.js';
import { BROKEN_SERIALIZERS } from './support/broken.js';
import { RecordingFramework, failures } from './support/recorder.js';
import { ReferenceJsonSerializer } from './support/reference-json-serializer.js';

function setupOf(
  make: (batched: boolean) => ISerializer
): TestSetup<ISerializer, SerializerSetupArgs> & { calls: string[] } {
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

const reference = (batched: boolean): ISerializer => new ReferenceJsonSerializer({ batched });

// Dogfooding: the suite as a third party runs it, on jest's globals.
describeSerializerCompliance('reference JSON', setupOf(reference));

/** The check that must catch each broken implementation. */
const CAUGHT_BY: Record<string, string> = {
  'drops byte strings to text': 'returns byte strings inside messages as Uint8Array',
  'reorders a batch': 'unserializes messages joined from individual serialize() results, all of them in order',
  'throws TypeError on garbage': 'decodes random bytes to messages or refuses them with ProtocolError',
  'returns the wrong SERIALIZER_ID': 'has a SERIALIZER_ID that is a subprotocol token',
};

describe('describeSerializerCompliance', () => {
  it('passes every check for a correct implementation, calling teardown after each', async () => {
    const framework = new RecordingFramework();
    const setup = setupOf(reference);
    describeSerializerCompliance('reference', setup, framework);
    const outcomes = await framework.run();
    expect(failures(outcomes)).toEqual([]);
    expect(outcomes.length).toBeGreaterThan(60);
    // Every setup is followed by its teardown; one check compares two variants and sets up twice.
    expect(setup.calls.join(' ')).toMatch(/^(setup teardown ?)+$/);
    expect(setup.calls.filter((c) => c === 'setup').length).toBe(outcomes.length + 1);
  });

  for (const [what, make] of Object.entries(BROKEN_SERIALIZERS)) {
    it(`fails for a serializer that ${what}`, async () => {
      const framework = new RecordingFramework();
      describeSerializerCompliance('broken', setupOf(make), framework);
      const failed = failures(await framework.run());
      expect(failed.length).toBeGreaterThanOrEqual(1);
      expect(failed.filter((f) => f.includes(CAUGHT_BY[what]!))).not.toEqual([]);
    });
  }

  it('fails for a serializer that does not encode through message.serialize()', async () => {
    class Uncached extends ReferenceJsonSerializer {
      override serialize(message: Parameters<ISerializer['serialize']>[0]): [Uint8Array, boolean] {
        return [this.objects.serialize(message.marshal()), false];
      }
    }
    const framework = new RecordingFramework();
    describeSerializerCompliance(
      'uncached',
      setupOf((b) => new Uncached({ batched: b })),
      framework
    );
    const failed = failures(await framework.run((name) => name.includes('cache')));
    expect(failed.map((f) => f.split(':')[0])).toEqual([
      'encoding > encodes through message.serialize(), so the per-message cache is used',
      'encoding > returns the cached bytes until uncache() is called',
    ]);
  });

  it('fails for a serializer that accepts a payload of the wrong binary-ness', async () => {
    class Lenient extends ReferenceJsonSerializer {
      override unserialize(payload: Uint8Array): ReturnType<ISerializer['unserialize']> {
        return super.unserialize(payload);
      }
    }
    const framework = new RecordingFramework();
    describeSerializerCompliance(
      'lenient',
      setupOf((b) => new Lenient({ batched: b })),
      framework
    );
    const failed = failures(await framework.run());
    expect(failed.map((f) => f.split(':')[0])).toEqual([
      'untrusted input > refuses a payload flagged with the wrong binary-ness with ProtocolError',
    ]);
  });

  it('fails for a serializer whose batched variant is not named <id>.batched', async () => {
    const framework = new RecordingFramework();
    const make = (b: boolean): ISerializer =>
      new ReferenceJsonSerializer({ batched: b, serializerId: b ? 'jsonb.batched' : 'json' });
    describeSerializerCompliance('misnamed', setupOf(make), framework);
    const failed = failures(await framework.run((name) => name.startsWith('identifiers')));
    expect(failed.map((f) => f.split(':')[0])).toEqual([
      'identifiers > names its batched variant <SERIALIZER_ID>.batched, with the same RawSocket id and BINARY',
    ]);
  });

  it('fails for a serializer whose isBinary flag contradicts BINARY', async () => {
    class Liar extends ReferenceJsonSerializer {
      override serialize(message: Parameters<ISerializer['serialize']>[0]): [Uint8Array, boolean] {
        return [super.serialize(message)[0], true];
      }
    }
    const framework = new RecordingFramework();
    describeSerializerCompliance(
      'liar',
      setupOf((b) => new Liar({ batched: b })),
      framework
    );
    const failed = failures(await framework.run((name) => name.startsWith('identifiers')));
    expect(failed.map((f) => f.split(':')[0])).toEqual([
      'identifiers > returns from serialize() an isBinary flag equal to BINARY',
    ]);
  });
});
