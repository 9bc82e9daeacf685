/** A small benchmark harness: warm-up, interleaved timed rounds, median ops/s. */

export interface Contender {
  readonly name: string;
  /** Runs one operation; the return value is kept so the work cannot be optimised away. */
  run(): unknown;
}

export interface Measurement {
  readonly name: string;
  /** Median operations per second over the rounds. */
  readonly opsPerSec: number;
}

let sink: unknown;

function timeBatch(contender: Contender, ops: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < ops; i++) sink = contender.run();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Picks a batch size that takes about `targetSeconds` for this contender. */
function calibrate(contender: Contender, targetSeconds: number): number {
  let ops = 16;
  for (;;) {
    const seconds = timeBatch(contender, ops);
    if (seconds >= targetSeconds / 4 || ops > 1 << 24) return Math.max(1, Math.round((ops * targetSeconds) / Math.max(seconds, 1e-6)));
    ops *= 4;
  }
}

/**
 * Measures every contender in `rounds` interleaved rounds of about `roundSeconds` each (after a
 * warm-up and calibration), and returns the median ops/s of each.
 */
export function measure(contenders: readonly Contender[], rounds: number, roundSeconds: number): Measurement[] {
  const batch = contenders.map((c) => {
    calibrate(c, roundSeconds); // warm-up: lets the JIT settle before the real calibration
    return calibrate(c, roundSeconds);
  });
  const samples: number[][] = contenders.map(() => []);
  for (let r = 0; r < rounds; r++) {
    contenders.forEach((c, i) => {
      (globalThis as { gc?: () => void }).gc?.();
      samples[i]!.push(batch[i]! / timeBatch(c, batch[i]!));
    });
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return contenders.map((c, i) => ({ name: c.name, opsPerSec: median(samples[i]!) }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
