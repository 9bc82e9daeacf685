/**
 * The two functions a suite needs from a test runner.
 *
 * @module
 */

/** A check body; it fails by throwing (or rejecting), as `node:assert` does. */
export type CheckFn = () => void | Promise<void>;

/**
 * The `describe`/`it` pair a suite declares its checks with. jest, vitest and
 * mocha all provide it as globals, which is the default; pass your own to
 * run the checks some other way (the package's own tests pass a recorder).
 */
export interface TestFramework {
  /** Groups checks under a name; `body` declares them synchronously. */
  describe(name: string, body: () => void): void;
  /** Declares one check; it passes when `check` returns or resolves. */
  it(name: string, check: CheckFn): void;
}

/**
 * The framework to use: `given`, or else the runner's global `describe` and `it`.
 *
 * @throws {TypeError} when no framework is given and the globals are missing.
 */
export function resolveFramework(given: TestFramework | undefined): TestFramework {
  if (given !== undefined) return given;
  const globals = globalThis as { describe?: unknown; it?: unknown };
  if (typeof globals.describe !== 'function' || typeof globals.it !== 'function') {
    throw new TypeError('no global describe/it: run the suite under jest, vitest or mocha, or pass { describe, it }');
  }
  const describe = globals.describe as TestFramework['describe'];
  const it = globals.it as TestFramework['it'];
  return { describe: (name, body) => describe(name, body), it: (name, check) => it(name, check) };
}
