/**
 * `Validator`: checks the arguments an endpoint or handler receives (Autobahn's `check_types`).
 *
 * @module
 */

/**
 * Validates `(args, kwargs)` before an endpoint or event handler runs: either a function that
 * throws (or returns `false`) on bad input, or a schema object with a `parse` method (zod,
 * valibot and the like) that throws on bad input. A failed validation answers the caller with
 * `TypeCheckError` (`wamp.error.invalid_argument`).
 */
export type Validator =
  | ((args: readonly unknown[], kwargs: Readonly<Record<string, unknown>>) => boolean | void)
  | { parse(value: { args: readonly unknown[]; kwargs: Readonly<Record<string, unknown>> }): unknown };
