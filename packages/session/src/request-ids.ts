/**
 * Session-scope request IDs: sequential from 1, wrapping after 2^53, as the spec asks of
 * every request a client sends (CALL, REGISTER, SUBSCRIBE, PUBLISH, …).
 *
 * @module
 */

const MAX_ID = 2 ** 53;

/** Hands out the next request ID of one session. */
export class RequestIds {
  #last = 0;

  /** The next ID: 1, 2, 3, … 2^53, then 1 again. */
  next(): number {
    this.#last = this.#last >= MAX_ID ? 1 : this.#last + 1;
    return this.#last;
  }
}
