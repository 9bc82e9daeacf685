/**
 * `RetrySchedule`: the reconnect backoff of one transport, with Autobahn|Python's component
 * semantics and defaults (in milliseconds here).
 *
 * @module
 */

/** Retry settings of one transport (Autobahn|Python's names, camelCased; times in ms). */
export interface RetryOptions {
  /** Reconnect attempts after the first; `Infinity` retries forever. @default Infinity */
  maxRetries?: number | undefined;
  /** The delay before the first retry, before growth. @default 1500 */
  initialRetryDelay?: number | undefined;
  /** The cap on the delay. @default 300000 */
  maxRetryDelay?: number | undefined;
  /** Each retry's delay is the previous one times this. @default 1.5 */
  retryDelayGrowth?: number | undefined;
  /** Relative jitter: the delay is drawn uniformly within ±this fraction of its nominal value. @default 0.1 */
  retryDelayJitter?: number | undefined;
}

export const RETRY_OPTION_KEYS: readonly (keyof RetryOptions)[] = ['maxRetries', 'initialRetryDelay', 'maxRetryDelay', 'retryDelayGrowth', 'retryDelayJitter'];

/**
 * Attempt counting and delays: the first attempt is immediate; retry n (from 1) waits
 * `initialRetryDelay × growth^n`, jittered and capped at `maxRetryDelay`, as Autobahn|Python's
 * `next_delay` computes it. A successful join
 * resets it. Autobahn draws the jitter from a normal distribution; this draws it uniformly so
 * the delay stays within known bounds.
 */
export class RetrySchedule {
  readonly maxRetries: number;
  readonly initialRetryDelay: number;
  readonly maxRetryDelay: number;
  readonly growth: number;
  readonly jitter: number;
  readonly #random: () => number;
  #attempts = 0;
  #nominal: number;

  /** @throws {RangeError} naming a setting outside its range. */
  constructor(options: RetryOptions = {}, random: () => number = Math.random) {
    this.maxRetries = check(options.maxRetries ?? Infinity, 'maxRetries', (v) => v >= 0 && (Number.isInteger(v) || v === Infinity));
    this.initialRetryDelay = check(options.initialRetryDelay ?? 1500, 'initialRetryDelay', (v) => v >= 0 && Number.isFinite(v));
    this.maxRetryDelay = check(options.maxRetryDelay ?? 300_000, 'maxRetryDelay', (v) => v >= 0 && Number.isFinite(v));
    this.growth = check(options.retryDelayGrowth ?? 1.5, 'retryDelayGrowth', (v) => v >= 1 && Number.isFinite(v));
    this.jitter = check(options.retryDelayJitter ?? 0.1, 'retryDelayJitter', (v) => v >= 0 && v < 1);
    this.#random = random;
    this.#nominal = this.initialRetryDelay;
  }

  /** Attempts made since the last reset. */
  get attempts(): number {
    return this.#attempts;
  }

  /** True while another attempt is allowed (the first one plus `maxRetries` retries). */
  canAttempt(): boolean {
    return this.#attempts < this.maxRetries + 1;
  }

  /**
   * Counts an attempt and returns how long to wait before making it: 0 for the first.
   *
   * @throws {RangeError} when no attempt is left (check {@link canAttempt} first).
   */
  nextDelay(): number {
    if (!this.canAttempt()) throw new RangeError(`no attempt left after ${this.#attempts}`);
    const attempt = this.#attempts++;
    if (attempt === 0) return 0;
    this.#nominal = Math.min(this.#nominal * this.growth, this.maxRetryDelay);
    const jittered = this.#nominal * (1 + this.jitter * (2 * this.#random() - 1));
    return Math.min(Math.max(0, jittered), this.maxRetryDelay);
  }

  /** Back to the first attempt (after a successful join). */
  reset(): void {
    this.#attempts = 0;
    this.#nominal = this.initialRetryDelay;
  }
}

function check(value: number, name: string, ok: (v: number) => boolean): number {
  if (typeof value !== 'number' || !ok(value)) throw new RangeError(`${name} is out of range: ${String(value)}`);
  return value;
}
