/**
 * `@wamp/serializers/cbor`: WAMP over CBOR (`cbor-x`, standard encodings only). Loads no other format.
 *
 * @example
 * ```ts
 * import { CborSerializer } from '@wamp/serializers/cbor';
 * const serializer = new CborSerializer();
 * ```
 *
 * @packageDocumentation
 */
export { CborObjectSerializer } from './cbor/cbor-object-serializer.js';
export { CborSerializer } from './cbor/cbor-serializer.js';
export type { SerializerOptions } from './serializer-options.js';
