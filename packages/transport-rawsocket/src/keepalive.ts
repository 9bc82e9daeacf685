/**
 * Auto-ping for one RawSocket connection: PING every so often, fail when no PONG echoes it in time.
 *
 * @module
 */
import type { Scheduler } from './timers.js';
import { SYSTEM_SCHEDULER } from './timers.js';

/** Settings and hooks of a {@link Keepalive}. */
export interface KeepaliveOptions {
  /** Time from the last answered PING (or the start) to the next PING (ms); 0 disables. */
  readonly interval: number;
  /** Time a PING may wait for its PONG (ms). */
  readonly timeout: number;
  /** Sends a PING frame with `payload`. */
  readonly sendPing: (payload: Uint8Array) => void;
  /** Called once when a PING went unanswered for `timeout` ms; the keepalive is stopped then. */
  readonly onTimeout: () => void;
  /** @default SYSTEM_SCHEDULER */
  readonly scheduler?: Scheduler | undefined;
}

/**
 * Sends a PING `interval` ms after the start and after each answered PING, each with a fresh
 * 8-octet payload, and calls `onTimeout` when no PONG echoing the payload arrives within `timeout`
 * ms. One PING is outstanding at a time; PONGs that echo something else are ignored (the spec
 * ties a PONG to a PING only by its payload).
 */
export class Keepalive {
  readonly #options: KeepaliveOptions;
  readonly #scheduler: Scheduler;
  #timer: unknown;
  #outstanding: Uint8Array | undefined;
  #running = false;
  #count = 0;

  constructor(options: KeepaliveOptions) {
    this.#options = options;
    this.#scheduler = options.scheduler ?? SYSTEM_SCHEDULER;
  }

  /** Starts pinging (nothing when the interval is 0). */
  start(): void {
    if (this.#running || !(this.#options.interval > 0)) return;
    this.#running = true;
    this.#schedulePing();
  }

  /** Stops pinging and clears every timer; safe to call at any time, any number of times. */
  stop(): void {
    this.#running = false;
    this.#outstanding = undefined;
    if (this.#timer !== undefined) this.#scheduler.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Hands in a received PONG's payload; it answers the outstanding PING when it echoes it exactly. */
  pong(payload: Uint8Array): void {
    const expected = this.#outstanding;
    if (expected === undefined || !sameOctets(expected, payload)) return;
    this.#outstanding = undefined;
    this.#scheduler.clearTimeout(this.#timer);
    this.#schedulePing();
  }

  #schedulePing(): void {
    this.#timer = this.#scheduler.setTimeout(() => this.#ping(), this.#options.interval);
  }

  #ping(): void {
    if (!this.#running) return;
    // A counter in the payload makes a late PONG of an earlier PING distinguishable.
    const payload = new Uint8Array(8);
    crypto.getRandomValues(payload.subarray(0, 4));
    new DataView(payload.buffer).setUint32(4, ++this.#count);
    this.#outstanding = payload;
    this.#timer = this.#scheduler.setTimeout(() => {
      this.stop();
      this.#options.onTimeout();
    }, this.#options.timeout);
    this.#options.sendPing(payload);
  }
}

function sameOctets(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
