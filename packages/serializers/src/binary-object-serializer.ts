/**
 * What the binary object serializers (MessagePack, CBOR) share: batching by length prefix.
 *
 * @module
 */
import type { IObjectSerializer } from '@wamp/interfaces';
import { frameWithLength, splitLengthPrefixed } from './batch-framing.js';
import type { SerializerOptions } from './serializer-options.js';

/**
 * Base of `MsgPackObjectSerializer` and `CborObjectSerializer`: one value per payload, or in
 * batched mode each value preceded by its 4-byte big-endian length.
 */
export abstract class BinaryObjectSerializer implements IObjectSerializer {
  abstract readonly NAME: string;
  readonly BINARY = true;
  readonly batched: boolean;

  constructor(options: SerializerOptions = {}) {
    this.batched = options.batched ?? false;
  }

  /** Encodes one value. @throws {SerializationError} when it is not a WAMP value. */
  protected abstract encodeOne(obj: unknown): Uint8Array;
  /** Decodes exactly one value. @throws {ProtocolError} for anything malformed. */
  protected abstract decodeOne(bytes: Uint8Array): unknown;
  /** The format's name in errors, e.g. `MessagePack`. */
  protected abstract readonly formatName: string;

  serialize(obj: unknown): Uint8Array {
    const bytes = this.encodeOne(obj);
    return this.batched ? frameWithLength(bytes) : bytes;
  }

  unserialize(payload: Uint8Array): unknown[] {
    if (!this.batched) return [this.decodeOne(payload)];
    return splitLengthPrefixed(payload, this.formatName).map((part) => this.decodeOne(part));
  }
}
