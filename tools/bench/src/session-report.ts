/**
 * The session benchmark's ratios: as text lines for stdout, and as an SVG bar chart written beside
 * `bench-results.json`.
 *
 * @module
 */
import type { SessionRow } from './session-bench.js';

const PEERS = ['autobahn', 'wampy'] as const;
const pct = (x: number): string => `${Math.round(100 * x)}%`;

/** One ratio of a scenario: what it compares, its value, and the target it is held to. */
export interface Ratio {
  readonly router: string;
  readonly scenario: string;
  readonly label: string;
  readonly value: number;
  /** The value the issue asks for (≥ for throughput, ≤ for memory). */
  readonly target: number;
}

function ceilingOf(rows: readonly SessionRow[], scenario: string): SessionRow | undefined {
  const pattern = scenario.replace(/, (json|msgpack|cbor)$/, '');
  return rows.find((r) => r.router === 'relay' && r.scenario === pattern);
}

/** Every ratio the targets talk about, through each router. */
export function sessionRatios(rows: readonly SessionRow[]): Ratio[] {
  const out: Ratio[] = [];
  for (const router of ['ours', 'fox-wamp']) {
    for (const scenario of [...new Set(rows.filter((r) => r.router === router).map((r) => r.scenario))]) {
      const get = (c: string): SessionRow | undefined => rows.find((r) => r.router === router && r.scenario === scenario && r.contender === c);
      const ours = get('ours');
      if (ours === undefined) continue;
      if (ours.bytesPerSession !== undefined) {
        for (const peer of PEERS) {
          const p = get(peer)?.bytesPerSession;
          if (p !== undefined && p > 0) out.push({ router, scenario, label: `ours÷${peer} (memory)`, value: ours.bytesPerSession / p, target: 1 });
        }
        continue;
      }
      const ceiling = ceilingOf(rows, scenario);
      if (ceiling !== undefined) {
        out.push({ router, scenario, label: 'ours÷ceiling', value: ours.ops / ceiling.ops, target: 0.85 });
        const rs = get('ours rs');
        if (rs !== undefined) out.push({ router, scenario, label: 'ours rs÷ceiling', value: rs.ops / ceiling.ops, target: 0.85 });
      }
      for (const peer of PEERS) {
        const p = get(peer);
        if (p !== undefined && p.ops > 0) out.push({ router, scenario, label: `ours÷${peer}`, value: ours.ops / p.ops, target: 1.1 });
      }
    }
  }
  return out;
}

/** One line per scenario: ratios to the ceiling and the peers, p99 beside them; memory in KiB. */
export function sessionRatioLines(rows: readonly SessionRow[]): string[] {
  const lines: string[] = [];
  for (const router of ['ours', 'fox-wamp']) {
    for (const scenario of [...new Set(rows.filter((r) => r.router === router).map((r) => r.scenario))]) {
      const get = (c: string): SessionRow | undefined => rows.find((r) => r.router === router && r.scenario === scenario && r.contender === c);
      const ours = get('ours');
      if (ours === undefined) continue;
      const parts = [`${router.padEnd(9)} ${scenario.padEnd(40)}`];
      if (ours.bytesPerSession !== undefined) {
        for (const c of ['ours', 'ours rs', ...PEERS]) {
          const b = get(c)?.bytesPerSession;
          if (b !== undefined) parts.push(`${c} ${(b / 1024).toFixed(1)} KiB`);
        }
        lines.push(parts.join('   '));
        continue;
      }
      const ceiling = ceilingOf(rows, scenario);
      if (ceiling !== undefined) {
        parts.push(`ours÷ceiling ${pct(ours.ops / ceiling.ops)}`);
        const rs = get('ours rs');
        if (rs !== undefined) parts.push(`rs÷ceiling ${pct(rs.ops / ceiling.ops)}`);
      }
      for (const peer of PEERS) {
        const p = get(peer);
        if (p === undefined) continue;
        const p99 = ours.p99 !== undefined && p.p99 !== undefined ? ` (p99 ${ours.p99} vs ${p.p99})` : '';
        parts.push(`ours÷${peer} ${(ours.ops / p.ops).toFixed(2)}${p99}`);
      }
      lines.push(parts.join('   '));
    }
  }
  return lines;
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A horizontal bar chart of {@link sessionRatios}: one group per router and scenario, one bar per
 * ratio, green where the target is met and red where it is not, with the targets (0.85, 1.0, 1.1)
 * drawn as lines. Memory ratios are inverted (peer ÷ ours) so that longer is better everywhere.
 */
export function sessionChart(rows: readonly SessionRow[], title: string): string {
  const ratios = sessionRatios(rows).map((r) => (r.label.endsWith('(memory)') ? { ...r, label: r.label.replace('ours÷', '').replace(' (memory)', '÷ours (memory)'), value: 1 / r.value } : r));
  const left = 330;
  const width = 960;
  const barHeight = 14;
  const groupGap = 10;
  const max = Math.max(2, ...ratios.map((r) => r.value));
  const x = (v: number): number => left + ((width - left - 90) * v) / max;
  const parts: string[] = [];
  let y = 56;
  let group = '';
  for (const r of ratios) {
    const key = `${r.router} · ${r.scenario}`;
    if (key !== group) {
      y += groupGap;
      parts.push(`<text x="8" y="${y + 11}" font-weight="bold">${escape(key)}</text>`);
      y += barHeight + 2;
      group = key;
    }
    const met = r.label.includes('(memory)') ? r.value >= 1 : r.value >= r.target;
    parts.push(`<text x="${left - 6}" y="${y + 11}" text-anchor="end">${escape(r.label)}</text>`);
    parts.push(`<rect x="${left}" y="${y}" width="${(x(r.value) - left).toFixed(1)}" height="${barHeight}" fill="${met ? '#3a8f3a' : '#c0392b'}"/>`);
    parts.push(`<text x="${(x(r.value) + 4).toFixed(1)}" y="${y + 11}">${r.value.toFixed(2)}</text>`);
    y += barHeight + 2;
  }
  const height = y + 20;
  const guides = [0.85, 1, 1.1].map(
    (v) => `<line x1="${x(v).toFixed(1)}" y1="54" x2="${x(v).toFixed(1)}" y2="${height - 10}" stroke="#888" stroke-dasharray="${v === 1 ? '0' : '4 3'}"/><text x="${x(v).toFixed(1)}" y="50" text-anchor="${v < 1 ? 'end' : v > 1 ? 'start' : 'middle'}">${v}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="8" y="16" font-size="14" font-weight="bold">${escape(title)}</text>`,
    `<text x="8" y="30">ours ÷ ceiling (target 0.85), ours ÷ peer (target 1.10); memory as peer ÷ ours. Green: target met.</text>`,
    ...guides,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
