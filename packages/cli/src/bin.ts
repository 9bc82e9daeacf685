#!/usr/bin/env node
/**
 * The `wamp` executable: `main` wired to the process (stdout, stderr, SIGINT/SIGTERM).
 *
 * @module
 */
import { createInterface } from 'node:readline';
import { main } from './main.js';

const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());

main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  signal: stop.signal,
  // The iterator is made at once: readline drops lines emitted before anyone iterates, and the
  // command reads them only after it has connected.
  lines: () => createInterface({ input: process.stdin, crlfDelay: Infinity })[Symbol.asyncIterator](),
}).then(
  (code) => {
    process.exitCode = code;
    // Long-running commands are done once main resolves; don't wait for stray timers.
    setImmediate(() => process.exit(code));
  },
  (error: unknown) => {
    process.stderr.write(`wamp: ${String(error)}\n`);
    process.exit(1);
  },
);
