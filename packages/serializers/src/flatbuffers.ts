/**
 * `@wamp/serializers/flatbuffers`: WAMP over FlatBuffers, with Autobahn|Python's WAMP-FlatBuffers
 * schema; args and kwargs travel as CBOR (or JSON, MessagePack) byte strings inside it. Loads the
 * `flatbuffers` runtime and the CBOR object serializer, no other format.
 *
 * @example
 * ```ts
 * import { FlatBuffersSerializer } from '@wamp/serializers/flatbuffers';
 * import { CborObjectSerializer } from '@wamp/serializers/cbor';
 *
 * const serializer = new FlatBuffersSerializer({ payloadSerializer: new CborObjectSerializer() });
 * serializer.SERIALIZER_ID; // 'flatbuffers' (WebSocket subprotocol wamp.2.flatbuffers)
 * serializer.PAYLOAD_SERIALIZER_ID; // 'cbor'
 * ```
 *
 * @packageDocumentation
 */
export { FlatBuffersSerializer } from './flatbuffers/flatbuffers-serializer.js';
export type { FlatBuffersSerializerOptions } from './flatbuffers/flatbuffers-serializer.js';
