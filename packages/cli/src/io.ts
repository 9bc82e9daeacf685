/**
 * `CliIo`: where the `wamp` command writes, and what stops its long-running commands.
 *
 * @module
 */

/** The command's outside world; `bin.ts` wires it to the process, tests to buffers. */
export interface CliIo {
  /** Writes one line of output (JSON) to stdout. */
  out(line: string): void;
  /** Writes one line of logging or an error to stderr. */
  err(line: string): void;
  /** Aborted on SIGINT/SIGTERM: `router`, `subscribe` and `register` stop cleanly then. */
  readonly signal: AbortSignal;
  /**
   * The lines of standard input, read only when a command asks (`wamp call --input`); lines that
   * arrive before the command iterates are kept.
   */
  lines?(): AsyncIterable<string>;
}
