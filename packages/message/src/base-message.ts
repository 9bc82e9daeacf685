/**
 * What every message class shares: the per-serializer byte cache.
 *
 * @module
 */
import type { IMessage, IObjectSerializer } from '@wamp/interfaces';

/**
 * Base of every message class: implements {@link IMessage.serialize} with a
 * cache of the encoded bytes per object serializer, so a message sent to many
 * peers (an EVENT to many subscribers) is encoded once per format.
 */
export abstract class BaseMessage implements IMessage {
  abstract readonly MESSAGE_TYPE: number;

  // Most messages are serialized by exactly one serializer: a single slot avoids a Map.
  #cachedBy: IObjectSerializer | undefined = undefined;
  #cached: Uint8Array | undefined = undefined;
  #more: Map<IObjectSerializer, Uint8Array> | undefined = undefined;

  abstract marshal(): unknown[];

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

  uncache(): void {
    this.#cachedBy = undefined;
    this.#cached = undefined;
    this.#more = undefined;
  }
}
