/**
 * Serializer throughput: encode and decode of a realistic message mix, ours side by side with
 * the serializer code Autobahn|JS and wampy use, each driven the way its library drives it.
 */
import { createRequire } from 'node:module';
import type { IObjectSerializer, ISerializer } from '@wamp/interfaces';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import type { Contender } from './harness.js';
import { measure } from './harness.js';
import { SAMPLES } from './messages.js';

const require = createRequire(import.meta.url);

// A WebSocket carries bytes: the `ws` package turns a text message into UTF-8 on send and back into
// a string on receive. Our JSON serializer works on bytes, so the peers' JSON contenders include
// that conversion (as `ws` does it, with Buffer) to compare equal work.
function overBytes(peer: PeerSerializer): PeerSerializer {
  return {
    encode: (list) => Buffer.from(peer.encode(list) as string, 'utf8'),
    decode: (payload) => peer.decode((payload as Buffer).toString('utf8')),
  };
}

interface PeerSerializer {
  encode(list: unknown[]): unknown;
  decode(payload: unknown): unknown;
}

function autobahn(format: string): PeerSerializer {
  const lib = require('autobahn/lib/serializer.js') as Record<string, new () => { serialize(o: unknown): unknown; unserialize(p: unknown): unknown }>;
  if (format === 'cbor') {
    // Autobahn|JS wraps the `cbor` package's encodeAsync; a synchronous loop uses its encode (same codec, no promise).
    const cbor = require(require.resolve('cbor', { paths: [require.resolve('autobahn')] })) as { encode(o: unknown): Buffer; decodeFirstSync(p: unknown): unknown };
    return { encode: (l) => cbor.encode(l), decode: (p) => cbor.decodeFirstSync(p) };
  }
  const s = new lib[format === 'json' ? 'JSONSerializer' : 'MsgpackSerializer']!();
  const peer: PeerSerializer = { encode: (l) => s.serialize(l), decode: (p) => s.unserialize(p) };
  return format === 'json' ? overBytes(peer) : peer;
}

function wampy(format: string): PeerSerializer {
  const file = { json: 'JsonSerializer', msgpack: 'MsgpackSerializer', cbor: 'CborSerializer' }[format]!;
  const mod = require(`wampy/${file}.js`) as Record<string, new () => { encode(d: unknown): unknown; decode(d: unknown): unknown }>;
  const s = new mod[file]!();
  const peer: PeerSerializer = { encode: (l) => s.encode(l), decode: (p) => s.decode(p) };
  return format === 'json' ? overBytes(peer) : peer;
}

const OURS: Record<string, () => ISerializer & { objectSerializer: IObjectSerializer }> = {
  json: () => new JsonSerializer(),
  msgpack: () => new MsgPackSerializer(),
  cbor: () => new CborSerializer(),
};

export interface SerializerResult {
  readonly format: string;
  readonly sample: string;
  readonly operation: 'encode' | 'decode';
  readonly opsPerSec: Record<string, number>;
}

/** Runs every format × sample × operation and returns the medians. */
export function runSerializerBench(rounds: number, roundSeconds: number, filter?: string): SerializerResult[] {
  const results: SerializerResult[] = [];
  for (const format of ['json', 'msgpack', 'cbor']) {
    const ours = OURS[format]!();
    const peers = { autobahn: autobahn(format), wampy: wampy(format) };
    for (const sample of SAMPLES) {
      if (filter && !`${format} ${sample.name}`.includes(filter)) continue;
      const message = sample.message();
      const list = message.marshal();
      const [bytes, isBinary] = ours.serialize(message);
      const encoded = Object.fromEntries(Object.entries(peers).map(([k, p]) => [k, p.encode(list)]));
      const encoders: Contender[] = [
        // uncache(): the per-message byte cache would otherwise make every encode after the first free.
        { name: 'ours', run: () => (message.uncache(), ours.serialize(message)) },
        // The object serializer alone: WAMP list → bytes, the same work as the peers' code.
        { name: 'oursObject', run: () => ours.objectSerializer.serialize(list) },
        ...Object.entries(peers).map(([name, p]) => ({ name, run: () => p.encode(list) })),
      ];
      const decoders: Contender[] = [
        { name: 'ours', run: () => ours.unserialize(bytes, isBinary) },
        { name: 'oursObject', run: () => ours.objectSerializer.unserialize(bytes) },
        ...Object.entries(peers).map(([name, p]) => ({ name, run: () => p.decode(encoded[name]) })),
      ];
      for (const [operation, contenders] of [['encode', encoders], ['decode', decoders]] as const) {
        const m = measure(contenders, rounds, roundSeconds);
        results.push({ format, sample: sample.name, operation, opsPerSec: Object.fromEntries(m.map((x) => [x.name, x.opsPerSec])) });
      }
    }
  }
  return results;
}
