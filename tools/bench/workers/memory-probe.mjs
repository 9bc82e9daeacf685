// For the router processes of the session benchmark: each "mem" line on stdin is answered with one
// JSON line {"heapUsed", "rss"} (bytes, after full GCs when run with --expose-gc); the process
// exits when stdin closes.
import { createInterface } from 'node:readline';

export function answerMemoryQueries() {
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() !== 'mem') return;
    for (let i = 0; i < 3; i++) globalThis.gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    process.stdout.write(`${JSON.stringify({ heapUsed, rss })}\n`);
  });
  process.stdin.on('end', () => process.exit(0));
}
