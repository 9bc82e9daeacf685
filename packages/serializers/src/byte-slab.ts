/**
 * Copies of small byte strings carved out of shared slabs, the way Node pools small `Buffer`s:
 * a decoded `bin` value must not alias the caller's input (a transport may reuse it), but a
 * fresh `ArrayBuffer` per value costs far more than the copy. One slab is shared by every value
 * carved from it, so a retained value keeps at most one slab alive.
 *
 * @module
 */

const SLAB_SIZE = 64 * 1024;
/** Values above this get their own buffer: they would waste too much of a slab. */
const MAX_POOLED = 8 * 1024;

let slab = new ArrayBuffer(SLAB_SIZE);
let offset = 0;

/** A copy of `source[start, start + length)` that owns its bytes (no view into `source`). */
export function copyBytes(source: Uint8Array, start: number, length: number): Uint8Array {
  if (length > MAX_POOLED) return source.slice(start, start + length);
  if (offset + length > SLAB_SIZE) {
    slab = new ArrayBuffer(SLAB_SIZE);
    offset = 0;
  }
  const out = new Uint8Array(slab, offset, length);
  out.set(source.subarray(start, start + length));
  // Keep the next value 8-byte aligned, as Node's pool does.
  offset = (offset + length + 7) & ~7;
  return out;
}
