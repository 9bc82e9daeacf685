/**
 * `CborSerializer`: WAMP over CBOR (`wamp.2.cbor`, RawSocket id 3).
 *
 * @module
 */
import { MessageSerializer } from '../message-serializer.js';
import type { SerializerOptions } from '../serializer-options.js';
import { CborObjectSerializer } from './cbor-object-serializer.js';

/**
 * The CBOR WAMP serializer: subprotocol `wamp.2.cbor` (`wamp.2.cbor.batched` when batched),
 * RawSocket serializer id 3, MIME type `application/cbor`; binary messages.
 */
export class CborSerializer extends MessageSerializer {
  constructor(options: SerializerOptions = {}) {
    super(new CborObjectSerializer(options), { serializerId: 'cbor', rawSocketSerializerId: 3, mimeType: 'application/cbor' });
  }
}
