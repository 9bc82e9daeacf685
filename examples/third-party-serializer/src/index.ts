/**
 * A WAMP serializer written outside the `@wamp/*` packages: UBJSON
 * (`wamp.2.ubjson`, RawSocket id 4), built only on `@wamp/interfaces` and
 * `@wamp/message`, and checked with `@wamp/compliance-tests`.
 *
 * @example
 * ```ts
 * import { ubjsonSerializer } from '@wamp/example-third-party-serializer';
 *
 * // Hand it to a transport like any built-in serializer:
 * const serializers = [ubjsonSerializer({ batched: true }), ubjsonSerializer()];
 * ```
 *
 * @packageDocumentation
 */
export { ubjsonObjectSerializer } from './ubjson-object-serializer.js';
export type { UbjsonOptions } from './ubjson-object-serializer.js';
export { ubjsonSerializer } from './ubjson-serializer.js';
