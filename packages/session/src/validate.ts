/**
 * Running a register/subscribe `Validator` over an invocation's or event's arguments.
 *
 * @module
 */
import type { Validator } from '@wamp/interfaces';
import { TypeCheckError } from '@wamp/interfaces';

/**
 * Checks `args`/`kwargs` with `validator`: a function that returns `false` or throws, or a schema
 * object whose `parse({ args, kwargs })` throws, fails the check.
 *
 * @returns `undefined` when the arguments pass, else a `TypeCheckError` (`wamp.error.invalid_argument`)
 * whose message says why.
 */
export function runValidator(validator: Validator, args: readonly unknown[], kwargs: Readonly<Record<string, unknown>>): TypeCheckError | undefined {
  try {
    if (typeof validator === 'function') {
      if (validator(args, kwargs) === false) return new TypeCheckError({ message: 'the arguments failed validation', args: ['the arguments failed validation'] });
    } else {
      validator.parse({ args, kwargs });
    }
    return undefined;
  } catch (error) {
    const text = `the arguments failed validation: ${error instanceof Error ? error.message : String(error)}`;
    return new TypeCheckError({ message: text, args: [text], cause: error });
  }
}
