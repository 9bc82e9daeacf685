/**
 * `FlatBuffersEnvelope`: one WAMP message list ⇄ one `wamp.proto.Message` buffer.
 *
 * @module
 */
import { Builder } from 'flatbuffers';
import type { IObjectSerializer } from '@wamp/interfaces';
import { ProtocolError, SerializationError, isProtocolError } from '@wamp/interfaces';
import { wamp_proto_Message as RootMessage } from './generated/wamp_generated.js';
import type { wamp_proto_AnyMessage as AnyMessage } from './generated/wamp_generated.js';
import { decodeMessage } from './fbs-decode.js';
import { encodeMessage } from './fbs-encode.js';
import { MESSAGE_SPECS } from './fbs-message-specs.js';
import { FbsReader } from './fbs-reader.js';

// `wamp.proto.Message`: field 0 is the union's type byte, field 1 the message table.
const MSG_TYPE_SLOT = 0;
const MSG_SLOT = 1;
// The builder is reused; after a message larger than this its grown buffer is dropped, so one
// big message does not stay allocated for the serializer's lifetime.
const KEEP_BUILDER_BYTES = 1 << 20;

/**
 * The object-serializer layer of {@link FlatBuffersSerializer}: it encodes WAMP message lists
 * (what `marshal()` returns) and nothing else, so that messages keep caching their bytes per
 * serializer as with every other format.
 *
 * The root is a `wamp.proto.Message` table. Its union type byte holds the WAMP message type code
 * (16 for PUBLISH), as Autobahn|Python writes and reads it, not the union member's ordinal the
 * schema's `AnyMessage` would give (8 for Publish). Args and kwargs are encoded by the payload
 * serializer. No batching: the format has no batched variant.
 */
export class FlatBuffersEnvelope implements IObjectSerializer {
  readonly NAME = 'flatbuffers';
  readonly BINARY = true;
  readonly batched = false;
  /** Encodes args and kwargs inside the envelope. */
  readonly payloadSerializer: IObjectSerializer;
  /** Leave out HELLO/WELCOME details that are informative only (`agent`, unknown features, empty `authextra`) instead of refusing them. */
  readonly lenientHello: boolean;
  #builder = new Builder(1024);

  constructor(payloadSerializer: IObjectSerializer, lenientHello = false) {
    this.payloadSerializer = payloadSerializer;
    this.lenientHello = lenientHello;
  }

  /**
   * Encodes one WAMP message list.
   *
   * @throws {SerializationError} for a message type without a table, or a message the table
   * cannot hold (the error names the element or key), or a payload the payload serializer refuses.
   */
  serialize(obj: unknown): Uint8Array {
    if (!Array.isArray(obj) || typeof obj[0] !== 'number') {
      throw new SerializationError('FlatBuffers: only WAMP messages (lists starting with a type code) can be encoded');
    }
    const spec = MESSAGE_SPECS.get(obj[0]);
    if (spec === undefined) throw new SerializationError(`FlatBuffers: message type ${obj[0]} has no table in the WAMP-FlatBuffers schema`);
    const builder = this.#builder;
    builder.clear(); // also after a refusal that left a table half written
    // Fields are written only when WAMP has them, defaults included, so presence survives the
    // trip (`exclude_me: true` stays distinct from no `exclude_me`).
    builder.forceDefaults(true);
    try {
      const msg = encodeMessage(builder, spec, obj, this.payloadSerializer, this.lenientHello);
      RootMessage.startMessage(builder);
      RootMessage.addMsgType(builder, spec.type as AnyMessage);
      RootMessage.addMsg(builder, msg);
      RootMessage.finishMessageBuffer(builder, RootMessage.endMessage(builder));
      return builder.asUint8Array().slice();
    } catch (cause) {
      if (cause instanceof Error && cause.name === 'SerializationError') throw cause;
      throw new SerializationError(`FlatBuffers: cannot encode ${spec.name}: ${(cause as Error | undefined)?.message ?? String(cause)}`, { cause });
    } finally {
      if (this.#builder.dataBuffer().capacity() > KEEP_BUILDER_BYTES) this.#builder = new Builder(1024);
    }
  }

  /**
   * Decodes one buffer into a one-element list holding the WAMP message list.
   *
   * @throws {ProtocolError} for a buffer that is not a valid `wamp.proto.Message`.
   */
  unserialize(payload: Uint8Array): unknown[] {
    try {
      const reader = new FbsReader(payload);
      const root = reader.root('Message');
      const typeAt = root.field(MSG_TYPE_SLOT, 1);
      if (typeAt === -1) throw new ProtocolError('FlatBuffers: Message has no message type');
      const type = reader.u8(typeAt, 'Message.msg_type');
      const spec = MESSAGE_SPECS.get(type);
      if (spec === undefined) throw new ProtocolError(`FlatBuffers: message type ${type} is not a WAMP message this serializer reads`);
      const msgAt = root.field(MSG_SLOT, 4);
      if (msgAt === -1) throw new ProtocolError('FlatBuffers: Message lacks its required msg');
      return [decodeMessage(reader.table(msgAt, spec.name), spec, this.payloadSerializer)];
    } catch (cause) {
      if (isProtocolError(cause)) throw cause;
      throw new ProtocolError(`FlatBuffers: malformed buffer: ${(cause as Error | undefined)?.message ?? String(cause)}`, { cause });
    }
  }
}
