// Shared by the session-benchmark workers: the run loop and how results are printed.
// A worker gets one JSON spec on argv: { url, realm, serializer: 'json' | 'msgpack' | 'cbor',
// scenario: 'rpc' | 'pubsub' | 'memory', inflight, payloadBytes, subscribers, sessions, seconds }
// and prints one JSON line: { ops, p50, p99 } (ops/s; latency in µs for rpc), or for 'memory'
// { bytesPerSession } and then holds its sessions open until stdin closes.

export const spec = JSON.parse(process.argv[2]);
export const payload = 'x'.repeat(spec.payloadBytes);

/** Runs `inflight` loops of `once()` for `seconds` after a warm-up; ops/s and latency percentiles. */
export async function runRpc(once) {
  const warmEnd = performance.now() + 300;
  await Promise.all(Array.from({ length: spec.inflight }, async () => {
    while (performance.now() < warmEnd) await once();
  }));
  const latencies = [];
  let ops = 0;
  const start = performance.now();
  const end = start + spec.seconds * 1000;
  await Promise.all(Array.from({ length: spec.inflight }, async () => {
    while (performance.now() < end) {
      const t = performance.now();
      await once();
      latencies.push(performance.now() - t);
      ops++;
    }
  }));
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => Math.round(1000 * (latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0));
  return { ops: ops / elapsed, p50: pct(0.5), p99: pct(0.99) };
}

/**
 * Publishes as fast as the publisher can while keeping at most `window` events unacknowledged by
 * the subscribers (counted on their side), for `seconds`; events delivered per second over all
 * subscribers.
 */
export async function runPubSub(publish, delivered, subscribers) {
  const window = 200 * subscribers;
  let sent = 0;
  const loop = async (until) => {
    while (performance.now() < until) {
      if (sent * subscribers - delivered() > window) {
        await new Promise((r) => setImmediate(r));
        continue;
      }
      publish();
      sent++;
      if (sent % 64 === 0) await new Promise((r) => setImmediate(r));
    }
  };
  await loop(performance.now() + 300);
  const before = delivered();
  const start = performance.now();
  await loop(start + spec.seconds * 1000);
  const elapsed = (performance.now() - start) / 1000;
  return { ops: (delivered() - before) / elapsed };
}

/**
 * Opens `spec.sessions` idle sessions with `open()`, and reports the heap they take per session
 * (after full GCs, so run with --expose-gc); keeps them open until stdin closes, so the router's
 * memory can be read meanwhile.
 */
export async function runMemory(open) {
  const heap = () => {
    for (let i = 0; i < 3; i++) globalThis.gc?.();
    return process.memoryUsage().heapUsed;
  };
  await open(); // the library's own first-use allocations are not per-session cost
  const before = heap();
  const held = [];
  for (let i = 0; i < spec.sessions; i++) held.push(await open());
  const after = heap();
  process.stdout.write(`${JSON.stringify({ ops: 0, bytesPerSession: Math.round((after - before) / spec.sessions), held: held.length })}\n`);
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}

export function done(result) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
  setTimeout(() => process.exit(0), 50);
}
