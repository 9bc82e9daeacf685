/**
 * One table of outstanding requests of one kind, keyed by request ID.
 *
 * @module
 */

/** What waits for a router's reply: how to settle it, plus per-kind state. */
export interface PendingEntry<T> {
  resolve(value: T): void;
  reject(error: unknown): void;
}

/** Outstanding requests of one kind (calls, registrations, …), keyed by request ID. */
export class PendingRequests<T, E extends PendingEntry<T> = PendingEntry<T>> {
  readonly #entries = new Map<number, E>();

  /** Number of requests still waiting. */
  get size(): number {
    return this.#entries.size;
  }

  /** Adds a request; `promise` settles when {@link take} hands the entry to a reply. */
  add(request: number, entry: E): void {
    this.#entries.set(request, entry);
  }

  /** The entry of `request`, left in place (progressive results). */
  peek(request: number): E | undefined {
    return this.#entries.get(request);
  }

  /** Removes and returns the entry of `request`, or `undefined` when there is none. */
  take(request: number): E | undefined {
    const entry = this.#entries.get(request);
    if (entry !== undefined) this.#entries.delete(request);
    return entry;
  }

  /** Rejects every outstanding request with `error(request)` and empties the table. */
  rejectAll(error: (request: number) => unknown): void {
    const entries = [...this.#entries];
    this.#entries.clear();
    for (const [request, entry] of entries) entry.reject(error(request));
  }
}
