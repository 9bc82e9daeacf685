/**
 * Cancellation options shared by every operation that waits.
 *
 * @module
 */

/** Options of any operation that waits: aborting `signal` rejects it with `signal.reason`. */
export interface AbortOptions {
  /** Aborts the operation; it then rejects with `signal.reason`. */
  signal?: AbortSignal | undefined;
}
