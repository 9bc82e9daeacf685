/**
 * `pnpm bench`: the serializer, transport and session benchmarks, side by side with Autobahn|JS
 * and wampy. Prints a table of ops/s with ratios (ours ÷ peer) and the issue's targets, and
 * writes `bench-results.json` at the repository root.
 *
 * Flags: `--quick` (short rounds), `--filter <text>` (only cases whose label contains it, e.g.
 * `cbor`, `EVENT 4KiB`, `msgpack CALL 16B decode`, `transport`, `session`, `session PubSub`), `--only <names>` (only these
 * contenders, e.g. `ours` for a profile).
 *
 * @module
 */
import { writeFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gcBetweenBatches } from './harness.js';
import { ratioSummary, tableHeader, tableRow, targetVerdicts, variantLines } from './report.js';
import type { SerializerResult } from './serializer-bench.js';
import { runSerializerBench } from './serializer-bench.js';
import type { TransportResult } from './transport-bench.js';
import { runTransportBench } from './transport-bench.js';
import type { SessionRow } from './session-bench.js';
import { runSessionBench } from './session-bench.js';
import { sessionChart, sessionRatioLines } from './session-report.js';
import { peerVersions } from './versions.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    quick: { type: 'boolean', default: false },
    filter: { type: 'string' },
    only: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('usage: pnpm bench [--quick] [--filter <text>] [--only <contender,…>]');
  console.log('  --filter: cases whose label contains the text, e.g. cbor, "EVENT 4KiB", "msgpack CALL 16B decode", transport');
  console.log('  --only: measure only these contenders, e.g. "ours" to profile it (ratios then show "-")');
  process.exit(0);
}
const quick = values.quick;
const filter = values.filter;
const only = values.only?.split(',').map((name) => name.trim());
const options = { ...(quick ? { rounds: 3, roundSeconds: 0.05 } : { rounds: 9, roundSeconds: 0.12 }), only };
const versions = peerVersions();
const fmtPct = (x: number) => `${Math.round(100 * x)}%`;

console.log(`@wamp/bench — Node ${process.version} (V8 ${process.versions.v8}), ${platform()}-${arch()}, ${cpus()[0]?.model ?? '?'}`);
console.log(
  `All contenders run in this one process under this Node. Autobahn|JS ${versions['autobahn']} declares Node >= 22 (for the native ` +
    'WebSocket its client uses); its serializer module loads and round-trips here (checked before timing).',
);
console.log(`Peers: ${Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(', ')}.`);
console.log(
  `${options.rounds} rounds of ~${options.roundSeconds}s per contender after warm-up, median ops/s; ` +
    (gcBetweenBatches ? 'full GC before every batch.' : 'no GC between batches (run node with --expose-gc for that).'),
);

let serializers: SerializerResult[] = [];
const section = filter?.toLowerCase().startsWith('transport') ? 'transport' : filter?.toLowerCase().startsWith('session') ? 'session' : undefined;
if (section === undefined) {
  console.log(`
Serializers. ours = our ISerializer: message object → bytes (byte cache cleared every time), bytes → validated
message objects. cached = the same encode with the cache kept (a message sent again). obj = our IObjectSerializer:
WAMP list ⇄ bytes, the same work as the peers' code (no validation). autobahn, wampy = their serializer classes as
their transports drive them (binary: ArrayBuffer in; JSON: + the UTF-8 step their WebSocket does, see below).
noise = largest (max − min) ÷ median over the rounds in the row.
`);
  console.log(tableHeader());
  const notes = new Set<string>();
  serializers = await runSerializerBench(options, filter, (r) => console.log(tableRow(r)), notes);
  for (const note of notes) console.log(`note: ${note}`);
  const variants = variantLines(serializers);
  if (variants.length > 0) {
    console.log('\nVariants (not in the table above): "str" = the peer\'s JSON string without the UTF-8 step (ours still');
    console.log('works on bytes); "sync" = Autobahn\'s cbor codec through cbor.encode instead of the encodeAsync it awaits.');
    for (const line of variants) console.log(`  ${line}`);
  }
  const summary = ratioSummary(serializers);
  if (summary.length > 0) console.log('\nRatios of ours (ISerializer, uncached) by format and operation:');
  for (const line of summary) console.log(`  ${line}`);
  const verdicts = targetVerdicts(serializers);
  if (verdicts.length > 0) console.log('\nTargets (issue 3):');
  for (const v of verdicts) {
    const status = v.misses.length === 0 ? 'MET' : `MISSED in ${v.misses.length} of ${v.checked}`;
    console.log(`  ${v.target} (vs ${v.against}): ${status}${v.misses.length === 0 ? ` (${v.checked} row${v.checked === 1 ? "" : "s"})` : ''}`);
    for (const m of v.misses) console.log(`      ${m.row}: ${m.ratio.toFixed(2)}`);
  }
}

let transports: TransportResult[] = [];
if (!filter || section === 'transport') {
  console.log('\nTransport throughput (messages/s both ways, server echoes; pass-through serializer), best of rounds:');
  transports = await runTransportBench(quick ? 2 : 3, quick);
  const fmt = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : `${(n / 1e3).toFixed(0)}k`);
  for (const t of transports) {
    const m = t.messagesPerSec;
    const label = t.size === 16 ? '16 B' : '64 KiB';
    console.log(
      `  ${label.padEnd(7)} ours ws ${fmt(m['ours ws']!)} vs plain ws ${fmt(m['plain ws']!)} (${fmtPct(m['ours ws']! / m['plain ws']!)})   ` +
        `ours rawsocket ${fmt(m['ours rawsocket']!)} vs plain net ${fmt(m['plain net']!)} (${fmtPct(m['ours rawsocket']! / m['plain net']!)})`,
    );
  }
}

let sessions: SessionRow[] = [];
if (!filter || section === 'session') {
  const seconds = quick ? 1 : 3;
  console.log(`
Sessions (issue 11): through a router process, each client library in its own process (Autobahn|JS
under Node 22), ${seconds} s per row after a warm-up. JSON, MsgPack and CBOR over WebSocket; "ours rs" is our
session over RawSocket (our router only; fox-wamp speaks JSON over WebSocket only). RPC: callee and caller
sessions, calls/s and latency (µs); PubSub: one publisher, events delivered per second over all
subscribers. Ceiling: the same request/response over plain ws through a relay process that forwards frames
without WAMP. Memory: ${'1000'} idle sessions per contender; heap after full GCs, client side and router side.
`);
  console.log(`${'router'.padEnd(9)} ${'scenario'.padEnd(40)} ${'contender'.padEnd(9)} ${'ops/s'.padStart(8)} ${'p50 µs'.padStart(7)} ${'p99 µs'.padStart(7)}`);
  sessions = await runSessionBench(seconds, filter, (r) =>
    console.log(
      r.bytesPerSession !== undefined
        ? `${r.router.padEnd(9)} ${r.scenario.padEnd(40)} ${r.contender.padEnd(9)} ${`${(r.bytesPerSession / 1024).toFixed(1)} KiB/session`.padStart(24)}`
        : `${r.router.padEnd(9)} ${r.scenario.padEnd(40)} ${r.contender.padEnd(9)} ${Math.round(r.ops).toString().padStart(8)} ${String(r.p50 ?? '-').padStart(7)} ${String(r.p99 ?? '-').padStart(7)}`,
    ),
  );
  console.log('\nRatios (issue 11 targets: ours ≥ 85% of the ceiling for RPC, ≥ 1.10 × each peer, p99 no worse; memory: lower is better):');
  for (const line of sessionRatioLines(sessions)) console.log(`  ${line}`);
}

const out = resolve(import.meta.dirname, '../../../bench-results.json');
const report = {
  node: process.version,
  v8: process.versions.v8,
  platform: `${platform()}-${arch()}`,
  cpu: cpus()[0]?.model,
  date: new Date().toISOString(),
  flags: { quick, filter: filter ?? null, gcBetweenBatches, ...options },
  versions,
  serializers,
  serializerTargets: targetVerdicts(serializers),
  transports,
  sessions,
};
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwrote ${out}`);
if (sessions.length > 0) {
  const chart = out.replace(/\.json$/, '.svg');
  writeFileSync(chart, sessionChart(sessions, `@wamp/bench ${report.date.slice(0, 10)}, Node ${process.version}`));
  console.log(`wrote ${chart}`);
}
