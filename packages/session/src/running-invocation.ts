/**
 * `RunningInvocation`: one invocation an endpoint is serving. Its abort signal is made only when
 * the endpoint asks for it — most never do, and an AbortController per call is not free.
 *
 * @module
 */

import type { ReceivedChunk } from '@wamp/interfaces';
import type { AsyncQueue } from './async-queue.js';

export class RunningInvocation {
  #controller: AbortController | undefined;
  /** The caller's further chunks, for a progressive call invocation whose input is still open. */
  input: AsyncQueue<ReceivedChunk> | undefined;
  #aborted = false;
  #reason: unknown;
  #queue: Promise<void> | undefined;

  /** Aborted when the dealer interrupts the call (INTERRUPT) or the session ends. */
  get signal(): AbortSignal {
    if (this.#controller === undefined) {
      this.#controller = new AbortController();
      if (this.#aborted) this.#controller.abort(this.#reason);
    }
    return this.#controller.signal;
  }

  /** Runs `task` after the tasks enqueued before it (progressive results keep their order); `onError` hears its failure. */
  enqueue(task: () => Promise<void>, onError: (error: unknown) => void): void {
    this.#queue = (this.#queue ?? Promise.resolve()).then(task).then(undefined, onError);
  }

  /** True once a task was enqueued. */
  get queued(): boolean {
    return this.#queue !== undefined;
  }

  /** Resolves when every enqueued task has finished. */
  drained(): Promise<void> {
    return this.#queue ?? Promise.resolve();
  }

  abort(reason: unknown): void {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#reason = reason;
    this.#controller?.abort(reason);
    this.input?.fail(reason);
  }
}
