/**
 * `JsonSerializer`: WAMP over JSON (`wamp.2.json`, RawSocket id 1).
 *
 * @module
 */
import { MessageSerializer } from '../message-serializer.js';
import type { SerializerOptions } from '../serializer-options.js';
import { JsonObjectSerializer } from './json-object-serializer.js';

/**
 * The JSON WAMP serializer: subprotocol `wamp.2.json` (`wamp.2.json.batched` when batched),
 * RawSocket serializer id 1, MIME type `application/json`; text WebSocket messages.
 *
 * @example
 * ```ts
 * import { JsonSerializer } from '@wamp/serializers/json';
 * const [bytes, isBinary] = new JsonSerializer().serialize(message);
 * ```
 */
export class JsonSerializer extends MessageSerializer {
  constructor(options: SerializerOptions = {}) {
    super(new JsonObjectSerializer(options), { serializerId: 'json', rawSocketSerializerId: 1, mimeType: 'application/json' });
  }
}
