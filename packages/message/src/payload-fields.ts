/**
 * The application payload fields of PUBLISH, EVENT, CALL, INVOCATION, YIELD, RESULT, ERROR
 * and ABORT.
 *
 * @module
 */
import type { Dict } from './check-dict.js';

/** The payload a message carries: `Arguments|list` and `ArgumentsKw|dict`, or one opaque payload. */
export interface PayloadFields {
  /** Positional arguments (`Arguments|list`). */
  args?: unknown[] | undefined;
  /** Keyword arguments (`ArgumentsKw|dict`). */
  kwargs?: Dict | undefined;
  /**
   * One opaque byte payload in payload passthru mode, written in the Arguments position itself
   * as Autobahn|Python does. Allowed only when the message's Options/Details carry `ppt_scheme`
   * or `enc_algo`, and never together with `args` or `kwargs`.
   */
  payload?: Uint8Array | undefined;
}
