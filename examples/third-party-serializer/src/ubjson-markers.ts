/**
 * The type markers of UBJSON (Universal Binary JSON, specification draft 12,
 * ubjson.org): one ASCII byte in front of every value.
 *
 * @module
 */

/** UBJSON type markers as byte values. */
export const MARKER = {
  NULL: 0x5a, // Z
  NOOP: 0x4e, // N
  TRUE: 0x54, // T
  FALSE: 0x46, // F
  INT8: 0x69, // i
  UINT8: 0x55, // U
  INT16: 0x49, // I
  INT32: 0x6c, // l
  INT64: 0x4c, // L
  FLOAT32: 0x64, // d
  FLOAT64: 0x44, // D
  HIGH_PRECISION: 0x48, // H
  CHAR: 0x43, // C
  STRING: 0x53, // S
  ARRAY_START: 0x5b, // [
  ARRAY_END: 0x5d, // ]
  OBJECT_START: 0x7b, // {
  OBJECT_END: 0x7d, // }
  TYPE: 0x24, // $ (optimized container: one type for all items)
  COUNT: 0x23, // # (optimized container: item count up front)
} as const;

/**
 * The deepest nesting of arrays and objects either direction accepts. It
 * bounds recursion on hostile input and turns a cyclic value into an error
 * instead of a stack overflow.
 */
export const MAX_DEPTH = 512;
