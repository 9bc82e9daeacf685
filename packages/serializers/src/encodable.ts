/**
 * One walk over a value before it is encoded: refuses what no WAMP format can
 * carry faithfully and reports what the fast paths must handle.
 *
 * @module
 */
import { SerializationError } from '@wamp/interfaces';

/** The value contains a `Uint8Array`. */
export const HAS_BYTES = 1;
/** The value contains `undefined` (dropped from dicts, `null` in lists, as JSON does). */
export const HAS_UNDEFINED = 2;
/** The value contains ±2^53, the largest WAMP ID, which binary formats must write as an integer, not a float. */
export const HAS_EDGE_INTEGER = 4;
/** The value contains NaN or ±Infinity (not representable in JSON). */
export const HAS_NON_FINITE = 8;

const MAX_DEPTH = 64;
const LIMIT = 9007199254740992;

/**
 * Walks `value` and returns the flags above.
 *
 * @throws {SerializationError} naming the path for bigint, functions, symbols, non-plain objects
 * (Map, Date, class instances) and nesting deeper than 64 (or cycles).
 */
export function inspectValue(value: unknown, path = 'value', depth = 0): number {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return 0;
    case 'number':
      // Beyond ±2^53 a number is a float to every encoder (float64 in binary formats), exactly as held.
      if (Number.isFinite(value)) return value === LIMIT || value === -LIMIT ? HAS_EDGE_INTEGER : 0;
      return HAS_NON_FINITE;
    case 'undefined':
      return HAS_UNDEFINED;
    case 'object': {
      if (value === null) return 0;
      if (depth >= MAX_DEPTH) throw new SerializationError(`${path}: nested deeper than ${MAX_DEPTH} levels (or cyclic)`);
      if (Array.isArray(value)) {
        let flags = 0;
        for (let i = 0; i < value.length; i++) flags |= inspectValue(value[i], `${path}[${i}]`, depth + 1);
        return flags;
      }
      if (value instanceof Uint8Array) return HAS_BYTES;
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) {
        const name = (value as object).constructor?.name ?? 'object';
        throw new SerializationError(`${path}: a ${name} is not a WAMP value (use plain objects, lists, strings, numbers, booleans, null, Uint8Array)`);
      }
      let flags = 0;
      for (const key in value) flags |= inspectValue((value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1);
      return flags;
    }
    default:
      throw new SerializationError(`${path}: a ${typeof value} is not a WAMP value`);
  }
}

/**
 * Copies `value` with `undefined` dropped from dicts and turned into `null` in lists, and
 * (when `edgeToBigInt`) ±2^53 turned into bigint so binary encoders write an integer.
 */
export function normalizeValue(value: unknown, edgeToBigInt: boolean): unknown {
  if (typeof value === 'number') return edgeToBigInt && (value === LIMIT || value === -LIMIT) ? BigInt(value) : value;
  if (value === undefined) return null;
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map((v) => normalizeValue(v, edgeToBigInt));
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = normalizeValue(v, edgeToBigInt);
  }
  return out;
}
