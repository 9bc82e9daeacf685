/** Standard base64 (with padding) → bytes. */
export function base64ToBytes(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}

/** Bytes → standard base64 with padding. */
export function bytesToBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

function isBytesMarker(value: object): value is { $bytes: string } {
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === '$bytes' && typeof (value as { $bytes: unknown }).$bytes === 'string';
}

/** Turns the vectors' `{"$bytes": "<base64>"}` objects into `Uint8Array`, recursively. */
export function fromVectorJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromVectorJson);
  if (value !== null && typeof value === 'object') {
    if (isBytesMarker(value)) return base64ToBytes(value.$bytes);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromVectorJson(v)]));
  }
  return value;
}

/** The inverse of {@link fromVectorJson}, for printing a value in failure messages. */
export function toVectorJson(value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: bytesToBase64(value) };
  if (Array.isArray(value)) return value.map(toVectorJson);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toVectorJson(v)]));
  }
  return value;
}
