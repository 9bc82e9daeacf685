/**
 * The life cycle of one check: set up, run, always tear down.
 *
 * @module
 */
import type { TestSetup } from './test-setup.js';

/**
 * Runs `check` on an instance from `setup.setup(args)` and calls
 * `setup.teardown()` afterwards, whether the check passed or not.
 */
export async function withInstance<T, Args>(
  setup: TestSetup<T, Args>,
  args: Args | undefined,
  check: (instance: T) => void | Promise<void>
): Promise<void> {
  const instance = await (args === undefined ? setup.setup() : setup.setup(args));
  try {
    await check(instance);
  } finally {
    await setup.teardown();
  }
}
