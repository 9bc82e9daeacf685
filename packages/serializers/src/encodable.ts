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
/** The value contains a string starting with U+0000 (JSON reserves those for byte strings). */
export const HAS_NUL_STRING = 16;
/**
 * The value contains an integral number in 2^53..1e21 (either sign): JSON text writes it as an
 * integer literal that is not its exact value (2^60 → 1152921504606847000), which other peers
 * read as a different integer. Binary formats write it as a float64, exactly.
 */
export const HAS_INEXACT_INTEGER_TEXT = 32;

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
      return value.charCodeAt(0) === 0 ? HAS_NUL_STRING : 0;
    case 'boolean':
      return 0;
    case 'number':
      if (!Number.isFinite(value)) return HAS_NON_FINITE;
      if (value <= LIMIT && value >= -LIMIT) return value === LIMIT || value === -LIMIT ? HAS_EDGE_INTEGER : 0;
      // Beyond ±2^53 a number is a float to the binary encoders (float64), exactly as held.
      return Number.isInteger(value) && Math.abs(value) < 1e21 ? HAS_INEXACT_INTEGER_TEXT : 0;
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
 * integers with a magnitude of at least `bigIntFrom` turned into bigint (so an encoder that
 * writes those as floats writes integers instead).
 */
export function normalizeValue(value: unknown, bigIntFrom = Infinity): unknown {
  if (typeof value === 'number') {
    return Number.isInteger(value) && Math.abs(value) >= bigIntFrom && Math.abs(value) <= LIMIT ? BigInt(value) : value;
  }
  if (value === undefined) return null;
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map((v) => normalizeValue(v, bigIntFrom));
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = normalizeValue(v, bigIntFrom);
  }
  return out;
}
