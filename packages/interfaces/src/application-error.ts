/**
 * Errors that travel in WAMP ERROR messages and that application code handles.
 *
 * @module
 */
import { WAMP_ERROR } from './error-uris.js';
import { WampError, isWampError } from './wamp-error.js';

/** What an {@link ApplicationError} carries besides its URI. */
export interface ApplicationErrorInit {
  /** Positional payload of the ERROR. @default [] */
  args?: readonly unknown[] | undefined;
  /** Keyword payload of the ERROR. @default {} */
  kwargs?: Readonly<Record<string, unknown>> | undefined;
  /** `ERROR.Details` as received (callee identification and the like). @default {} */
  details?: Readonly<Record<string, unknown>> | undefined;
  /** Human-readable text; by default the URI followed by the string positional args. */
  message?: string | undefined;
  /** The error this one wraps. */
  cause?: unknown;
}

/**
 * An error identified by a URI, with positional and keyword payload, as it
 * travels in a WAMP ERROR message.
 *
 * Throw it from an endpoint to answer a call with that ERROR; `call()`
 * rejects with it when the callee answers with ERROR. `uri`, `args`,
 * `kwargs` and `details` are kept apart: nothing is mixed into `kwargs`.
 *
 * @example
 * ```ts
 * throw new ApplicationError('com.example.out_of_stock', { args: ['sku-12'], kwargs: { left: 0 } });
 * ```
 */
export class ApplicationError extends WampError {
  static override readonly name: string = 'ApplicationError';
  override readonly name: string = 'ApplicationError';
  /** The error URI (Autobahn's `error`). */
  readonly uri: string;
  /** Positional payload. */
  readonly args: readonly unknown[];
  /** Keyword payload. */
  readonly kwargs: Readonly<Record<string, unknown>>;
  /** `ERROR.Details`. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(uri: string, init: ApplicationErrorInit = {}) {
    const args = init.args ?? [];
    const text = init.message ?? defaultMessage(uri, args);
    super(text, init.cause === undefined ? undefined : { cause: init.cause });
    this.uri = uri;
    this.args = args;
    this.kwargs = init.kwargs ?? {};
    this.details = init.details ?? {};
  }
}

function defaultMessage(uri: string, args: readonly unknown[]): string {
  const first = args[0];
  return typeof first === 'string' ? `${uri}: ${first}` : uri;
}

/** True when `value` is an {@link ApplicationError} (or subclass) from any copy of this package. */
export function isApplicationError(value: unknown): value is ApplicationError {
  return isWampError(value) && typeof (value as { uri?: unknown }).uri === 'string' && Array.isArray((value as { args?: unknown }).args);
}

/** `wamp.error.not_authorized`: the session may not perform the action. */
export class NotAuthorized extends ApplicationError {
  static override readonly name = 'NotAuthorized';
  override readonly name = 'NotAuthorized';
  constructor(init: ApplicationErrorInit = {}) {
    super(WAMP_ERROR.NOT_AUTHORIZED, init);
  }
}

/** `wamp.error.invalid_uri`: a topic, procedure or error URI is not a valid WAMP URI. */
export class InvalidUri extends ApplicationError {
  static override readonly name = 'InvalidUri';
  override readonly name = 'InvalidUri';
  constructor(init: ApplicationErrorInit = {}) {
    super(WAMP_ERROR.INVALID_URI, init);
  }
}

/** `wamp.error.invalid_payload`: the payload is not acceptable to the receiver. */
export class InvalidPayload extends ApplicationError {
  static override readonly name = 'InvalidPayload';
  override readonly name = 'InvalidPayload';
  constructor(init: ApplicationErrorInit = {}) {
    super(WAMP_ERROR.INVALID_PAYLOAD, init);
  }
}

/**
 * Arguments failed an endpoint's or handler's validator.
 *
 * Sent as `wamp.error.invalid_argument`, the spec's URI for refused
 * arguments (Autobahn|Python sends its own `wamp.error.type_check_error`;
 * a session maps both to this class).
 */
export class TypeCheckError extends ApplicationError {
  static override readonly name = 'TypeCheckError';
  override readonly name = 'TypeCheckError';
  constructor(init: ApplicationErrorInit = {}) {
    super(WAMP_ERROR.INVALID_ARGUMENT, init);
  }
}
