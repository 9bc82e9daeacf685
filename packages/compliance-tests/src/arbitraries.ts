/**
 * `@wamp/compliance-tests/arbitraries`: fast-check arbitraries for WAMP
 * values and valid WAMP messages, for property tests of your own.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { wampMessage } from '@wamp/compliance-tests/arbitraries';
 *
 * fc.assert(fc.property(wampMessage([48, 50]), (m) => { mySession.handle(m); }));
 * ```
 *
 * @packageDocumentation
 */
export {
  wampBytes,
  wampDict,
  wampFloat,
  wampInteger,
  wampKey,
  wampList,
  wampScalar,
  wampString,
  wampValue,
} from './value-arbitraries.js';
export type { WampValueConstraints } from './value-arbitraries.js';
export { wampId, wampMessage, wampUri } from './message-arbitraries.js';
