/**
 * `MsgPackSerializer`: WAMP over MessagePack (`wamp.2.msgpack`, RawSocket id 2).
 *
 * @module
 */
import { MessageSerializer } from '../message-serializer.js';
import type { SerializerOptions } from '../serializer-options.js';
import { MsgPackObjectSerializer } from './msgpack-object-serializer.js';

/**
 * The MessagePack WAMP serializer: subprotocol `wamp.2.msgpack` (`wamp.2.msgpack.batched` when
 * batched), RawSocket serializer id 2, MIME type `application/x-msgpack`; binary messages.
 */
export class MsgPackSerializer extends MessageSerializer {
  constructor(options: SerializerOptions = {}) {
    super(new MsgPackObjectSerializer(options), { serializerId: 'msgpack', rawSocketSerializerId: 2, mimeType: 'application/x-msgpack' });
  }
}
