/**
 * Options every serializer of this package takes.
 *
 * @module
 */

/** Options of `JsonSerializer`, `MsgPackSerializer`, `CborSerializer` and their object serializers. */
export interface SerializerOptions {
  /**
   * Frame messages for batched transport messages (Advanced Profile, "Message Batching");
   * the WebSocket subprotocol becomes `wamp.2.<id>.batched`.
   * @default false
   */
  batched?: boolean | undefined;
}
