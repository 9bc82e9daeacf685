/**
 * `pnpm bench`: runs the benchmarks and prints a table of ops/s with ratios (ours ÷ peer);
 * writes bench-results.json at the repository root. Flags: `--quick`, `--filter <text>`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runSerializerBench } from './serializer-bench.js';
import { runTransportBench } from './transport-bench.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const filterAt = args.indexOf('--filter');
const filter = filterAt >= 0 ? args[filterAt + 1] : undefined;
const rounds = quick ? 3 : 7;
const roundSeconds = quick ? 0.05 : 0.2;

const fmt = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : `${(n / 1e3).toFixed(0)}k`);

console.log(`serializer benchmark — Node ${process.version}, ${rounds} rounds of ~${roundSeconds}s, median ops/s`);
console.log('Autobahn|JS: its serializer module (lib/serializer.js: JSON, msgpack5, cbor); wampy: its JsonSerializer/MsgpackSerializer (msgpackr)/CborSerializer (cbor-x).');
console.log('ours = ISerializer: message object → bytes (cache cleared each time), bytes → validated message objects;');
console.log('obj = our IObjectSerializer: WAMP list → bytes and back, the same work as the peers\' serializer code');
console.log('(no message validation); the peers\' JSON includes the UTF-8 conversion ws performs.');
const results = runSerializerBench(rounds, roundSeconds, filter);
const head = ['ours', 'obj', 'autobahn', 'wampy', 'ours÷ab', 'ours÷wy', 'obj÷ab', 'obj÷wy'];
console.log(`\n${'format'.padEnd(8)}${'message'.padEnd(13)}${'op'.padEnd(7)}${head.map((h) => h.padStart(9)).join('')}`);
for (const r of results) {
  const o = r.opsPerSec;
  const cells = [fmt(o['ours']!), fmt(o['oursObject']!), fmt(o['autobahn']!), fmt(o['wampy']!)];
  const ratios = [o['ours']! / o['autobahn']!, o['ours']! / o['wampy']!, o['oursObject']! / o['autobahn']!, o['oursObject']! / o['wampy']!];
  console.log(`${r.format.padEnd(8)}${r.sample.padEnd(13)}${r.operation.padEnd(7)}${[...cells, ...ratios.map((x) => x.toFixed(2))].map((c) => c.padStart(9)).join('')}`);
}
console.log('\ntransport throughput (messages/s both ways, server echoes; pass-through serializer), best of rounds:');
const transports = filter && !'transport'.includes(filter) ? [] : await runTransportBench(quick ? 2 : 3, quick);
for (const t of transports) {
  const m = t.messagesPerSec;
  const label = t.size === 16 ? '16 B' : '64 KiB';
  console.log(
    `  ${label.padEnd(7)} ours ws ${fmt(m['ours ws']!)} vs plain ws ${fmt(m['plain ws']!)} (${(m['ours ws']! / m['plain ws']!).toFixed(2)}×)   ` +
      `ours rawsocket ${fmt(m['ours rawsocket']!)} vs plain net ${fmt(m['plain net']!)} (${(m['ours rawsocket']! / m['plain net']!).toFixed(2)}×)`,
  );
}
const out = resolve(import.meta.dirname, '../../../bench-results.json');
writeFileSync(out, JSON.stringify({ node: process.version, date: new Date().toISOString(), serializers: results, transports }, null, 2));
console.log(`\nwrote ${out}`);
