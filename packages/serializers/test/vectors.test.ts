import { isProtocolError } from '@wamp/interfaces';
import { parseMessage } from '@wamp/message';
import { base64ToBytes, fromVectorJson, loadVectors, toVectorJson, wampEqual } from '@wamp/test-vectors';
import type { MessageSerializer } from '../src/index.js';
import { SERIALIZERS } from './all-serializers.js';

interface Encoded {
  base64: string;
  is_binary: boolean;
}
interface Vector {
  name: string;
  wamp: unknown[];
  wamp_after_roundtrip?: unknown[];
  bytes: Record<string, Encoded>;
  bytes_alternatives?: Record<string, Encoded[]>;
}
interface Batch {
  name: string;
  wamp: unknown[][];
  bytes: Record<string, Encoded>;
}

function decodeAll(id: string, enc: Encoded): unknown[][] {
  const serializer = SERIALIZERS[id]!();
  return serializer.unserialize(base64ToBytes(enc.base64), enc.is_binary).map((m) => m.marshal());
}

function expectWamp(name: string, actual: unknown, expected: unknown): void {
  if (!wampEqual(actual, expected)) {
    throw new Error(`${name}: got ${JSON.stringify(toVectorJson(actual))}, expected ${JSON.stringify(toVectorJson(expected))}`);
  }
}

const files = ['session', 'pubsub', 'rpc', 'wamp-proto-testsuite'];

describe.each(files)('Autobahn|Python bytes in serialization/%s.json', (file) => {
  const data = loadVectors<{ vectors: Vector[]; batches?: Batch[] }>(`serialization/${file}.json`);
  const cases: [string, string, Encoded, unknown][] = [];
  for (const v of data?.vectors ?? []) {
    const expected = fromVectorJson(v.wamp_after_roundtrip ?? v.wamp);
    for (const [id, enc] of Object.entries(v.bytes)) if (SERIALIZERS[id]) cases.push([v.name, id, enc, expected]);
    for (const [id, alts] of Object.entries(v.bytes_alternatives ?? {})) {
      // UBJSON alternatives are not ours to decode (examples/third-party-serializer covers them).
      if (SERIALIZERS[id]) alts.forEach((enc, i) => cases.push([`${v.name} (alternative ${i})`, id, enc, expected]));
    }
  }

  it(`covers json, msgpack and cbor for every vector`, () => {
    if (!data) return;
    for (const v of data.vectors) {
      for (const id of ['json', 'msgpack', 'cbor']) if (!(id in v.bytes)) throw new Error(`${v.name}: no ${id} bytes`);
    }
  });

  it.each(cases)('decodes %s from %s', (name, id, enc, expected) => {
    const messages = decodeAll(id, enc);
    if (messages.length !== 1) throw new Error(`${name} [${id}]: expected one message, got ${messages.length}`);
    expectWamp(`${name} [${id}]`, messages[0], expected);
  });

  it.each(cases)('re-encodes %s with %s and decodes it back', (name, id, _enc, expected) => {
    const serializer = SERIALIZERS[id]!();
    const [bytes, isBinary] = serializer.serialize(parseMessage(expected));
    if (isBinary !== serializer.BINARY) throw new Error(`${name} [${id}]: isBinary is ${isBinary}`);
    const messages = serializer.unserialize(bytes, isBinary);
    if (messages.length !== 1) throw new Error(`${name} [${id}]: expected one message, got ${messages.length}`);
    expectWamp(`${name} [${id}]`, messages[0]!.marshal(), expected);
  });

});

describe('Autobahn|Python batches in serialization/session.json', () => {
  const data = loadVectors<{ batches: Batch[] }>('serialization/session.json');
  const batches = (data?.batches ?? []).flatMap((b) => Object.entries(b.bytes).map(([id, enc]) => [b.name, id, enc, b.wamp] as const));

  it('has batched vectors for json, msgpack and cbor', () => {
    if (!data) return;
    expect(new Set(batches.map((b) => b[1]))).toEqual(new Set(['json.batched', 'msgpack.batched', 'cbor.batched']));
  });

  it.each(batches)('decodes batch %s from %s into its messages in order', (name, id, enc, wamp) => {
    expectWamp(`${name} [${id}]`, decodeAll(id, enc), fromVectorJson(wamp));
  });
});

interface Refused {
  name: string;
  why?: string;
  bytes?: Record<string, Encoded>;
  wamp?: unknown[];
}

describe('serialization/invalid.json', () => {
  const data = loadVectors<{ vectors: Refused[]; spec_invalid_autobahn_accepts: Refused[]; spec_valid_autobahn_refuses: Refused[] }>(
    'serialization/invalid.json',
  );
  const refused = [...(data?.vectors ?? []), ...(data?.spec_invalid_autobahn_accepts ?? [])].flatMap((v) =>
    Object.entries(v.bytes ?? {}).map(([id, enc]) => [v.name, id, enc] as const),
  );

  it.each(refused)('refuses %s [%s] with ProtocolError', (name, id, enc) => {
    let error: unknown;
    try {
      decodeAll(id, enc);
    } catch (e) {
      error = e;
    }
    if (!isProtocolError(error)) throw new Error(`${name} [${id}]: expected ProtocolError, got ${String(error)}`);
  });

  const accepted = (data?.spec_valid_autobahn_refuses ?? []).flatMap((v) =>
    Object.entries(v.bytes ?? {}).map(([id, enc]) => [v.name, id, enc, v.wamp] as const),
  );
  it.each(accepted)('accepts %s [%s], which the spec allows', (name, id, enc, wamp) => {
    const messages = decodeAll(id, enc);
    if (messages.length === 0) throw new Error(`${name} [${id}]: no message`);
    if (wamp) expectWamp(`${name} [${id}]`, messages[0], fromVectorJson(wamp));
  });

  // Entries given as a WAMP list (ID 0, null Arguments, …): encoded by us in every format, our
  // decoding side must still refuse them, as Autobahn|Python does not.
  const refusedLists = (data?.spec_invalid_autobahn_accepts ?? [])
    .filter((v) => v.wamp !== undefined)
    .flatMap((v) => Object.keys(SERIALIZERS).map((id) => [v.name, id, v.wamp] as const));
  it.each(refusedLists)('refuses %s [%s] as a message, which Autobahn accepts', (name, id, wamp) => {
    const serializer = SERIALIZERS[id]!() as MessageSerializer;
    const bytes = serializer.objectSerializer.serialize(fromVectorJson(wamp));
    let error: unknown;
    try {
      serializer.unserialize(bytes, serializer.BINARY);
    } catch (e) {
      error = e;
    }
    if (!isProtocolError(error)) throw new Error(`${name} [${id}]: expected ProtocolError, got ${String(error)}`);
  });
});
