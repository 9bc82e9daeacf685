/**
 * `AsyncQueue`: values pushed by the session, read by one `for await` loop, in push order.
 *
 * @module
 */

/**
 * A single-consumer async iterator fed from outside. Values (or promises of values, which keep
 * their place in line) are buffered until read; `end()` finishes the loop after the buffered
 * values, `fail(error)` makes it throw after them. Leaving the loop early calls `onReturn`.
 */
export class AsyncQueue<T> implements AsyncIterableIterator<T> {
  readonly #buffer: Promise<T>[] = [];
  #waiting: { resolve(r: IteratorResult<T>): void; reject(e: unknown): void } | undefined;
  #closed = false;
  #failure: { error: unknown } | undefined;
  readonly #onReturn: (() => void) | undefined;

  constructor(onReturn?: () => void) {
    this.#onReturn = onReturn;
  }

  /** True once ended, failed or returned: later pushes are dropped. */
  get closed(): boolean {
    return this.#closed;
  }

  push(value: T | Promise<T>): void {
    if (this.#closed) return;
    const item = Promise.resolve(value);
    item.catch(() => undefined); // read in order later; not an unhandled rejection meanwhile
    const waiting = this.#waiting;
    if (waiting === undefined) {
      this.#buffer.push(item);
      return;
    }
    this.#waiting = undefined;
    item.then((v) => waiting.resolve({ value: v, done: false }), waiting.reject);
  }

  end(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#settleWaiting();
  }

  fail(error: unknown): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#failure = { error };
    this.#settleWaiting();
  }

  #settleWaiting(): void {
    const waiting = this.#waiting;
    if (waiting === undefined || this.#buffer.length > 0) return;
    this.#waiting = undefined;
    if (this.#failure !== undefined) waiting.reject(this.#failure.error);
    else waiting.resolve({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<T>> {
    const item = this.#buffer.shift();
    if (item !== undefined) return item.then((value) => ({ value, done: false }));
    if (this.#failure !== undefined) {
      const { error } = this.#failure;
      this.#failure = undefined; // thrown once; the loop is over after that
      return Promise.reject(error);
    }
    if (this.#closed) return Promise.resolve({ value: undefined, done: true });
    if (this.#waiting !== undefined) return Promise.reject(new Error('AsyncQueue has one consumer: next() was called while a previous next() was pending'));
    return new Promise((resolve, reject) => (this.#waiting = { resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    const wasOpen = !this.#closed;
    this.#closed = true;
    this.#failure = undefined;
    this.#buffer.length = 0;
    this.#settleWaiting();
    if (wasOpen) this.#onReturn?.();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
