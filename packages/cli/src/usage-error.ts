/**
 * `UsageError`: a bad command line (exit code 2, with the usage text).
 *
 * @module
 */

/** Thrown for a bad command line; `main` prints it with the usage and exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
