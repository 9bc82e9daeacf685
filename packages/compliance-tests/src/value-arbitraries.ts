/**
 * fast-check arbitraries for the values a WAMP payload carries.
 *
 * @module
 */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';

/** Limits for {@link wampValue}. */
export interface WampValueConstraints {
  /**
   * How deep lists and dicts may nest.
   * @default 3
   */
  readonly maxDepth?: number;
  /**
   * The most items in one list or keys in one dict.
   * @default 5
   */
  readonly maxItems?: number;
}

/**
 * Integers every format carries exactly: −2^53..2^53, with the ends and zero
 * drawn more often than chance would.
 */
export function wampInteger(): Arbitrary<number> {
  return fc.oneof(
    fc.constantFrom(0, 1, -1, 2 ** 53, -(2 ** 53), 2 ** 32, -(2 ** 31) - 1),
    fc.integer(),
    fc.maxSafeInteger()
  );
}

/**
 * Finite floats that come back as the same number from every format: no NaN,
 * no infinities, no −0 (JSON writes it as 0), and no integral values beyond
 * 2^53 (formats may read those back as 64-bit integers).
 */
export function wampFloat(): Arbitrary<number> {
  return fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .filter((d) => !Number.isInteger(d) || Number.isSafeInteger(d))
    .map((d) => (Object.is(d, -0) ? 0 : d));
}

/**
 * Text that every format carries: any code point (astral ones included, no
 * lone surrogates), but never a leading U+0000, which the JSON serializer
 * reserves for byte strings.
 */
export function wampString(maxLength = 16): Arbitrary<string> {
  return fc.string({ unit: 'binary', maxLength }).filter((s) => s.charCodeAt(0) !== 0);
}

/** Dict keys: any text except `__proto__`, which plain objects cannot hold as a literal key. */
export function wampKey(): Arbitrary<string> {
  return fc.string({ unit: 'binary', maxLength: 8 }).filter((k) => k !== '__proto__');
}

/** Byte strings, empty ones included. */
export function wampBytes(maxLength = 32): Arbitrary<Uint8Array> {
  return fc.uint8Array({ maxLength });
}

/** Any value of the `IObjectSerializer` value mapping except lists and dicts. */
export function wampScalar(): Arbitrary<unknown> {
  return fc.oneof(fc.constant(null), fc.boolean(), wampInteger(), wampFloat(), wampString(), wampBytes());
}

/**
 * Any value a WAMP payload may carry, nested: null, booleans, integers,
 * floats, text, byte strings, lists and dicts (plain objects).
 */
export function wampValue(constraints: WampValueConstraints = {}): Arbitrary<unknown> {
  const maxDepth = constraints.maxDepth ?? 3;
  const maxItems = constraints.maxItems ?? 5;
  const depthIdentifier = fc.createDepthIdentifier();
  return fc.letrec<{ value: unknown; list: unknown[]; dict: Record<string, unknown> }>((tie) => ({
    value: fc.oneof({ maxDepth, depthIdentifier }, wampScalar(), tie('list'), tie('dict')),
    list: fc.array(tie('value'), { maxLength: maxItems, depthIdentifier }),
    dict: fc.dictionary(wampKey(), tie('value'), { maxKeys: maxItems, noNullPrototype: true, depthIdentifier }),
  })).value;
}

/** A dict (plain object) of {@link wampValue}s, e.g. `ArgumentsKw`. */
export function wampDict(constraints: WampValueConstraints = {}): Arbitrary<Record<string, unknown>> {
  return fc.dictionary(wampKey(), wampValue(constraints), {
    maxKeys: constraints.maxItems ?? 5,
    noNullPrototype: true,
  });
}

/** A list of {@link wampValue}s, e.g. `Arguments`. */
export function wampList(constraints: WampValueConstraints = {}): Arbitrary<unknown[]> {
  return fc.array(wampValue(constraints), { maxLength: constraints.maxItems ?? 5 });
}
