/**
 * A stand-in `IMessage` that carries any list, to put invalid messages on
 * the wire through the serializer under test.
 *
 * @module
 */
import type { IMessage, IObjectSerializer } from '@wamp/interfaces';

/** An `IMessage` whose `marshal()` is whatever value it was given, valid WAMP or not. */
export class RawListMessage implements IMessage {
  readonly MESSAGE_TYPE: number;
  readonly #value: unknown;

  constructor(value: unknown) {
    this.#value = value;
    this.MESSAGE_TYPE = Array.isArray(value) && typeof value[0] === 'number' ? value[0] : -1;
  }

  marshal(): unknown[] {
    return this.#value as unknown[];
  }

  serialize(serializer: IObjectSerializer): Uint8Array {
    return serializer.serialize(this.#value);
  }

  uncache(): void {}
}
