/**
 * `IObjectSerializer`: bytes ⇄ JavaScript values, one wire format.
 *
 * @module
 */

/**
 * Turns JavaScript values into bytes of one format (JSON, MessagePack, CBOR, …)
 * and back. It knows nothing of WAMP messages; {@link ISerializer} sits on top.
 *
 * An object serializer is stateless after construction. In batched mode
 * (WAMP Advanced Profile, "Message Batching") `serialize` frames its one
 * value for a batch and `unserialize` splits a batch into its values.
 *
 * Value mapping every implementation honours: `Uint8Array` ⇄ the format's
 * byte string (JSON: the WAMP convention, a string of NUL followed by base64);
 * plain objects with string keys ⇄ maps; arrays ⇄ lists; integers in
 * −2^53..2^53 ⇄ integers; other numbers ⇄ floats; strings, booleans, `null`.
 */
export interface IObjectSerializer {
  /** The format's name: `json`, `msgpack`, `cbor`, … (Autobahn's `NAME`). */
  readonly NAME: string;

  /** True when the format is binary (sent as binary WebSocket messages). */
  readonly BINARY: boolean;

  /** True when this instance frames values for batched transport messages. */
  readonly batched: boolean;

  /**
   * Encodes one value (framed for a batch when {@link batched} is true).
   *
   * @throws {SerializationError} when the value cannot be encoded faithfully
   * (integers beyond 2^53, bigint, functions, cycles, non-string map keys).
   */
  serialize(obj: unknown): Uint8Array;

  /**
   * Decodes one transport payload into its values: exactly one value when not
   * batched, one or more when batched.
   *
   * @throws {ProtocolError} for anything that is not well-formed: bad syntax,
   * invalid UTF-8, truncation, trailing bytes, an empty batch.
   */
  unserialize(payload: Uint8Array): unknown[];
}
