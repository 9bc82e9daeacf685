/**
 * Turns serializer results into the stdout table, the ratio summary and the target verdicts.
 *
 * @module
 */
import type { SerializerResult } from './serializer-bench.js';

/** ops/s as a short figure: `2.41M`, `412k`. */
export function formatOps(n: number | undefined): string {
  if (n === undefined) return '-';
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : `${(n / 1e3).toFixed(0)}k`;
}

const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a / b);
const formatRatio = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(2));

const COLUMNS: readonly (readonly [head: string, cell: (r: SerializerResult) => string])[] = [
  ['ours', (r) => formatOps(r.opsPerSec['ours'])],
  ['cached', (r) => formatOps(r.opsPerSec['ours cached'])],
  ['obj', (r) => formatOps(r.opsPerSec['ours obj'])],
  ['autobahn', (r) => formatOps(r.opsPerSec['autobahn'])],
  ['wampy', (r) => formatOps(r.opsPerSec['wampy'])],
  ['ours÷ab', (r) => formatRatio(ratio(r.opsPerSec['ours'], r.opsPerSec['autobahn']))],
  ['ours÷wy', (r) => formatRatio(ratio(r.opsPerSec['ours'], r.opsPerSec['wampy']))],
  ['obj÷ab', (r) => formatRatio(ratio(r.opsPerSec['ours obj'], r.opsPerSec['autobahn']))],
  ['obj÷wy', (r) => formatRatio(ratio(r.opsPerSec['ours obj'], r.opsPerSec['wampy']))],
  ['noise', (r) => `${Math.round(100 * Math.max(...Object.values(r.spread)))}%`],
];

/** The table's header line. */
export function tableHeader(): string {
  return `${'format'.padEnd(8)}${'message'.padEnd(16)}${'op'.padEnd(7)}${COLUMNS.map(([h]) => h.padStart(9)).join('')}`;
}

/** One table line for one result. */
export function tableRow(r: SerializerResult): string {
  return `${r.format.padEnd(8)}${r.sample.padEnd(16)}${r.operation.padEnd(7)}${COLUMNS.map(([, cell]) => cell(r).padStart(9)).join('')}`;
}

/** Lines for the variant contenders (JSON without the UTF-8 step, Autobahn's synchronous CBOR encoder). */
export function variantLines(results: readonly SerializerResult[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    for (const [name, ops] of Object.entries(r.opsPerSec)) {
      if (!name.endsWith(' str') && !name.endsWith(' sync')) continue;
      const label = `${r.format} ${r.sample} ${r.operation}`.padEnd(31);
      lines.push(`${label}${name.padEnd(15)}${formatOps(ops).padStart(8)}   ours÷it ${formatRatio(ratio(r.opsPerSec['ours'], ops)).padStart(5)}`);
    }
  }
  return lines;
}

/** One target of the issue and whether this run meets it. */
export interface TargetVerdict {
  readonly target: string;
  /** Contender compared against (`autobahn`, `wampy`, `autobahn sync`, …). */
  readonly against: string;
  readonly minimum: number;
  /** Rows checked. */
  readonly checked: number;
  /** Rows below the minimum, with their ratio. */
  readonly misses: readonly { readonly row: string; readonly ratio: number }[];
}

function verdict(results: readonly SerializerResult[], target: string, against: string, minimum: number, formats: readonly string[]): TargetVerdict {
  const misses: { row: string; ratio: number }[] = [];
  let checked = 0;
  for (const r of results) {
    const x = ratio(r.opsPerSec['ours'], r.opsPerSec[against]);
    if (!formats.includes(r.format) || x === undefined) continue;
    checked++;
    if (x < minimum) misses.push({ row: `${r.format} ${r.sample} ${r.operation}`, ratio: x });
  }
  return { target, against, minimum, checked, misses };
}

/**
 * The issue's targets for `ours` (the full ISerializer path, cache cleared): at least 2× Autobahn|JS
 * on MessagePack and CBOR, and no worse than wampy on any format; plus the stricter readings
 * (Autobahn's synchronous CBOR encoder, the peers' JSON without the UTF-8 step) for information.
 */
export function targetVerdicts(results: readonly SerializerResult[]): TargetVerdict[] {
  return [
    verdict(results, '≥ 2× Autobahn|JS on msgpack and cbor', 'autobahn', 2, ['msgpack', 'cbor']),
    verdict(results, 'no worse than wampy on any', 'wampy', 1, ['json', 'msgpack', 'cbor']),
    verdict(results, '(stricter) ≥ 2× Autobahn|JS synchronous cbor.encode', 'autobahn sync', 2, ['cbor']),
    verdict(results, '(stricter) ≥ Autobahn|JS JSON without UTF-8 step', 'autobahn str', 1, ['json']),
    verdict(results, '(stricter) ≥ wampy JSON without UTF-8 step', 'wampy str', 1, ['json']),
  ].filter((v) => v.checked > 0);
}

/** Geometric means of ours ÷ peer per format and operation, e.g. `msgpack encode ÷ab 11.2 ÷wy 1.31`. */
export function ratioSummary(results: readonly SerializerResult[]): string[] {
  const groups = new Map<string, SerializerResult[]>();
  for (const r of results) groups.set(`${r.format} ${r.operation}`, [...(groups.get(`${r.format} ${r.operation}`) ?? []), r]);
  const lines: string[] = [];
  for (const [key, rows] of groups) {
    const cells = ['autobahn', 'wampy'].flatMap((peer) => {
      const xs = rows.map((r) => ratio(r.opsPerSec['ours'], r.opsPerSec[peer])).filter((x): x is number => x !== undefined);
      if (xs.length === 0) return [];
      const geo = Math.exp(xs.reduce((sum, x) => sum + Math.log(x), 0) / xs.length);
      return `ours÷${peer} geo-mean ${geo.toFixed(2)} (min ${Math.min(...xs).toFixed(2)}, max ${Math.max(...xs).toFixed(2)})`;
    });
    if (cells.length > 0) lines.push(`${key.padEnd(16)}${cells.join('   ')}`);
  }
  return lines;
}
