// The line protocol every peer script speaks with its test: one JSON object per stdout line; the
// test drives the steps with "go" and "done" lines on stdin.
import { createInterface } from 'node:readline';

const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();

/** Prints `obj` as one JSON line (bytes as {"bytes": [...]}). */
export function emit(obj) {
  // wampy's msgpackr reads 64-bit integers (session ids) as BigInt.
  process.stdout.write(`${JSON.stringify(obj, (_k, v) => (v instanceof Uint8Array ? { bytes: [...v] } : typeof v === 'bigint' ? Number(v) : v))}\n`);
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

/** Ends the process on any failure, printing it as {"error": ...}. */
export function run(main) {
  main().then(
    () => process.exit(0),
    (error) => {
      emit({ error: String(error?.stack ?? error) });
      process.exit(1);
    },
  );
}
