/**
 * `JSON.parse` silently rounds integers beyond 2^53; this finds them first.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';

// A run of 16 digits is the shortest that can exceed 2^53 (9007199254740992 has 16 digits).
const LONG_DIGITS = /\d{16}/;

const LIMIT = 9007199254740992;

// True when the parsed value holds a number of magnitude 2^53 or more: only then can an integer
// literal have been rounded (rounding never brings an inexact literal below 2^53).
function hasLargeNumber(value: unknown): boolean {
  if (typeof value === 'number') return value >= LIMIT || value <= -LIMIT;
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (hasLargeNumber(value[i])) return true;
    return false;
  }
  for (const key in value) if (hasLargeNumber((value as Record<string, unknown>)[key])) return true;
  return false;
}

/**
 * Throws when `text` holds an integer literal outside strings that a number cannot hold exactly
 * (beyond ±2^53 and not a float's exact value), which `JSON.parse` would round silently. Cheap:
 * the text is scanned only when `parsed` holds a number ≥ 2^53 and the text has a 16-digit run.
 *
 * @throws {ProtocolError} naming the literal.
 */
export function checkJsonIntegers(text: string, parsed: unknown): void {
  if (!hasLargeNumber(parsed) || !LONG_DIGITS.test(text)) return;
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
      i++;
      while (i < n && isNumberChar(text.charCodeAt(i))) i++;
      const literal = text.slice(start, i);
      if (/^-?\d+$/.test(literal) && literal.length >= 16) {
        const n = Number(literal);
        if (!Number.isFinite(n) || BigInt(n) !== BigInt(literal)) {
          throw new ProtocolError(`JSON: integer ${literal} cannot be held exactly (beyond ±2^53)`);
        }
      }
    } else {
      i++;
    }
  }
}

function isNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45;
}
