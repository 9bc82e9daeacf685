/**
 * `CallResult`: a result with several positional or keyword values.
 *
 * @module
 */

const CALL_RESULT_BRAND: unique symbol = Symbol.for('@wamp/call-result') as never;

/**
 * Positional and keyword results of a call. `call()` resolves with the single positional
 * result itself when that is all there is, and with a `CallResult` when there are several or
 * keyword results; an endpoint returns one to answer with several values or keywords.
 *
 * @example
 * ```ts
 * session.register('com.example.divmod', ([a, b]) => new CallResult([Math.floor(a / b), a % b]));
 * ```
 */
export class CallResult {
  readonly [CALL_RESULT_BRAND] = true as const;
  /** Positional results. */
  readonly args: readonly unknown[];
  /** Keyword results. */
  readonly kwargs: Readonly<Record<string, unknown>>;

  constructor(args: readonly unknown[] = [], kwargs: Readonly<Record<string, unknown>> = {}) {
    this.args = args;
    this.kwargs = kwargs;
  }
}

/** True when `value` is a {@link CallResult} from any copy of this package. */
export function isCallResult(value: unknown): value is CallResult {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[CALL_RESULT_BRAND] === true;
}
