/**
 * Untrusted inputs shared by the suites: random bytes, truncations, and
 * long runs of one byte.
 *
 * @module
 */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';

/** Random payloads, biased towards short ones, where most parser branches are. */
export function garbageBytes(): Arbitrary<Uint8Array> {
  return fc.oneof(fc.uint8Array({ maxLength: 16 }), fc.uint8Array({ maxLength: 256 }));
}

/**
 * Payloads that are one byte value repeated: in one format or another they
 * open 100,000 nested containers, or announce a huge length, or repeat a
 * header without its body. A recursive decoder without a depth limit
 * overflows the stack on some of them.
 */
export function repeatedBytePayloads(length = 100_000): Iterable<Uint8Array> {
  return {
    *[Symbol.iterator]() {
      for (let byte = 0; byte < 256; byte++) yield new Uint8Array(length).fill(byte);
    },
  };
}

/** Every proper prefix of `bytes`, the empty one included, sampled to at most `limit` of them. */
export function truncations(bytes: Uint8Array, limit = 64): Uint8Array[] {
  const step = Math.max(1, Math.ceil(bytes.length / limit));
  const out: Uint8Array[] = [];
  for (let end = 0; end < bytes.length; end += step) out.push(bytes.slice(0, end));
  if (bytes.length > 0) out.push(bytes.slice(0, bytes.length - 1));
  return out;
}
