/**
 * Serializer throughput: encode and decode of the message mix in `messages.ts`, ours side by
 * side with the serializer code Autobahn|JS and wampy use (`peers.ts`), in one process.
 *
 * @module
 */
import type { IMessage, IObjectSerializer, ISerializer } from '@wamp/interfaces';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import type { Contender, MeasureOptions } from './harness.js';
import { measure } from './harness.js';
import type { Sample } from './messages.js';
import { SAMPLES } from './messages.js';
import type { PeerCodec } from './peers.js';
import { autobahnCodecs, wampyCodecs } from './peers.js';
import { sameData } from './same-data.js';

/** The formats measured, in report order. */
export const FORMATS = ['json', 'msgpack', 'cbor'] as const;

const OURS: Record<(typeof FORMATS)[number], () => ISerializer & { readonly objectSerializer: IObjectSerializer }> = {
  json: () => new JsonSerializer(),
  msgpack: () => new MsgPackSerializer(),
  cbor: () => new CborSerializer(),
};

/** One row of the report: one format × sample × operation, ops/s per contender. */
export interface SerializerResult {
  readonly format: string;
  readonly sample: string;
  readonly operation: 'encode' | 'decode';
  /** Median ops/s by contender name (`ours`, `ours cached`, `ours obj`, `autobahn`, `wampy`, …). */
  readonly opsPerSec: Record<string, number>;
  /** (max − min) ÷ median of each contender's rounds. */
  readonly spread: Record<string, number>;
  /** Encoded size in bytes (our encoding). */
  readonly bytes: number;
}

/** The label a `--filter` matches against, e.g. `cbor EVENT 4KiB bin decode`. */
export function caseLabel(format: string, sample: string, operation: string): string {
  return `${format} ${sample} ${operation}`;
}

function fail(what: string): never {
  throw new Error(`serializer bench: ${what}; the contenders would not be doing the same work`);
}

async function awaitedEncoding(peer: PeerCodec, list: unknown[]): Promise<unknown> {
  return peer.asyncEncode ? await peer.encode(list) : peer.encode(list);
}

/**
 * Checks, before timing anything, that every contender handles the sample correctly and that all
 * of them speak the same encoding: ours round-trips the message, each peer round-trips the list,
 * our decoder reads each peer's bytes and each peer reads ours. Returns notes on interop quirks
 * that do not change the work measured (a peer reading our integers as bigints).
 */
async function checkEquivalent(
  label: string,
  ours: ISerializer & { readonly objectSerializer: IObjectSerializer },
  message: IMessage,
  peers: readonly PeerCodec[],
): Promise<string[]> {
  const notes: string[] = [];
  const list = message.marshal();
  const [bytes, isBinary] = ours.serialize(message);
  const back = ours.unserialize(bytes, isBinary);
  if (back.length !== 1 || !sameData(back[0]!.marshal(), list)) fail(`${label}: ours does not round-trip`);
  for (const peer of peers) {
    const peerBytes = peer.toBytes(await awaitedEncoding(peer, list));
    if (!sameData(peer.decode(peer.fromBytes(peerBytes)), list)) fail(`${label}: ${peer.name} does not round-trip`);
    if (!sameData(ours.objectSerializer.unserialize(peerBytes)[0], list)) fail(`${label}: ours cannot read ${peer.name}'s bytes`);
    const readsOurs = peer.decode(peer.fromBytes(bytes));
    if (sameData(readsOurs, list)) continue;
    if (!sameData(readsOurs, list, true)) fail(`${label}: ${peer.name} cannot read our bytes`);
    notes.push(`${peer.name} (${label.split(' ')[0]}) reads the 64-bit integers of standard encodings (ours, Autobahn|Python's) as bigint`);
  }
  return notes;
}


async function runCase(
  format: string,
  sample: Sample,
  ours: ISerializer & { readonly objectSerializer: IObjectSerializer },
  peers: readonly PeerCodec[],
  operations: readonly ('encode' | 'decode')[],
  options: MeasureOptions,
  notes: Set<string>,
): Promise<SerializerResult[]> {
  const message = sample.message();
  const list = message.marshal();
  for (const note of await checkEquivalent(`${format} ${sample.name}`, ours, message, peers)) notes.add(note);
  const [bytes, isBinary] = ours.serialize(message);
  const results: SerializerResult[] = [];
  for (const operation of operations) {
    let contenders: Contender[];
    if (operation === 'encode') {
      contenders = [
        // uncache(): the per-message byte cache would otherwise make every encode after the first free.
        { name: 'ours', run: () => (message.uncache(), ours.serialize(message)) },
        // The cached path: a message sent again (or to many peers) through the same serializer.
        { name: 'ours cached', run: () => ours.serialize(message) },
        // Our object serializer alone: WAMP list → bytes, the same work as the peers' code.
        { name: 'ours obj', run: () => ours.objectSerializer.serialize(list) },
        ...peers.map((p) => ({ name: p.name, run: () => p.encode(list), isAsync: p.asyncEncode })),
      ];
    } else {
      // A variant that differs only in how it encodes decodes the same way: measured once.
      const decoders = peers.filter((p) => !p.name.endsWith(' sync'));
      const delivered: unknown[] = [];
      for (const p of decoders) delivered.push(p.fromBytes(p.toBytes(await awaitedEncoding(p, list))));
      contenders = [
        { name: 'ours', run: () => ours.unserialize(bytes, isBinary) },
        { name: 'ours obj', run: () => ours.objectSerializer.unserialize(bytes) },
        ...decoders.map((p, i) => ({ name: p.name, run: () => p.decode(delivered[i]) })),
      ];
    }
    const measured = await measure(contenders, options);
    results.push({
      format,
      sample: sample.name,
      operation,
      opsPerSec: Object.fromEntries(measured.map((m) => [m.name, m.opsPerSec])),
      spread: Object.fromEntries(measured.map((m) => [m.name, m.spread])),
      bytes: bytes.byteLength,
    });
  }
  // Our writers hand out views of shared chunks: the bytes decoded above must not have changed
  // while millions more messages were encoded.
  const again = ours.unserialize(bytes, isBinary);
  if (again.length !== 1 || !sameData(again[0]!.marshal(), list)) fail(`${format} ${sample.name}: our encoded bytes changed after further encodes`);
  return results;
}

/**
 * Runs every format × sample × operation whose label contains `filter` (case-insensitive), and
 * returns the medians; `onResult` sees each row as soon as it is measured, `notes` collects the
 * interop quirks the pre-flight check found.
 */
export async function runSerializerBench(
  options: MeasureOptions,
  filter: string | undefined,
  onResult: (r: SerializerResult) => void,
  notes: Set<string>,
): Promise<SerializerResult[]> {
  const wanted = (label: string) => !filter || label.toLowerCase().includes(filter.toLowerCase());
  const results: SerializerResult[] = [];
  for (const format of FORMATS) {
    const ours = OURS[format]();
    const peers = [...autobahnCodecs(format), ...wampyCodecs(format)];
    for (const sample of SAMPLES) {
      // The peers' JSON has no WAMP binary convention: a Buffer would go out as {"type":"Buffer",…}.
      if (format === 'json' && sample.binary) continue;
      const operations = (['encode', 'decode'] as const).filter((op) => wanted(caseLabel(format, sample.name, op)));
      if (operations.length === 0) continue;
      for (const result of await runCase(format, sample, ours, peers, operations, options, notes)) {
        onResult(result);
        results.push(result);
      }
    }
  }
  return results;
}
