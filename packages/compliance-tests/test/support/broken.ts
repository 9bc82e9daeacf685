import type { IObjectSerializer, ISerializer } from '@wamp/interfaces';
import { ReferenceJsonObjectSerializer } from './reference-json-object-serializer.js';
import { ReferenceJsonSerializer } from './reference-json-serializer.js';

/** Replaces byte strings by text, deeply, as a serializer without a binary convention would. */
function bytesToText(value: unknown): unknown {
  if (value instanceof Uint8Array) return String.fromCharCode(...value);
  if (Array.isArray(value)) return value.map(bytesToText);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bytesToText(v)]));
  }
  return value;
}

/** Broken: turns `Uint8Array` into latin-1 text before encoding, so bytes come back as strings. */
export class BytesAsTextObjectSerializer extends ReferenceJsonObjectSerializer {
  override serialize(obj: unknown): Uint8Array {
    return super.serialize(bytesToText(obj));
  }
}

/** Broken: returns the values of a batch in reverse order. */
export class ReorderingObjectSerializer extends ReferenceJsonObjectSerializer {
  override unserialize(payload: Uint8Array): unknown[] {
    return super.unserialize(payload).reverse();
  }
}

/** Broken: reports malformed input as a TypeError instead of a ProtocolError. */
export class TypeErrorObjectSerializer extends ReferenceJsonObjectSerializer {
  override unserialize(payload: Uint8Array): unknown[] {
    try {
      return super.unserialize(payload);
    } catch (err) {
      throw new TypeError(`bad input: ${(err as Error).message}`);
    }
  }
}

/** Broken: an empty `NAME` (the object serializer's counterpart of a wrong SERIALIZER_ID). */
export class NamelessObjectSerializer extends ReferenceJsonObjectSerializer {
  override readonly NAME: string = '';
}

/** Broken object serializers by what is wrong with them, each as a `(batched) => instance` factory. */
export const BROKEN_OBJECT_SERIALIZERS: Record<string, (batched: boolean) => IObjectSerializer> = {
  'drops byte strings to text': (b) => new BytesAsTextObjectSerializer(b),
  'reorders a batch': (b) => new ReorderingObjectSerializer(b),
  'throws TypeError on garbage': (b) => new TypeErrorObjectSerializer(b),
  'has an empty NAME': (b) => new NamelessObjectSerializer(b),
};

/** Broken serializers by what is wrong with them, each as a `(batched) => instance` factory. */
export const BROKEN_SERIALIZERS: Record<string, (batched: boolean) => ISerializer> = {
  'drops byte strings to text': (b) => new ReferenceJsonSerializer({ objects: new BytesAsTextObjectSerializer(b) }),
  'reorders a batch': (b) => new ReferenceJsonSerializer({ objects: new ReorderingObjectSerializer(b) }),
  'throws TypeError on garbage': (b) => new ReferenceJsonSerializer({ objects: new TypeErrorObjectSerializer(b) }),
  'returns the wrong SERIALIZER_ID': (b) =>
    new ReferenceJsonSerializer({ batched: b, serializerId: b ? 'wamp.2.json.batched' : 'wamp.2.json' }),
};
