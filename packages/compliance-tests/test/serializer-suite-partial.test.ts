import { describeSerializerCompliance } from '@wamp/compliance-tests/serializer';
import type { IMessage, ISerializer } from '@wamp/interfaces';
import { SerializationError } from '@wamp/interfaces';
import type { SerializerSetupArgs, TestSetup } from '../src/test-setup.js';
import { RecordingFramework, failures } from './support/recorder.js';
import { ReferenceJsonSerializer } from './support/reference-json-serializer.js';

// A fixed-schema format in miniature: it cannot carry custom (`x_…`) keys in a message's dicts.
const hasCustomKey = (message: IMessage): boolean =>
  message.marshal().some((part) => typeof part === 'object' && part !== null && !Array.isArray(part) && Object.keys(part).some((k) => k.startsWith('x_')));

class Refusing extends ReferenceJsonSerializer {
  override serialize(message: IMessage): [Uint8Array, boolean] {
    if (hasCustomKey(message)) throw new SerializationError('custom keys cannot be carried');
    return super.serialize(message);
  }
}

class Dropping extends ReferenceJsonSerializer {
  override serialize(message: IMessage): [Uint8Array, boolean] {
    if (!hasCustomKey(message)) return super.serialize(message);
    const stripped = message.marshal().map((part) =>
      typeof part === 'object' && part !== null && !Array.isArray(part) ? Object.fromEntries(Object.entries(part).filter(([k]) => !k.startsWith('x_'))) : part,
    );
    return [this.objects.serialize(stripped), false];
  }
}

class WrongError extends ReferenceJsonSerializer {
  override serialize(message: IMessage): [Uint8Array, boolean] {
    if (hasCustomKey(message)) throw new TypeError('custom keys cannot be carried');
    return super.serialize(message);
  }
}

class NoEvents extends ReferenceJsonSerializer {
  override serialize(message: IMessage): [Uint8Array, boolean] {
    if (message.MESSAGE_TYPE === 36) throw new SerializationError('no EVENT');
    return super.serialize(message);
  }
}

function setupOf(make: () => ISerializer): TestSetup<ISerializer, SerializerSetupArgs> {
  return { setup: () => make(), teardown: () => {} };
}

async function failedChecks(make: () => ISerializer, partial: boolean): Promise<string[]> {
  const framework = new RecordingFramework();
  describeSerializerCompliance('partial', setupOf(make), framework, { partial });
  return failures(await framework.run()).map((f) => f.split(':')[0]!);
}

describe('describeSerializerCompliance with { partial: true }', () => {
  it('passes a format that refuses what it cannot carry with SerializationError', async () => {
    expect(await failedChecks(() => new Refusing(), true)).toEqual([]);
  });

  it('without the option, fails that format on the messages it refuses', async () => {
    expect(await failedChecks(() => new Refusing(), false)).toContain('round-trip > round-trips random valid messages (fast-check)');
  });

  it('fails a format that drops what it cannot carry instead of refusing it', async () => {
    expect(await failedChecks(() => new Dropping(), true)).toContain('round-trip > round-trips random valid messages (fast-check)');
  });

  it('fails a format that refuses with another error than SerializationError', async () => {
    expect(await failedChecks(() => new WrongError(), true)).toContain('round-trip > round-trips random valid messages (fast-check)');
  });

  it('fails a format that carries no message of some type', async () => {
    expect(await failedChecks(() => new NoEvents(), true)).toEqual(['round-trip > carries at least one corpus message of every message type (partial format)']);
  });
});
