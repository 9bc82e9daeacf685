/**
 * What every message class shares: the per-serializer byte cache.
 *
 * @module
 */
import type { IMessage, IObjectSerializer } from '@wamp/interfaces';

/**
 * Base of every message class: implements {@link IMessage.serialize} with a cache of the
 * encoded bytes per object serializer instance, so a message sent to many peers (an EVENT to
 * many subscribers) is encoded once per format.
 */
export abstract class BaseMessage implements IMessage {
  abstract readonly MESSAGE_TYPE: number;

  // Most messages meet exactly one serializer: a single slot comes before any Map.
  #cachedBy: IObjectSerializer | undefined = undefined;
  #cached: Uint8Array | undefined = undefined;
  #more: Map<IObjectSerializer, Uint8Array> | undefined = undefined;

  /** The message as a WAMP list; empty trailing Arguments/ArgumentsKw are left out. */
  abstract marshal(): unknown[];

  /**
   * Returns `serializer.serialize(this.marshal())`, computed on the first call for that
   * serializer instance and cached: later calls return the same `Uint8Array`. Call
   * {@link uncache} after mutating the message.
   *
   * @throws {SerializationError} (from the serializer) when the payload cannot be encoded; nothing is cached then.
   */
  serialize(serializer: IObjectSerializer): Uint8Array {
    if (this.#cachedBy === serializer) return this.#cached as Uint8Array;
    const hit = this.#more?.get(serializer);
    if (hit !== undefined) return hit;
    const bytes = serializer.serialize(this.marshal());
    if (this.#cachedBy === undefined) {
      this.#cachedBy = serializer;
      this.#cached = bytes;
    } else {
      (this.#more ??= new Map()).set(serializer, bytes);
    }
    return bytes;
  }

  /** Drops every cached encoding. */
  uncache(): void {
    this.#cachedBy = undefined;
    this.#cached = undefined;
    this.#more = undefined;
  }
}
