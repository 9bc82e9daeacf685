/**
 * `IMessage`: one WAMP message, as plain data.
 *
 * @module
 */
import type { IObjectSerializer } from './object-serializer.js';

/**
 * One WAMP message (HELLO, CALL, EVENT, …): plain data built from typed
 * fields, with no I/O.
 *
 * Implementations also carry the static side described by
 * {@link IMessageClass} (`MESSAGE_TYPE` and `parse`).
 */
export interface IMessage {
  /** The WAMP message type code, e.g. 48 for CALL. */
  readonly MESSAGE_TYPE: number;

  /**
   * The message as a WAMP list, e.g. `[48, 1, {}, "com.example.add2", [2, 3]]`.
   * Empty trailing `Arguments`/`ArgumentsKw` are left out as the spec requires
   * (`Arguments` is `[]` when only keyword arguments exist).
   */
  marshal(): unknown[];

  /**
   * The message encoded by `serializer`, computed once and cached per
   * serializer instance: a message sent to many peers is encoded once per format.
   *
   * @throws {SerializationError} when the payload cannot be encoded by that format.
   */
  serialize(serializer: IObjectSerializer): Uint8Array;

  /** Drops every cached encoding (call after mutating a message that was serialized). */
  uncache(): void;
}

/** The static side of a message class: its type code and its validating parser. */
export interface IMessageClass<M extends IMessage = IMessage> {
  /** The WAMP message type code this class handles. */
  readonly MESSAGE_TYPE: number;

  /**
   * Validates a WAMP list and builds the message.
   *
   * @throws {ProtocolError} naming the message type and the field when the list
   * is not a valid message of this type (arity, field types, ID range, URI rules).
   */
  parse(wmsg: readonly unknown[]): M;
}
