import { ProtocolError } from '@wamp/interfaces';
import type { IMessage, IMessageClass, IObjectSerializer, ISerializer } from '@wamp/interfaces';
import { MESSAGE_TYPE_MAP, parseMessage } from '@wamp/message';
import { ReferenceJsonObjectSerializer } from './reference-json-object-serializer.js';

/** Options of {@link ReferenceJsonSerializer}, with the seams the broken variants use. */
export interface ReferenceJsonSerializerOptions {
  batched?: boolean;
  objects?: IObjectSerializer;
  serializerId?: string;
}

/** A correct `ISerializer` on top of {@link ReferenceJsonObjectSerializer}. */
export class ReferenceJsonSerializer implements ISerializer {
  readonly MESSAGE_TYPE_MAP: ReadonlyMap<number, IMessageClass> = MESSAGE_TYPE_MAP;
  readonly SERIALIZER_ID: string;
  readonly RAWSOCKET_SERIALIZER_ID = 1;
  readonly PAYLOAD_SERIALIZER_ID = 'json';
  readonly MIME_TYPE = 'application/json';
  readonly BINARY = false;
  readonly objects: IObjectSerializer;

  constructor(options: ReferenceJsonSerializerOptions = {}) {
    this.objects = options.objects ?? new ReferenceJsonObjectSerializer(options.batched ?? false);
    this.SERIALIZER_ID = options.serializerId ?? (this.objects.batched ? 'json.batched' : 'json');
  }

  serialize(message: IMessage): [Uint8Array, boolean] {
    return [message.serialize(this.objects), false];
  }

  unserialize(payload: Uint8Array, isBinary?: boolean): IMessage[] {
    if (isBinary === true) throw new ProtocolError('JSON arrives as text, got a binary payload');
    return this.objects.unserialize(payload).map((value) => parseMessage(value));
  }
}
