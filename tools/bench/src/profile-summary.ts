/**
 * Summarises V8 CPU profiles (`node --cpu-prof`, e.g. from `pnpm run profile -- --filter …`):
 * self time by function, as a share of the measured samples, top first.
 *
 * Measured samples are those taken inside the harness's timed loop (`timeBatch` on the stack),
 * plus garbage-collector samples taken while the loop ran (the sample before was in it): start-up,
 * module loading and calibration bookkeeping are left out. `--all` counts every busy sample.
 *
 * Usage: `tsx src/profile-summary.ts [dir-or-file.cpuprofile] [--top N] [--match <text>] [--all]`.
 * A directory means its newest profile. `--match` keeps only functions whose name or file contains
 * the text (the shares stay shares of the whole).
 *
 * @module
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
}

const MEASURED_LOOP = 'timeBatch';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  allowPositionals: true,
  options: { top: { type: 'string', default: '30' }, match: { type: 'string' }, all: { type: 'boolean', default: false } },
});
const target = positionals[0] ?? '.profiles';
const file = statSync(target).isDirectory()
  ? readdirSync(target)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => join(target, f))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
  : target;
if (file === undefined) throw new Error(`no .cpuprofile in ${target}`);

const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const label = new Map<number, string>();
const parent = new Map<number, number>();
for (const node of profile.nodes) {
  const { functionName, url, lineNumber } = node.callFrame;
  // tsx emits each module on one line: a line number only helps for plain JavaScript files.
  const where = url ? `${relative(process.cwd(), url.replace(/^file:\/\//, ''))}${lineNumber > 0 ? `:${lineNumber + 1}` : ''}` : '';
  label.set(node.id, `${functionName || '(anonymous)'} ${where}`.trim());
  for (const child of node.children ?? []) parent.set(child, node.id);
}

const inLoop = new Map<number, boolean>();
function underMeasuredLoop(id: number): boolean {
  let known = inLoop.get(id);
  if (known === undefined) {
    known = false;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      if (label.get(at)?.startsWith(`${MEASURED_LOOP} `)) {
        known = true;
        break;
      }
    }
    inLoop.set(id, known);
  }
  return known;
}

const self = new Map<string, number>();
let counted = 0;
let previousInLoop = false;
for (const id of profile.samples) {
  const key = label.get(id) ?? '?';
  if (key === '(idle)') continue;
  const measured = values.all || underMeasuredLoop(id) || (key === '(garbage collector)' && previousInLoop);
  if (key !== '(garbage collector)') previousInLoop = underMeasuredLoop(id);
  if (!measured) continue;
  counted++;
  self.set(key, (self.get(key) ?? 0) + 1);
}

console.log(`${file}: ${counted} ${values.all ? 'busy' : 'measured'} samples of ${profile.samples.length}`);
const rows = [...self.entries()].filter(([key]) => !values.match || key.includes(values.match)).sort((a, b) => b[1] - a[1]);
for (const [key, count] of rows.slice(0, Number(values.top))) {
  console.log(`${((100 * count) / Math.max(counted, 1)).toFixed(1).padStart(6)}%  ${key}`);
}
