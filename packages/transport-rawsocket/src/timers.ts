/**
 * Timers for the RawSocket transport: injectable, `unref`'d, and `Infinity` meaning "never".
 *
 * @module
 */

/** The timer functions the transport uses for auto-ping; tests hand in a manual clock. */
export interface Scheduler {
  /** Calls `callback` once after `ms` milliseconds; the handle goes to {@link clearTimeout}. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancels a pending {@link setTimeout}; `undefined` is ignored. */
  clearTimeout(handle: unknown): void;
}

// setTimeout fires after 1 ms for delays beyond 2^31 - 1: longer ones (Infinity) never fire.
const LONGEST = 2_147_483_647;

/**
 * Starts an `unref`'d timer (so it never keeps the process alive); for `ms` beyond 2^31 − 1
 * (e.g. `Infinity`) none is started and `undefined` is returned.
 */
export function unrefTimeout(callback: () => void, ms: number): ReturnType<typeof setTimeout> | undefined {
  if (!(ms <= LONGEST)) return undefined;
  const handle = setTimeout(callback, ms);
  handle.unref();
  return handle;
}

/** The platform timers through {@link unrefTimeout}. */
export const SYSTEM_SCHEDULER: Scheduler = {
  setTimeout: unrefTimeout,
  clearTimeout(handle) {
    if (handle !== undefined) clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};
