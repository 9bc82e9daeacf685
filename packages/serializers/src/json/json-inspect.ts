/**
 * One walk over a value before `JSON.stringify`: refuses what JSON cannot carry faithfully and
 * reports what the fast path must handle.
 *
 * @module
 */
import { SerializationError } from '@wamp/interfaces';

/** The value contains a `Uint8Array` (written in the WAMP binary convention). */
export const HAS_BYTES = 1;
/** The value contains `undefined` (dropped from dicts, `null` in lists). */
export const HAS_UNDEFINED = 2;

const MAX_DEPTH = 64;
const LIMIT = 9007199254740992;

/**
 * Walks `value` and returns the flags above. Paths are only built when a value is refused.
 *
 * @throws {SerializationError} naming the path for NaN/Infinity, integers between 2^53 and 10^21
 * (JSON writes them as integer literals that are not their exact value: 2^60 →
 * 1152921504606847000), strings starting with U+0000 (reserved for byte strings), bigint,
 * functions, symbols, non-plain objects, and nesting deeper than 64 levels (or cycles).
 */
export function inspectJsonValue(value: unknown): number {
  const flags = walk(value, 0);
  if (flags >= 0) return flags;
  throw new SerializationError(`JSON: ${describeProblem(value, 'value') ?? 'value cannot be encoded'}`);
}

// Returns the flags, or -1 when something is refused (then describeProblem says what and where).
function walk(value: unknown, depth: number): number {
  switch (typeof value) {
    case 'string':
      return value.charCodeAt(0) === 0 ? -1 : 0;
    case 'boolean':
      return 0;
    case 'number':
      return badNumber(value) ? -1 : 0;
    case 'undefined':
      return HAS_UNDEFINED;
    case 'object': {
      if (value === null) return 0;
      if (depth >= MAX_DEPTH) return -1;
      let flags = 0;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const f = walk(value[i], depth + 1);
          if (f < 0) return -1;
          flags |= f;
        }
        return flags;
      }
      if (value instanceof Uint8Array) return HAS_BYTES;
      if (!isPlain(value)) return -1;
      for (const key in value) {
        const f = walk((value as Record<string, unknown>)[key], depth + 1);
        if (f < 0) return -1;
        flags |= f;
      }
      return flags;
    }
    default:
      return -1;
  }
}

function badNumber(value: number): boolean {
  if (!Number.isFinite(value)) return true;
  return (value > LIMIT || value < -LIMIT) && Number.isInteger(value) && Math.abs(value) < 1e21;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

// The slow path: finds the first refused value and says what and where.
function describeProblem(value: unknown, path: string, depth = 0): string | undefined {
  switch (typeof value) {
    case 'string':
      return value.charCodeAt(0) === 0
        ? `${path}: a string starting with U+0000 (the WAMP binary convention reserves those for byte strings)`
        : undefined;
    case 'number':
      if (!Number.isFinite(value)) return `${path}: ${value} is not representable`;
      return badNumber(value) ? `${path}: the integer ${value} cannot be written exactly (beyond ±2^53; send a string)` : undefined;
    case 'object': {
      if (value === null || value instanceof Uint8Array) return undefined;
      if (depth >= MAX_DEPTH) return `${path}: nested deeper than ${MAX_DEPTH} levels (or cyclic)`;
      if (!Array.isArray(value) && !isPlain(value)) {
        return `${path}: a ${value.constructor?.name ?? 'object'} is not a WAMP value (use plain objects, lists, strings, numbers, booleans, null, Uint8Array)`;
      }
      for (const key in value) {
        const found = describeProblem((value as Record<string, unknown>)[key], Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, depth + 1);
        if (found) return found;
      }
      return undefined;
    }
    case 'boolean':
    case 'undefined':
      return undefined;
    default:
      return `${path}: a ${typeof value} is not a WAMP value`;
  }
}

/** Copies `value` with `undefined` dropped from dicts and turned into `null` in lists. */
export function withoutUndefined(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map(withoutUndefined);
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = withoutUndefined(v);
  }
  return out;
}
