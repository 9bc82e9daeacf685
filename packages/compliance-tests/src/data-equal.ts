/**
 * Comparison of decoded values as data, the way WAMP peers compare them.
 *
 * @module
 */

/** True for objects a serializer maps to and from a format's map type. */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A short, printable rendering of a value for failure messages. */
export function preview(value: unknown, limit = 80): string {
  let text: string;
  if (value instanceof Uint8Array) {
    const hex = Array.from(value.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
    text = `<${value.constructor.name} ${value.length} bytes ${hex}${value.length > 16 ? '…' : ''}>`;
  } else if (typeof value === 'bigint') {
    text = `${value}n`;
  } else if (typeof value === 'function' || typeof value === 'symbol' || value === undefined) {
    text = String(value);
  } else {
    try {
      text = JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint8Array ? preview(v) : v)) ?? String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/**
 * Where two values first differ as data, or `undefined` when they are equal:
 * lists by position, maps by key (not key order), byte strings by content
 * (both must be `Uint8Array`), numbers by value (NaN equals NaN).
 *
 * @param path - the name of the compared values, used in the result.
 * @returns a sentence such as `at $[4].color: expected "red", got "blue"`.
 */
export function findDifference(actual: unknown, expected: unknown, path = '$'): string | undefined {
  if (actual === expected) return undefined;
  const mismatch = (): string => `at ${path}: expected ${preview(expected)}, got ${preview(actual)}`;
  if (typeof expected === 'number') {
    return typeof actual === 'number' && Number.isNaN(actual) && Number.isNaN(expected) ? undefined : mismatch();
  }
  if (expected instanceof Uint8Array || actual instanceof Uint8Array) {
    if (!(expected instanceof Uint8Array && actual instanceof Uint8Array) || actual.length !== expected.length) {
      return mismatch();
    }
    for (let i = 0; i < expected.length; i++) {
      if (actual[i] !== expected[i])
        return `at ${path}: bytes differ at offset ${i}: expected ${preview(expected)}, got ${preview(actual)}`;
    }
    return undefined;
  }
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!(Array.isArray(expected) && Array.isArray(actual))) return mismatch();
    if (actual.length !== expected.length) {
      return `at ${path}: expected a list of ${expected.length}, got ${actual.length} items: ${preview(actual)}`;
    }
    for (let i = 0; i < expected.length; i++) {
      const diff = findDifference(actual[i], expected[i], `${path}[${i}]`);
      if (diff !== undefined) return diff;
    }
    return undefined;
  }
  if (typeof expected !== 'object' || expected === null || typeof actual !== 'object' || actual === null)
    return mismatch();
  if (!isPlainObject(expected) || !isPlainObject(actual)) {
    return `at ${path}: expected a plain object, got ${Object.prototype.toString.call(actual)} ${preview(actual)}`;
  }
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  const keys = Object.keys(e);
  const actualKeys = Object.keys(a);
  if (actualKeys.length !== keys.length || !keys.every((k) => Object.prototype.hasOwnProperty.call(a, k))) {
    return `at ${path}: expected keys ${preview(keys.sort())}, got ${preview(actualKeys.sort())}`;
  }
  for (const key of keys) {
    const diff = findDifference(
      a[key],
      e[key],
      `${path}${/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`}`
    );
    if (diff !== undefined) return diff;
  }
  return undefined;
}

/**
 * A deep copy of a data value (lists, plain objects, `Uint8Array`), made in
 * this realm: unlike `structuredClone`, the copy's objects have this realm's
 * prototypes even under runners that sandbox tests (jest).
 */
export function copyData(value: unknown): unknown {
  if (value instanceof Uint8Array) return value.slice();
  if (Array.isArray(value)) return value.map(copyData);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      Object.defineProperty(out, key, {
        value: copyData((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

/** True when `a` and `b` are equal as data (see {@link findDifference}). */
export function dataEqual(a: unknown, b: unknown): boolean {
  return findDifference(a, b) === undefined;
}
