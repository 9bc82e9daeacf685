/**
 * The `wamp` command: run the embedded router, call, publish, subscribe and register from the
 * shell. The executable is `wamp` (`bin.ts`); `main` runs it in-process.
 *
 * @packageDocumentation
 */
export { USAGE, main } from './main.js';
export type { CliIo } from './io.js';
export { UsageError } from './usage-error.js';
