/**
 * Checks `JSON.parse` cannot make itself: nesting depth, and integer literals beyond ±2^53,
 * which it silently rounds (`9007199254740993` becomes 2^53).
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';

// The binary readers and every writer of this package stop at the same depth.
const MAX_DEPTH = 64;

const LIMIT = 9007199254740992;
const LIMIT_DIGITS = '9007199254740992';

// A run of 16 digits is the shortest that can exceed 2^53 (9007199254740992 has 16 digits).
const LONG_DIGITS = /\d{16}/;

// Walks the whole value once. Throws past MAX_DEPTH (so no later walk can overflow the stack);
// returns true when it holds a number of magnitude 2^53 or more: only then can an integer
// literal beyond 2^53 have been parsed (rounding never brings such a literal below 2^53).
function walk(value: unknown, depth: number): boolean {
  if (typeof value === 'number') {
    if (value < LIMIT && value > -LIMIT) return false;
    // JSON has no infinities; a literal such as 1e400 overflows to one, which no format writes back.
    if (value === Infinity || value === -Infinity) throw new ProtocolError('JSON: a number literal overflows to Infinity');
    return true;
  }
  if (typeof value !== 'object' || value === null) return false;
  if (depth >= MAX_DEPTH) throw new ProtocolError(`JSON: value nested deeper than ${MAX_DEPTH} levels`);
  let large = false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (walk(value[i], depth + 1)) large = true;
    return large;
  }
  for (const key in value) if (walk((value as Record<string, unknown>)[key], depth + 1)) large = true;
  return large;
}

/**
 * Refuses a freshly parsed JSON value nested deeper than 64 levels, holding a number literal that
 * overflows to Infinity, or whose text holds an integer literal (outside strings) beyond ±2^53. Cheap: one walk of the value, and the text is scanned
 * only when the value holds a number of magnitude ≥ 2^53 and the text has a 16-digit run.
 * Float literals (`1e300`, `2.5`) are not integers and are not refused.
 *
 * @throws {ProtocolError} naming the literal, or the nesting depth.
 */
export function checkParsedJson(text: string, parsed: unknown): void {
  if (!walk(parsed, 0) || !LONG_DIGITS.test(text)) return;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      i++;
      while (i < n && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 /* \ */ ? 2 : 1;
      i++;
    } else if (c === 45 /* - */ || (c >= 48 && c <= 57)) {
      const start = i;
      let integer = true;
      i++;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d >= 48 && d <= 57) continue;
        if (d === 46 || d === 101 || d === 69 || d === 43 || d === 45) integer = false;
        else break;
      }
      if (integer && beyondLimit(text.slice(c === 45 ? start + 1 : start, i))) {
        throw new ProtocolError(`JSON: integer ${text.slice(start, i)} is beyond ±2^53`);
      }
    } else {
      i++;
    }
  }
}

// `digits` is a JSON integer's magnitude: no sign, no leading zeros (RFC 8259 §6).
function beyondLimit(digits: string): boolean {
  return digits.length > 16 || (digits.length === 16 && digits > LIMIT_DIGITS);
}
