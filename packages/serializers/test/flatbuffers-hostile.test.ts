import fc from 'fast-check';
import { isProtocolError } from '@wamp/interfaces';
import { Builder } from 'flatbuffers';
import { Publish } from '@wamp/message';
import { wamp_proto_Publish as PublishTable } from '../src/flatbuffers/generated/wamp_generated.js';
import { base64ToBytes, loadVectors } from '@wamp/test-vectors';
import { messageCorpus } from '../../compliance-tests/src/message-corpus.js';
import { FlatBuffersSerializer } from '../src/flatbuffers.js';
import { carriedMessage } from './flatbuffers-arbitraries.js';

const ser = new FlatBuffersSerializer();

/** Decodes untrusted bytes: one message, or ProtocolError; anything else (or a slow decode) fails. */
function messageOrProtocolError(bytes: Uint8Array, what: string): void {
  const started = performance.now();
  try {
    const messages = ser.unserialize(bytes, true);
    if (messages.length !== 1) throw new Error(`${what}: decoded ${messages.length} messages`);
  } catch (error) {
    if (!isProtocolError(error)) {
      throw new Error(`${what} (${Buffer.from(bytes).toString('hex').slice(0, 120)}): threw ${String(error)}`);
    }
  }
  const elapsed = performance.now() - started;
  if (elapsed > 2000) throw new Error(`${what}: decoding took ${elapsed.toFixed(0)} ms`);
}

function valid(): Uint8Array[] {
  const corpus = messageCorpus().flatMap(({ message }) => {
    try {
      return [ser.serialize(message)[0]];
    } catch {
      return [];
    }
  });
  const vectors = loadVectors<{ vectors: { bytes: { flatbuffers: { base64: string } } }[] }>('serialization/flatbuffers.json');
  return [...corpus, ...(vectors?.vectors ?? []).map((v) => base64ToBytes(v.bytes.flatbuffers.base64))];
}

function hex(text: string): Uint8Array {
  return Uint8Array.from(Buffer.from(text.replace(/\s+/g, ''), 'hex'));
}

describe('FlatBuffersSerializer on hostile input', () => {
  it.each([
    ['an empty payload', '', /too short/],
    ['a root offset past the end', 'f0ffffff 00000000', /outside/],
    ['a root offset at the last byte', '07000000 00000000', /outside/],
    ['a vtable offset pointing before the buffer', '04000000 00000080', /outside/],
    ['a vtable of odd size', '08000000 05000800 04000000 00000000', /malformed vtable/],
  ])('refuses %s with ProtocolError', (_what, bytes, pattern) => {
    let thrown: unknown;
    try {
      ser.unserialize(hex(bytes), true);
    } catch (error) {
      thrown = error;
    }
    expect(isProtocolError(thrown)).toBe(true);
    expect((thrown as Error).message).toMatch(pattern);
  });

  it('refuses a buffer whose root is a message table instead of the Message envelope', () => {
    const builder = new Builder(64);
    const topic = builder.createString('com.example.t');
    PublishTable.startPublish(builder);
    PublishTable.addRequest(builder, 7n);
    PublishTable.addTopic(builder, topic);
    builder.finish(PublishTable.endPublish(builder));
    let thrown: unknown;
    try {
      ser.unserialize(builder.asUint8Array(), true);
    } catch (error) {
      thrown = error;
    }
    expect(isProtocolError(thrown)).toBe(true);
  });

  it('refuses a vector that claims 2^32-1 elements, without allocating them', () => {
    const [bytes] = ser.serialize(messageCorpus().find((e) => e.name.startsWith('PUBLISH with kwargs'))!.message);
    // Every 4-byte window that holds a small length becomes 0xffffffff: some of them are vector lengths.
    let refused = 0;
    for (let i = 0; i + 4 <= bytes.length; i += 4) {
      const copy = bytes.slice();
      new DataView(copy.buffer).setUint32(i, 0xffff_ffff, true);
      messageOrProtocolError(copy, `length at ${i}`);
      try {
        ser.unserialize(copy, true);
      } catch {
        refused += 1;
      }
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('decodes every truncation of valid buffers to a message or ProtocolError', () => {
    for (const [i, bytes] of valid().entries()) {
      for (let n = 0; n < bytes.length; n++) messageOrProtocolError(bytes.subarray(0, n), `buffer ${i} cut to ${n}`);
    }
  });

  it('decodes valid buffers with a flipped bit to a message or ProtocolError (fast-check)', () => {
    const buffers = valid();
    fc.assert(
      fc.property(fc.nat(buffers.length - 1), fc.nat(), fc.nat(7), (which, at, bit) => {
        const copy = buffers[which]!.slice();
        const i = at % copy.length;
        copy[i] = (copy[i] as number) ^ (1 << bit);
        messageOrProtocolError(copy, `buffer ${which}, bit ${bit} of byte ${i}`);
      }),
      { numRuns: 5000 },
    );
  });

  it('decodes valid buffers with a random 32-bit word written anywhere to a message or ProtocolError (fast-check)', () => {
    fc.assert(
      fc.property(carriedMessage(), fc.nat(), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (message, at, word) => {
        const copy = ser.serialize(message)[0].slice();
        const i = at % Math.max(1, copy.length - 3);
        new DataView(copy.buffer).setInt32(i, word, true);
        messageOrProtocolError(copy, `word ${word} at ${i}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('decodes random bytes, and random bytes behind a valid root offset, to a message or ProtocolError (fast-check)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 256 }), (bytes) => messageOrProtocolError(bytes, 'random bytes')),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 256 }), fc.nat(63), (bytes, root) => {
        const copy = bytes.slice();
        new DataView(copy.buffer).setUint32(0, Math.min(root * 4, copy.length - 4), true);
        messageOrProtocolError(copy, 'random table');
      }),
      { numRuns: 3000 },
    );
  });
});

describe('FlatBuffersSerializer on buffers whose offsets share data', () => {
  it('refuses a list of offsets that all point at one long string, instead of decoding it thousands of times', () => {
    // PUBLISH whose exclude_authid holds one 60,000-character string, then every element of the
    // vector re-pointed at it: a legal DAG that would decode to gigabytes.
    const long = 'a'.repeat(60_000);
    const ids = Array.from({ length: 2_000 }, (_, i) => `${i}`);
    const [bytes] = ser.serialize(new Publish({ request: 1, options: { exclude_authid: [long, ...ids] }, topic: 'com.example.t' }));
    const copy = bytes.slice();
    const view = new DataView(copy.buffer);
    // Find the vector: a uint32 count 2001 followed by offsets; point every offset at element 0's string.
    let at = -1;
    for (let i = 0; i + 4 <= copy.length; i += 4) if (view.getUint32(i, true) === ids.length + 1) at = i;
    expect(at).toBeGreaterThan(0);
    const first = at + 4 + view.getUint32(at + 4, true);
    for (let k = 1; k <= ids.length; k++) {
      const slot = at + 4 + 4 * k;
      view.setUint32(slot, first - slot, true);
    }
    const started = performance.now();
    let thrown: unknown;
    try {
      ser.unserialize(copy, true);
    } catch (error) {
      thrown = error;
    }
    expect(isProtocolError(thrown)).toBe(true);
    expect((thrown as Error).message).toMatch(/share data/);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
