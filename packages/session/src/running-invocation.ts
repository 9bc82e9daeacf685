/**
 * `RunningInvocation`: one invocation an endpoint is serving. Its abort signal is made only when
 * the endpoint asks for it — most never do, and an AbortController per call is not free.
 *
 * @module
 */

export class RunningInvocation {
  #controller: AbortController | undefined;
  #aborted = false;
  #reason: unknown;

  /** Aborted when the dealer interrupts the call (INTERRUPT) or the session ends. */
  get signal(): AbortSignal {
    if (this.#controller === undefined) {
      this.#controller = new AbortController();
      if (this.#aborted) this.#controller.abort(this.#reason);
    }
    return this.#controller.signal;
  }

  abort(reason: unknown): void {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#reason = reason;
    this.#controller?.abort(reason);
  }
}
