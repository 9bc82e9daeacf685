import { parseMessage } from '@wamp/message';
import { base64ToBytes, fromVectorJson, loadVectors, toVectorJson, wampEqual } from '@wamp/test-vectors';
import { FlatBuffersSerializer } from '../src/flatbuffers.js';

interface Vector {
  name: string;
  type_name: string;
  wamp: unknown[];
  wamp_after_roundtrip?: unknown[];
  bytes: Record<string, { base64: string; is_binary: boolean }>;
}

const data = loadVectors<{ vectors: Vector[] }>('serialization/flatbuffers.json');
const vectors = (data?.vectors ?? []).map((v) => [v.name, v] as const);

// Autobahn decodes lossily (kwargs-only args as null, `retained: false` added); ours keeps what was
// sent. Either form is accepted: `wamp` is what Autobahn encoded, `wamp_after_roundtrip` what it read.
function expectOneOf(name: string, actual: unknown, v: Vector): void {
  const forms = [v.wamp, v.wamp_after_roundtrip].filter((f) => f !== undefined).map(fromVectorJson);
  if (!forms.some((f) => wampEqual(actual, f))) {
    throw new Error(`${name}: got ${JSON.stringify(toVectorJson(actual))}, expected ${JSON.stringify(v.wamp)}`);
  }
}

describe('Autobahn|Python bytes in serialization/flatbuffers.json', () => {
  it('covers PUBLISH and EVENT, the types Autobahn|Python 22.7.1 carries', () => {
    if (!data) return;
    expect(new Set(data.vectors.map((v) => v.type_name))).toEqual(new Set(['PUBLISH', 'EVENT']));
  });

  it.each(vectors)('decodes %s', (name, v) => {
    const serializer = new FlatBuffersSerializer();
    const enc = v.bytes['flatbuffers']!;
    const messages = serializer.unserialize(base64ToBytes(enc.base64), enc.is_binary);
    expect(messages).toHaveLength(1);
    expectOneOf(name, messages[0]!.marshal(), v);
  });

  it.each(vectors)('re-encodes %s and decodes it back unchanged', (name, v) => {
    const serializer = new FlatBuffersSerializer();
    const message = parseMessage(fromVectorJson(v.wamp));
    const [bytes, isBinary] = serializer.serialize(message);
    expect(isBinary).toBe(true);
    const [back] = serializer.unserialize(bytes, true);
    if (!wampEqual(back!.marshal(), message.marshal())) {
      throw new Error(`${name}: got ${JSON.stringify(toVectorJson(back!.marshal()))}`);
    }
  });
});
