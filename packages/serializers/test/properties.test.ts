import fc from 'fast-check';
import type { IObjectSerializer, ISerializer } from '@wamp/interfaces';
import { isProtocolError } from '@wamp/interfaces';
import { wampMessage, wampValue } from '@wamp/compliance-tests/arbitraries';
import { toVectorJson, wampEqual } from '@wamp/test-vectors';
import { CborObjectSerializer } from '../src/cbor.js';
import { JsonObjectSerializer } from '../src/json.js';
import { MsgPackObjectSerializer } from '../src/msgpack.js';
import { SERIALIZERS, SERIALIZER_IDS } from './all-serializers.js';
import { expectProtocolError } from './expect-error.js';

const OBJECT_SERIALIZERS: [string, IObjectSerializer][] = [
  ['json', new JsonObjectSerializer()],
  ['msgpack', new MsgPackObjectSerializer()],
  ['cbor', new CborObjectSerializer()],
  ['json.batched', new JsonObjectSerializer({ batched: true })],
  ['msgpack.batched', new MsgPackObjectSerializer({ batched: true })],
  ['cbor.batched', new CborObjectSerializer({ batched: true })],
];

const show = (value: unknown) => JSON.stringify(toVectorJson(value));

/** Decodes untrusted bytes; fails on anything but messages or a ProtocolError. */
function messagesOrProtocolError(ser: ISerializer, bytes: Uint8Array, what: string): void {
  let messages: unknown;
  try {
    messages = ser.unserialize(bytes, ser.BINARY);
  } catch (error) {
    if (isProtocolError(error)) return;
    throw new Error(`${ser.SERIALIZER_ID} ${what} (${Buffer.from(bytes).toString('hex').slice(0, 80)}): threw ${String(error)}`);
  }
  if (!Array.isArray(messages) || messages.length === 0) throw new Error(`${ser.SERIALIZER_ID} ${what}: returned ${String(messages)}`);
}

describe('object serializers (fast-check)', () => {
  it.each(OBJECT_SERIALIZERS)('%s round-trips random WAMP values', (id, ser) => {
    fc.assert(
      fc.property(wampValue({ maxDepth: 4 }), (value) => {
        const back = ser.unserialize(ser.serialize(value));
        if (back.length !== 1 || !wampEqual(back[0], value)) throw new Error(`${id}: ${show(value)} came back as ${show(back)}`);
      }),
      { numRuns: 300 },
    );
  });

  it('crosstrips random values json → msgpack → cbor → json unchanged', () => {
    fc.assert(
      fc.property(wampValue({ maxDepth: 4 }), (value) => {
        let current = value;
        for (const [id, ser] of [...OBJECT_SERIALIZERS, OBJECT_SERIALIZERS[0]!]) {
          const back = ser.unserialize(ser.serialize(current));
          if (back.length !== 1 || !wampEqual(back[0], value)) throw new Error(`${id} changed ${show(value)} into ${show(back)}`);
          current = back[0];
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each(OBJECT_SERIALIZERS.filter(([, ser]) => ser.batched))('%s splits a batch joined from serialize() results into the values in order', (id, ser) => {
    fc.assert(
      fc.property(fc.array(wampValue(), { minLength: 1, maxLength: 6 }), (values) => {
        const parts = values.map((v) => ser.serialize(v));
        const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
        parts.reduce((at, p) => (joined.set(p, at), at + p.length), 0);
        const back = ser.unserialize(joined);
        if (!wampEqual(back, values)) throw new Error(`${id}: batch ${show(values)} came back as ${show(back)}`);
      }),
      { numRuns: 100 },
    );
  });
});

describe('WAMP serializers on untrusted bytes (fast-check)', () => {
  const serializers = SERIALIZER_IDS.map((id) => SERIALIZERS[id]!());

  it.each(SERIALIZER_IDS)('%s decodes random bytes to messages or refuses them with ProtocolError', (id) => {
    const ser = SERIALIZERS[id]!();
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 16 }), fc.uint8Array({ maxLength: 512 })), (bytes) => messagesOrProtocolError(ser, bytes, 'random bytes')),
      { numRuns: 1000 },
    );
  });

  it('decodes every truncation of a valid message to messages or ProtocolError', () => {
    fc.assert(
      fc.property(wampMessage(), (message) => {
        for (const ser of serializers) {
          const [bytes] = ser.serialize(message);
          for (let end = 0; end < bytes.length; end++) messagesOrProtocolError(ser, bytes.subarray(0, end), `truncated ${message.MESSAGE_TYPE}`);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('decodes a valid message with bytes overwritten to messages or ProtocolError', () => {
    const edit = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(wampMessage(), edit, fc.constantFrom(...SERIALIZER_IDS), (message, edits, id) => {
        const ser = SERIALIZERS[id]!();
        const bytes = ser.serialize(message)[0].slice();
        for (const [at, byte] of edits) bytes[at % bytes.length] = byte;
        messagesOrProtocolError(ser, bytes, `edited ${message.MESSAGE_TYPE}`);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('integers beyond ±2^53 (fast-check)', () => {
  const LIMIT = 2n ** 53n;
  const beyond = fc.oneof(fc.bigInt({ min: LIMIT + 1n, max: 2n ** 64n - 1n }), fc.bigInt({ min: -(2n ** 63n), max: -LIMIT - 1n }));
  const within = fc.bigInt({ min: -LIMIT, max: LIMIT });

  // The same CALL in each format, [48, 1, {}, "a", [n]], with n in a 64-bit head.
  function call(format: string, n: bigint): Uint8Array {
    const head = new Uint8Array(9);
    const view = new DataView(head.buffer);
    if (format === 'msgpack') {
      head[0] = n >= 0n ? 0xcf : 0xd3;
      if (n >= 0n) view.setBigUint64(1, n);
      else view.setBigInt64(1, n);
      return Uint8Array.from([0x95, 0x30, 0x01, 0x80, 0xa1, 0x61, 0x91, ...head]);
    }
    head[0] = n >= 0n ? 0x1b : 0x3b;
    view.setBigUint64(1, n >= 0n ? n : -1n - n);
    return Uint8Array.from([0x85, 0x18, 0x30, 0x01, 0xa0, 0x61, 0x61, 0x81, ...head]);
  }

  function payload(id: string, n: bigint): Uint8Array {
    const format = id.split('.')[0]!;
    const one = format === 'json' ? new TextEncoder().encode(`[48,1,{},"a",[${n}]]`) : call(format, n);
    if (!id.endsWith('.batched')) return one;
    if (format === 'json') return Uint8Array.from([...one, 0x1e]);
    const framed = new Uint8Array(one.length + 4);
    new DataView(framed.buffer).setUint32(0, one.length);
    framed.set(one, 4);
    return framed;
  }

  it.each(SERIALIZER_IDS)('%s refuses them with ProtocolError instead of rounding', (id) => {
    const ser = SERIALIZERS[id]!();
    fc.assert(
      fc.property(beyond, (n) => {
        expect(expectProtocolError(() => ser.unserialize(payload(id, n), ser.BINARY), `${id} ${n}`)).toContain('beyond ±2^53');
      }),
      { numRuns: 200 },
    );
  });

  it.each(SERIALIZER_IDS)('%s reads every integer within ±2^53 exactly, also from a 64-bit head', (id) => {
    const ser = SERIALIZERS[id]!();
    fc.assert(
      fc.property(within, (n) => {
        const [message] = ser.unserialize(payload(id, n), ser.BINARY);
        expect([id, message!.marshal()]).toEqual([id, [48, 1, {}, 'a', [Number(n)]]]);
      }),
      { numRuns: 200 },
    );
  });
});
