import { base64ToBytes, fromVectorJson, loadVectors, toVectorJson, wampEqual } from '@wamp/test-vectors';
import { ubjsonSerializer } from '../src/index.js';

interface Encoding {
  base64: string;
  is_binary: boolean;
}
interface Vector {
  name: string;
  wamp: unknown[];
  wamp_after_roundtrip?: unknown[];
  bytes_extra?: Partial<Record<'ubjson' | 'ubjson.batched', Encoding>>;
}
interface VectorFile {
  vectors: Vector[];
}

const FILES = ['session', 'pubsub', 'rpc', 'wamp-proto-testsuite'].map((f) => `serialization/${f}.json`);
const loaded = FILES.map((file) => [file, loadVectors<VectorFile>(file)] as const);
const available = loaded.every(([, data]) => data !== undefined);
const describeVectors = available ? describe : describe.skip;

const plain = ubjsonSerializer();
const batched = ubjsonSerializer({ batched: true });
const print = (value: unknown): string => JSON.stringify(toVectorJson(value));

describeVectors('UBJSON vectors (bytes_extra, written by Autobahn|Python with py-ubjson)', () => {
  const cases = loaded.flatMap(([file, data]) =>
    (data?.vectors ?? []).flatMap((v) =>
      (['ubjson', 'ubjson.batched'] as const)
        .filter((id) => v.bytes_extra?.[id] !== undefined)
        .map((id) => ({ file, id, vector: v, encoding: v.bytes_extra![id]! }))
    )
  );

  it('has UBJSON bytes for every vector file', () => {
    for (const file of FILES)
      expect(cases.filter((c) => c.file === file && c.id === 'ubjson').length).toBeGreaterThan(0);
    expect(cases.some((c) => c.id === 'ubjson.batched')).toBe(true);
  });

  it('decodes every vector to its message', () => {
    const failed: string[] = [];
    for (const { file, id, vector, encoding } of cases) {
      const ser = id === 'ubjson' ? plain : batched;
      const expected = fromVectorJson(vector.wamp_after_roundtrip ?? vector.wamp);
      try {
        const messages = ser.unserialize(base64ToBytes(encoding.base64), encoding.is_binary);
        if (messages.length !== 1 || !wampEqual(messages[0]!.marshal(), expected)) {
          failed.push(`${file} ${vector.name} (${id}): got ${print(messages.map((m) => m.marshal()))}`);
        }
      } catch (err) {
        failed.push(`${file} ${vector.name} (${id}): ${String(err)}`);
      }
    }
    expect(failed).toEqual([]);
  });

  it('encodes every vector message to the bytes py-ubjson wrote', () => {
    // py-ubjson writes the smallest integer marker, float64, chars for one-byte strings,
    // [$U# for bytes and keys in insertion order: the same choices as ours, so the bytes match.
    const failed: string[] = [];
    for (const { file, id, vector, encoding } of cases) {
      const ser = id === 'ubjson' ? plain : batched;
      const message = ser.unserialize(base64ToBytes(encoding.base64))[0]!;
      const [bytes, isBinary] = ser.serialize(
        ser.MESSAGE_TYPE_MAP.get(message.MESSAGE_TYPE)!.parse(fromVectorJson(vector.wamp) as unknown[])
      );
      if (Buffer.from(bytes).toString('base64') !== encoding.base64 || isBinary !== encoding.is_binary) {
        failed.push(`${file} ${vector.name} (${id})`);
      }
    }
    expect(failed).toEqual([]);
  });

  it('decodes the ubjson.batched records of all vectors joined into one payload, in order', () => {
    const records = cases.filter((c) => c.id === 'ubjson.batched');
    const joined = Buffer.concat(records.map((c) => base64ToBytes(c.encoding.base64)));
    const messages = batched.unserialize(new Uint8Array(joined), true);
    expect(messages.map((m) => print(m.marshal()))).toEqual(
      records.map((c) => print(fromVectorJson(c.vector.wamp_after_roundtrip ?? c.vector.wamp)))
    );
  });
});
