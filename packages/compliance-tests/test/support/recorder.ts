import type { CheckFn, TestFramework } from '../../src/test-framework.js';

/** One declared check and how it ended when run. */
export interface CheckOutcome {
  readonly name: string;
  readonly error: unknown;
  readonly failed: boolean;
}

/**
 * A `{ describe, it }` that records checks instead of handing them to jest,
 * so that a test can run a suite against an implementation and look at
 * which checks failed.
 */
export class RecordingFramework implements TestFramework {
  readonly checks: { name: string; check: CheckFn }[] = [];
  #path: string[] = [];

  describe = (name: string, body: () => void): void => {
    this.#path.push(name);
    try {
      body();
    } finally {
      this.#path.pop();
    }
  };

  it = (name: string, check: CheckFn): void => {
    this.checks.push({ name: [...this.#path.slice(1), name].join(' > '), check });
  };

  /** Runs the recorded checks whose name matches `filter` (all by default), one after the other. */
  async run(filter: (name: string) => boolean = () => true): Promise<CheckOutcome[]> {
    const outcomes: CheckOutcome[] = [];
    for (const { name, check } of this.checks) {
      if (!filter(name)) continue;
      try {
        await check();
        outcomes.push({ name, error: undefined, failed: false });
      } catch (error) {
        outcomes.push({ name, error, failed: true });
      }
    }
    return outcomes;
  }
}

/** The names of the failed outcomes, with their first message line, for assertion messages. */
export function failures(outcomes: readonly CheckOutcome[]): string[] {
  return outcomes
    .filter((o) => o.failed)
    .map((o) => `${o.name}: ${o.error instanceof Error ? o.error.message.split('\n')[0] : String(o.error)}`);
}
