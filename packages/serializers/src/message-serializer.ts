/**
 * `MessageSerializer`: an `ISerializer` on top of any `IObjectSerializer`.
 *
 * @module
 */
import type { IMessage, IMessageClass, IObjectSerializer, ISerializer } from '@wamp/interfaces';
import { ProtocolError, isProtocolError } from '@wamp/interfaces';
import { MESSAGE_TYPE_MAP, parseMessage } from '@wamp/message';

/** The wire identifiers of one serializer (Autobahn|Python's class constants). */
export interface SerializerIds {
  /** WebSocket subprotocol suffix without `.batched`, e.g. `json`. */
  readonly serializerId: string;
  /** RawSocket handshake id, 1..15. */
  readonly rawSocketSerializerId: number;
  /** MIME type, e.g. `application/json`. */
  readonly mimeType: string;
  /**
   * The format of application payload inside messages, when it differs from the format itself
   * (FlatBuffers carries args/kwargs encoded by a second serializer).
   * @default serializerId
   */
  readonly payloadSerializerId?: string | undefined;
}

/**
 * Turns WAMP messages into transport payloads and back with one object serializer; the
 * format classes (`JsonSerializer`, …) extend it with their ids. A third-party format becomes a
 * WAMP serializer by handing its `IObjectSerializer` to this constructor.
 *
 * @example
 * ```ts
 * const ubjson = new MessageSerializer(new MyUbjsonObjectSerializer(), {
 *   serializerId: 'ubjson', rawSocketSerializerId: 4, mimeType: 'application/ubjson',
 * });
 * ```
 */
export class MessageSerializer implements ISerializer {
  readonly MESSAGE_TYPE_MAP: ReadonlyMap<number, IMessageClass> = MESSAGE_TYPE_MAP;
  readonly SERIALIZER_ID: string;
  readonly RAWSOCKET_SERIALIZER_ID: number;
  readonly PAYLOAD_SERIALIZER_ID: string;
  readonly MIME_TYPE: string;
  readonly BINARY: boolean;
  /** The object serializer messages are encoded with. */
  readonly objectSerializer: IObjectSerializer;

  constructor(objectSerializer: IObjectSerializer, ids: SerializerIds) {
    this.objectSerializer = objectSerializer;
    this.SERIALIZER_ID = objectSerializer.batched ? `${ids.serializerId}.batched` : ids.serializerId;
    this.RAWSOCKET_SERIALIZER_ID = ids.rawSocketSerializerId;
    this.PAYLOAD_SERIALIZER_ID = ids.payloadSerializerId ?? ids.serializerId;
    this.MIME_TYPE = ids.mimeType;
    this.BINARY = objectSerializer.BINARY;
  }

  /**
   * Encodes `message` with the object serializer, through the message's per-serializer cache.
   *
   * @throws {SerializationError} when the message's payload cannot be encoded.
   */
  serialize(message: IMessage): [payload: Uint8Array, isBinary: boolean] {
    return [message.serialize(this.objectSerializer), this.BINARY];
  }

  /**
   * Decodes a transport payload into its messages (several for a batch).
   *
   * @throws {ProtocolError} for a payload of the wrong kind (`isBinary` given and not
   * {@link BINARY}), malformed bytes, or a value that is not a valid WAMP message; any other error
   * of the layers below is wrapped into one, with the original as `cause`.
   */
  unserialize(payload: Uint8Array, isBinary?: boolean): IMessage[] {
    if (isBinary !== undefined && isBinary !== this.BINARY) {
      throw new ProtocolError(
        `${this.SERIALIZER_ID}: received a ${isBinary ? 'binary' : 'text'} payload, expected ${this.BINARY ? 'binary' : 'text'}`,
      );
    }
    let values: unknown[];
    try {
      values = this.objectSerializer.unserialize(payload);
    } catch (cause) {
      throw asProtocolError(cause, `${this.SERIALIZER_ID}: cannot decode payload`);
    }
    const messages: IMessage[] = new Array<IMessage>(values.length);
    for (let i = 0; i < values.length; i++) {
      try {
        messages[i] = parseMessage(values[i]);
      } catch (cause) {
        throw asProtocolError(cause, `${this.SERIALIZER_ID}: invalid message`);
      }
    }
    return messages;
  }
}

// A failure to decode is always a ProtocolError (ISerializer's contract); anything else a lower
// layer threw (a bug, a stack overflow) is wrapped rather than leaked to the transport.
function asProtocolError(cause: unknown, what: string): ProtocolError {
  if (isProtocolError(cause)) return cause;
  return new ProtocolError(`${what}: ${(cause as Error | undefined)?.message ?? String(cause)}`, { cause });
}
