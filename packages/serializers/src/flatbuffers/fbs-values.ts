/**
 * Small value checks shared by the FlatBuffers encoder and decoder.
 *
 * @module
 */

/** A plain object (a WAMP dict), not an array, `null` or a class instance. */
export function isPlainDict(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** An integer in `0..max`. */
export function isUint(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

/** Printable form of a value in error messages, cut short. */
export function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : value instanceof Uint8Array ? `<${value.length} bytes>` : String(JSON.stringify(value) ?? String(value));
  } catch {
    text = typeof value;
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
