/**
 * A small benchmark harness: warm-up, calibration, interleaved timed rounds, median ops/s.
 *
 * Every contender of one case is measured in the same rounds, one batch each per round (in a
 * shuffled order), so a slow phase of the machine hits all of them alike. With `--expose-gc` a full GC runs before
 * each batch, so no contender pays for the garbage of the one before it.
 *
 * @module
 */

/** One thing being measured: a function that performs one operation. */
export interface Contender {
  /** The column this contender is reported under (`ours`, `autobahn`, …). */
  readonly name: string;
  /**
   * Performs one operation. The return value is kept in a sink so the work cannot be optimised
   * away. When {@link isAsync} is set, it returns a promise and every operation is awaited before
   * the next starts (as a library that awaits per message is driven).
   */
  run(): unknown;
  /** True when {@link run} returns a promise that must be awaited. */
  readonly isAsync?: boolean;
}

/** The result for one contender. */
export interface Measurement {
  readonly name: string;
  /** Median operations per second over the rounds. */
  readonly opsPerSec: number;
  /** (max − min) ÷ median of the per-round figures: how noisy the median is. */
  readonly spread: number;
  /** Operations per timed batch, as calibrated. */
  readonly batch: number;
}

/** How long to measure. */
export interface MeasureOptions {
  /** Timed rounds per contender; the median is reported. */
  readonly rounds: number;
  /** Target duration of one timed batch, in seconds. */
  readonly roundSeconds: number;
  /** Measure only the contenders with these names (e.g. `ours` alone, to profile it). */
  readonly only?: readonly string[] | undefined;
}

let sink: unknown;
const gc = (globalThis as { gc?: () => void }).gc;

/** True when a full GC runs between batches (node started with `--expose-gc`). */
export const gcBetweenBatches = gc !== undefined;

async function timeBatch(contender: Contender, ops: number): Promise<number> {
  const start = process.hrtime.bigint();
  if (contender.isAsync) {
    for (let i = 0; i < ops; i++) sink = await contender.run();
  } else {
    for (let i = 0; i < ops; i++) sink = contender.run();
  }
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Picks a batch size that takes about `targetSeconds` for this contender. */
async function calibrate(contender: Contender, targetSeconds: number): Promise<number> {
  for (let ops = 16; ; ops *= 4) {
    const seconds = await timeBatch(contender, ops);
    if (seconds >= targetSeconds / 4 || ops >= 1 << 24) return Math.max(1, Math.round((ops * targetSeconds) / Math.max(seconds, 1e-6)));
  }
}

/**
 * Measures every contender (or those named in `only`) in `rounds` interleaved rounds of about `roundSeconds` each, after a
 * warm-up (a first calibration whose result is thrown away, so the JIT has settled before the
 * batch size is chosen), and returns the median ops/s of each, in the order given.
 */
export async function measure(all: readonly Contender[], options: MeasureOptions): Promise<Measurement[]> {
  const contenders = options.only ? all.filter((c) => options.only!.includes(c.name)) : all;
  const batches: number[] = [];
  for (const contender of contenders) {
    await calibrate(contender, options.roundSeconds);
    batches.push(await calibrate(contender, options.roundSeconds));
  }
  const samples: number[][] = contenders.map(() => []);
  const order = contenders.map((_, i) => i);
  let seed = 0x9e3779b9;
  for (let round = 0; round < options.rounds; round++) {
    // A fresh (seeded, so repeatable) order every round: no contender always runs right after the
    // same neighbour, whose garbage and heap growth can slow the next one even after a full GC.
    for (let k = order.length - 1; k > 0; k--) {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      const j = (seed >>> 0) % (k + 1);
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const i of order) {
      gc?.();
      samples[i]!.push(batches[i]! / (await timeBatch(contenders[i]!, batches[i]!)));
    }
  }
  if (sink === Symbol.for('@wamp/bench/never')) console.log(sink);
  // BENCH_DEBUG=1 prints every round's figure, to see what the median hides.
  if (process.env['BENCH_DEBUG']) contenders.forEach((c, i) => console.log(`  ${c.name}: ${samples[i]!.map((x) => Math.round(x / 1e3)).join(' ')}k`));
  return contenders.map((contender, i) => {
    const sorted = [...samples[i]!].sort((a, b) => a - b);
    const median = medianOfSorted(sorted);
    return { name: contender.name, opsPerSec: median, spread: (sorted.at(-1)! - sorted[0]!) / median, batch: batches[i]! };
  });
}

/** The median of an ascending, non-empty list. */
export function medianOfSorted(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
