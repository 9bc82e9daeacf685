/**
 * `ISerializer`: bytes ⇄ WAMP messages, as a transport needs it.
 *
 * @module
 */
import type { IMessage, IMessageClass } from './message.js';

/**
 * Turns WAMP messages into transport payloads and back. A transport is handed
 * one (or a list to negotiate among) and never imports a concrete format.
 *
 * A serializer is stateless after construction and may be shared by any
 * number of transports.
 */
export interface ISerializer {
  /** Message type code → message class, used by {@link unserialize} to parse. */
  readonly MESSAGE_TYPE_MAP: ReadonlyMap<number, IMessageClass>;

  /**
   * The serializer's id: the WebSocket subprotocol is `wamp.2.` followed by it
   * (`json`, `msgpack`, `cbor`, `flatbuffers`, or with `.batched` appended).
   */
  readonly SERIALIZER_ID: string;

  /**
   * The serializer id in the RawSocket handshake (WAMP Advanced Profile,
   * "RawSocket Transport"): 1 JSON, 2 MessagePack, 3 CBOR, 4 UBJSON, 5 FlatBuffers.
   */
  readonly RAWSOCKET_SERIALIZER_ID: number;

  /**
   * The id of the format used for application payload (args/kwargs) inside
   * messages. Equal to the format's own name, except for serializers such as
   * FlatBuffers that wrap payload in a second format (then e.g. `cbor`).
   */
  readonly PAYLOAD_SERIALIZER_ID: string;

  /** The MIME type of the format, e.g. `application/json` (used by HTTP long-poll). */
  readonly MIME_TYPE: string;

  /** True when payloads are binary (binary WebSocket messages). */
  readonly BINARY: boolean;

  /**
   * Encodes one message for the transport.
   *
   * @returns the payload and whether it is binary.
   * @throws {SerializationError} when the message's payload cannot be encoded.
   */
  serialize(message: IMessage): [payload: Uint8Array, isBinary: boolean];

  /**
   * Decodes one transport payload into the messages it holds (one, or a batch).
   *
   * @param isBinary - how the transport received the payload; when given and
   * it does not match {@link BINARY} the payload is refused.
   * @throws {ProtocolError} for malformed bytes, a payload of the wrong kind,
   * or a value that is not a valid WAMP message.
   */
  unserialize(payload: Uint8Array, isBinary?: boolean): IMessage[];
}
