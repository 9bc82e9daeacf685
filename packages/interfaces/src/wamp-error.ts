/**
 * The root of every error class in `@wamp/*`.
 *
 * @module
 */

/** Brand set on every {@link WampError}; survives two installed copies of this package. */
export const WAMP_ERROR_BRAND: unique symbol = Symbol.for('@wamp/error') as never;

/**
 * Base class for every error a `@wamp/*` package throws on purpose.
 *
 * Test with {@link isWampError} or `err.name`, not `instanceof`: two copies of
 * `@wamp/interfaces` in one program give two unrelated classes.
 */
export class WampError extends Error {
  static override readonly name: string = 'WampError';
  override readonly name: string = 'WampError';
  readonly [WAMP_ERROR_BRAND] = true as const;

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}

/** True when `value` is any error thrown by a `@wamp/*` package (any copy of it). */
export function isWampError(value: unknown): value is WampError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[WAMP_ERROR_BRAND] === true;
}
