/**
 * `@wamp/serializers/msgpack`: WAMP over MessagePack (`@msgpack/msgpack`). Loads no other format.
 *
 * @example
 * ```ts
 * import { MsgPackSerializer } from '@wamp/serializers/msgpack';
 * const serializer = new MsgPackSerializer();
 * ```
 *
 * @packageDocumentation
 */
export { MsgPackObjectSerializer } from './msgpack/msgpack-object-serializer.js';
export { MsgPackSerializer } from './msgpack/msgpack-serializer.js';
export type { SerializerOptions } from './serializer-options.js';
