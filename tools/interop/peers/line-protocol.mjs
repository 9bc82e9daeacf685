// The line protocol every peer script speaks with its test: one JSON object per stdout line; the
// test drives the steps with "go" and "done" lines on stdin.
import { createInterface } from 'node:readline';

const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();

/** Prints `obj` as one JSON line (bytes as {"bytes": [...]}, BigInt as a number). */
export function emit(obj) {
  // wampy's msgpackr reads 64-bit integers (session ids) as BigInt.
  // A Buffer's toJSON runs before the replacer, which therefore looks at the holder's raw value.
  const replacer = function (key, value) {
    const raw = this[key];
    return raw instanceof Uint8Array ? { bytes: [...raw] } : typeof raw === 'bigint' ? Number(raw) : value;
  };
  process.stdout.write(`${JSON.stringify(obj, replacer)}\n`);
}

/** Waits for the next stdin line and checks it is `expected`. */
export async function expectLine(expected) {
  const { value, done } = await lines.next();
  if (done || value.trim() !== expected) throw new Error(`expected "${expected}" on stdin, got ${done ? 'EOF' : JSON.stringify(value)}`);
}

/** Rejects after `ms` with `what` in the message. */
export function within(ms, promise, what) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms).unref())]);
}

/**
 * Ends the process on any failure, printing it as {"error": ...}. A watchdog ends a peer that is
 * still alive after 50 s (its test is long gone by then), and a closed stdin fails `expectLine`,
 * so no peer outlives its test.
 */
export function run(main) {
  setTimeout(() => {
    emit({ error: 'watchdog: still running after 50 s' });
    process.exit(3);
  }, 50_000).unref();
  main().then(
    () => process.exit(0),
    (error) => {
      emit({ error: String(error?.stack ?? error) });
      process.exit(1);
    },
  );
}
