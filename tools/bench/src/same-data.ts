/**
 * Equality as data, for the pre-flight check that all contenders encode the same thing.
 *
 * @module
 */

/**
 * True when `a` and `b` hold the same data: lists item by item, maps by key, bytes by content,
 * numbers by value; with `bigintAsNumber`, a bigint equals the number of the same value.
 */
export function sameData(a: unknown, b: unknown, bigintAsNumber = false): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (bigintAsNumber && (typeof a === 'bigint' || typeof b === 'bigint')) {
    return (typeof a === 'bigint' || typeof a === 'number') && (typeof b === 'bigint' || typeof b === 'number') && Number(a) === Number(b);
  }
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    return a instanceof Uint8Array && b instanceof Uint8Array && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i], bigintAsNumber));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => Object.hasOwn(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], bigintAsNumber))
  );
}
