/**
 * `Session.define`: which error class an error URI maps to, both ways.
 *
 * @module
 */
import type { ApplicationErrorInit } from '@wamp/interfaces';
import { ApplicationError, isApplicationError } from '@wamp/interfaces';

/** An error class a session can construct from an ERROR: `new errorClass(init)`. */
export type ErrorClass = abstract new (...args: never[]) => Error;
type Constructible = new (init: ApplicationErrorInit) => Error;

/** What an ERROR message carries for a thrown error. */
export interface WireError {
  readonly uri: string;
  readonly args: readonly unknown[];
  readonly kwargs: Readonly<Record<string, unknown>>;
}

/** The session's error URI ⇄ error class table. */
export class ErrorRegistry {
  readonly #byUri = new Map<string, ErrorClass>();
  readonly #byClass = new Map<ErrorClass, string>();

  /**
   * Maps `uri` to `errorClass` (and back). `uri` defaults to the class's static `uri`.
   *
   * @throws {TypeError} when no URI is given and the class has no static string `uri`.
   */
  define(errorClass: ErrorClass, uri?: string): void {
    const resolved = uri ?? (errorClass as unknown as { uri?: unknown }).uri;
    if (typeof resolved !== 'string' || resolved === '') {
      throw new TypeError(`define(${errorClass.name}): give an error URI, or a static string "uri" on the class`);
    }
    this.#byUri.set(resolved, errorClass);
    this.#byClass.set(errorClass, resolved);
  }

  /** The error an ERROR with `uri` rejects with: an instance of the defined class, else `ApplicationError`. */
  toError(uri: string, init: ApplicationErrorInit): Error {
    const errorClass = this.#byUri.get(uri);
    if (errorClass === undefined) return new ApplicationError(uri, init);
    return new (errorClass as unknown as Constructible)(init);
  }

  /**
   * What to send for an error an endpoint threw: a defined class (by its prototype chain) or an
   * `ApplicationError` gives its URI, args and kwargs; anything else gives `undefined`.
   */
  toWire(error: unknown): WireError | undefined {
    if (typeof error === 'object' && error !== null) {
      for (let proto = Object.getPrototypeOf(error) as object | null; proto !== null; proto = Object.getPrototypeOf(proto) as object | null) {
        const uri = this.#byClass.get((proto as { constructor: ErrorClass }).constructor);
        if (uri !== undefined) return { uri, ...payloadOf(error) };
      }
    }
    if (isApplicationError(error)) return { uri: error.uri, args: error.args, kwargs: error.kwargs };
    return undefined;
  }
}

function payloadOf(error: object): { args: readonly unknown[]; kwargs: Readonly<Record<string, unknown>> } {
  const { args, kwargs, message } = error as { args?: unknown; kwargs?: unknown; message?: unknown };
  return {
    args: Array.isArray(args) ? args : typeof message === 'string' && message !== '' ? [message] : [],
    kwargs: typeof kwargs === 'object' && kwargs !== null && !Array.isArray(kwargs) ? (kwargs as Record<string, unknown>) : {},
  };
}
