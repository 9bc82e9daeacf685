/**
 * `@wamp/serializers/json`: WAMP over JSON, with the WAMP binary convention. Loads no other format.
 *
 * @example
 * ```ts
 * import { JsonSerializer } from '@wamp/serializers/json';
 * const serializer = new JsonSerializer(); // or { batched: true } for wamp.2.json.batched
 * ```
 *
 * @packageDocumentation
 */
export { JsonObjectSerializer } from './json/json-object-serializer.js';
export { JsonSerializer } from './json/json-serializer.js';
export type { SerializerOptions } from './serializer-options.js';
