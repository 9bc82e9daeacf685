/**
 * WAMP serializers. Import a format from its own subpath so a bundle carries only that
 * format: `@wamp/serializers/json`, `@wamp/serializers/msgpack`, `@wamp/serializers/cbor`,
 * `@wamp/serializers/flatbuffers`. The root entry holds what all formats share.
 *
 * @example
 * ```ts
 * import { JsonSerializer } from '@wamp/serializers/json';
 * import { CborSerializer } from '@wamp/serializers/cbor';
 *
 * const serializers = [new CborSerializer(), new JsonSerializer()]; // in preference order
 * ```
 *
 * @packageDocumentation
 */
export { MessageSerializer } from './message-serializer.js';
export type { SerializerIds } from './message-serializer.js';
export type { SerializerOptions } from './serializer-options.js';
export { decodeBase64, encodeBase64 } from './base64.js';
