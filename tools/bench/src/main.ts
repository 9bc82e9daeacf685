/**
 * `pnpm bench`: runs the benchmarks and prints a table of ops/s with ratios (ours ÷ peer);
 * writes bench-results.json at the repository root. Flags: `--quick`, `--filter <text>`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runSerializerBench } from './serializer-bench.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const filterAt = args.indexOf('--filter');
const filter = filterAt >= 0 ? args[filterAt + 1] : undefined;
const rounds = quick ? 3 : 7;
const roundSeconds = quick ? 0.05 : 0.2;

const fmt = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : `${(n / 1e3).toFixed(0)}k`);

console.log(`serializer benchmark — Node ${process.version}, ${rounds} rounds of ~${roundSeconds}s, median ops/s`);
console.log('Autobahn|JS: its serializer module (lib/serializer.js: JSON, msgpack5, cbor); wampy: its JsonSerializer/MsgpackSerializer (msgpackr)/CborSerializer (cbor-x).');
console.log('ours: message object → bytes (encode, cache cleared each time) and bytes → validated message objects (decode);');
console.log('peers: WAMP list → payload and back, no validation; their JSON includes the UTF-8 conversion ws performs.');
const results = runSerializerBench(rounds, roundSeconds, filter);
console.log(`\n${'format'.padEnd(8)}${'message'.padEnd(13)}${'op'.padEnd(8)}${'ours'.padStart(9)}${'autobahn'.padStart(10)}${'wampy'.padStart(9)}${'÷autobahn'.padStart(11)}${'÷wampy'.padStart(9)}`);
for (const r of results) {
  const o = r.opsPerSec;
  console.log(
    `${r.format.padEnd(8)}${r.sample.padEnd(13)}${r.operation.padEnd(8)}${fmt(o['ours']!).padStart(9)}${fmt(o['autobahn']!).padStart(10)}${fmt(o['wampy']!).padStart(9)}` +
      `${(o['ours']! / o['autobahn']!).toFixed(2).padStart(11)}${(o['ours']! / o['wampy']!).toFixed(2).padStart(9)}`,
  );
}
const out = resolve(import.meta.dirname, '../../../bench-results.json');
writeFileSync(out, JSON.stringify({ node: process.version, date: new Date().toISOString(), serializers: results }, null, 2));
console.log(`\nwrote ${out}`);
