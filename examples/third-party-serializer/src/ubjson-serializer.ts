/**
 * `ISerializer` for WAMP over UBJSON (`wamp.2.ubjson`).
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
import type { IMessage, IMessageClass, IObjectSerializer, ISerializer } from '@wamp/interfaces';
import { MESSAGE_TYPE_MAP } from '@wamp/message';
import { ubjsonObjectSerializer } from './ubjson-object-serializer.js';
import type { UbjsonOptions } from './ubjson-object-serializer.js';

class UbjsonSerializer implements ISerializer {
  readonly MESSAGE_TYPE_MAP: ReadonlyMap<number, IMessageClass> = MESSAGE_TYPE_MAP;
  readonly SERIALIZER_ID: string;
  readonly RAWSOCKET_SERIALIZER_ID = 4;
  readonly PAYLOAD_SERIALIZER_ID = 'ubjson';
  readonly MIME_TYPE = 'application/ubjson';
  readonly BINARY = true;
  readonly #objects: IObjectSerializer;

  constructor(options: UbjsonOptions) {
    this.#objects = ubjsonObjectSerializer(options);
    this.SERIALIZER_ID = this.#objects.batched ? 'ubjson.batched' : 'ubjson';
  }

  serialize(message: IMessage): [payload: Uint8Array, isBinary: boolean] {
    // Through the message, so that its per-serializer byte cache is used.
    return [message.serialize(this.#objects), true];
  }

  unserialize(payload: Uint8Array, isBinary?: boolean): IMessage[] {
    if (isBinary === false) throw new ProtocolError('UBJSON: payload arrived as text, but wamp.2.ubjson is binary');
    const values = this.#objects.unserialize(payload);
    const messages = new Array<IMessage>(values.length);
    for (let i = 0; i < values.length; i++) {
      const wmsg = values[i];
      if (!Array.isArray(wmsg) || wmsg.length === 0) {
        throw new ProtocolError(
          `UBJSON: a WAMP message must be a non-empty list, got ${wmsg === null ? 'null' : typeof wmsg}`
        );
      }
      const type: unknown = wmsg[0];
      const cls = typeof type === 'number' ? this.MESSAGE_TYPE_MAP.get(type) : undefined;
      if (cls === undefined) throw new ProtocolError(`UBJSON: unknown WAMP message type ${JSON.stringify(type)}`);
      messages[i] = cls.parse(wmsg);
    }
    return messages;
  }
}

/**
 * Creates the WAMP serializer for UBJSON: WebSocket subprotocol
 * `wamp.2.ubjson` (or `wamp.2.ubjson.batched`), RawSocket serializer id 4,
 * MIME type `application/ubjson`, the ids Autobahn|Python uses.
 *
 * @example
 * ```ts
 * import { Call } from '@wamp/message';
 *
 * const ser = ubjsonSerializer();
 * const [payload] = ser.serialize(new Call({ request: 1, options: {}, procedure: 'com.example.add2', args: [2, 3] }));
 * ser.unserialize(payload, true); // [Call { request: 1, … }]
 * ```
 */
export function ubjsonSerializer(options: UbjsonOptions = {}): ISerializer {
  return new UbjsonSerializer(options);
}
