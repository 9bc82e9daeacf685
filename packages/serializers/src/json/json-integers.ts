/**
 * `JSON.parse` silently rounds integers beyond 2^53; this finds them first.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';

// A run of 16 digits is the shortest that can exceed 2^53 (9007199254740992 has 16 digits).
const LONG_DIGITS = /\d{16}/;

/**
 * Throws when `text` holds an integer literal outside strings that a number cannot hold exactly
 * (beyond ±2^53 and not a float's exact value), which `JSON.parse` would round silently. Cheap
 * when no 16-digit run exists anywhere (one native regex test); otherwise scans the text.
 *
 * @throws {ProtocolError} naming the literal.
 */
export function checkJsonIntegers(text: string): void {
  if (!LONG_DIGITS.test(text)) return;
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
