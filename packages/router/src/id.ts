/**
 * WAMP IDs as the router draws and checks them (Basic Profile, "IDs"): global-scope IDs at
 * random, session-scope request IDs counted and verified per session and direction.
 *
 * @module
 */
import { MAX_ID } from '@wamp/message';

// Random words are fetched in blocks: one getRandomValues call serves 128 IDs on the
// PUBLISH hot path (a publication ID per event).
const pool = new Uint32Array(256);
let poolIndex = pool.length;

/**
 * Draws an ID uniformly at random from 1..2^53, as the spec requires for global-scope IDs
 * (session and publication IDs), from `crypto.getRandomValues`.
 */
export function randomId(): number {
  if (poolIndex >= pool.length) {
    crypto.getRandomValues(pool);
    poolIndex = 0;
  }
  // 21 high bits and 32 low bits: a uniform integer in 0..2^53-1, shifted to 1..2^53.
  const high = (pool[poolIndex++] as number) & 0x1fffff;
  const low = pool[poolIndex++] as number;
  return high * 0x100000000 + low + 1;
}

/** Draws a random ID that `taken` does not hold yet (router-scope and session IDs must be unique). */
export function uniqueRandomId(taken: { has(id: number): boolean }): number {
  let id = randomId();
  while (taken.has(id)) id = randomId();
  return id;
}

/**
 * Counts session-scope request IDs this side sends (INVOCATION requests to one callee):
 * 1, 2, 3, … wrapping to 1 after 2^53 (Basic Profile, "IDs").
 */
export class RequestIdCounter {
  #last: number;

  /** @param last - the ID sent last (0: none yet). */
  constructor(last = 0) {
    this.#last = last;
  }

  /** The next request ID; skips IDs `inFlight` still holds (only possible after a wrap). */
  next(inFlight?: { has(id: number): boolean }): number {
    do this.#last = this.#last >= MAX_ID ? 1 : this.#last + 1;
    while (inFlight?.has(this.#last) === true);
    return this.#last;
  }
}

/**
 * Verifies the session-scope request IDs a client sends (SUBSCRIBE, UNSUBSCRIBE, PUBLISH,
 * REGISTER, UNREGISTER, CALL): each must be exactly one above the previous one, starting at 1
 * and wrapping to 1 after 2^53 (Basic Profile, "Protocol Errors": a non-sequential request ID is
 * a protocol violation). The watermark is the spec's name for the last accepted ID; progressive
 * call invocations (which reuse a CALL's ID) will check continuations against it.
 */
export class RequestIdWatermark {
  #watermark: number;

  /** @param watermark - the ID accepted last (0: none yet). */
  constructor(watermark = 0) {
    this.#watermark = watermark;
  }

  /** The last request ID accepted (0 before the first). */
  get watermark(): number {
    return this.#watermark;
  }

  /** The ID the next new request must carry. */
  get expected(): number {
    return this.#watermark >= MAX_ID ? 1 : this.#watermark + 1;
  }

  /** Accepts `id` when it is the expected next ID; returns false (and changes nothing) otherwise. */
  accept(id: number): boolean {
    if (id !== this.expected) return false;
    this.#watermark = id;
    return true;
  }

  /** Starts over for a new session on the same transport. */
  reset(): void {
    this.#watermark = 0;
  }
}
