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
}

/**
 * Turns WAMP messages into transport payloads and back with one object serializer; the
 * format classes (`JsonSerializer`, …) extend it with their ids.
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
    this.PAYLOAD_SERIALIZER_ID = ids.serializerId;
    this.MIME_TYPE = ids.mimeType;
    this.BINARY = objectSerializer.BINARY;
  }

  serialize(message: IMessage): [payload: Uint8Array, isBinary: boolean] {
    return [message.serialize(this.objectSerializer), this.BINARY];
  }

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
      if (isProtocolError(cause)) throw cause;
      throw new ProtocolError(`${this.SERIALIZER_ID}: cannot decode payload: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    }
    const messages: IMessage[] = new Array<IMessage>(values.length);
    for (let i = 0; i < values.length; i++) messages[i] = parseMessage(values[i]);
    return messages;
  }
}
