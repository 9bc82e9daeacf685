/**
 * One walk over a value cbor-x decoded: turns what the decoder widened back into WAMP values
 * and refuses what WAMP does not carry.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';

// The MessagePack and JSON readers and every writer of this package stop at the same depth.
const MAX_DEPTH = 64;
const LIMIT = 9007199254740992n;

/** What {@link normalizeDecoded} noticed on its walk. */
export interface NormalizeNotes {
  /** Set when a string holds U+FFFD, which a lenient UTF-8 decoder may have put there. */
  replacement: boolean;
}

/**
 * Normalizes a freshly decoded value in place and returns it: 64-bit integers (bigint) become
 * numbers, `Buffer`s become plain `Uint8Array` views.
 *
 * @param format - the format's name, for errors.
 * @param notes - receives what the walk noticed (see {@link NormalizeNotes}).
 * `undefined` becomes an absent map entry, or `null` in an array (as JSON.stringify treats it).
 *
 * @throws {ProtocolError} for integers beyond ±2^53 (rather than rounding them silently), a bare
 * `undefined`, tags cbor-x does not map to plain values (dates, sets, typed arrays other than
 * `Uint8Array`, unknown tags) and nesting deeper than 64 levels.
 */
export function normalizeDecoded(value: unknown, format: string, notes: NormalizeNotes): unknown {
  return normalize(value, format, notes, 0);
}

function normalize(value: unknown, format: string, notes: NormalizeNotes, depth: number): unknown {
  switch (typeof value) {
    case 'string':
      if (value.indexOf('\uFFFD') !== -1) notes.replacement = true;
      return value;
    case 'number':
    case 'boolean':
      return value;
    case 'bigint':
      if (value > LIMIT || value < -LIMIT) throw new ProtocolError(`${format}: integer ${value} is beyond ±2^53`);
      return Number(value);
    case 'object': {
      if (value === null) return value;
      if (value instanceof Uint8Array) {
        return value.constructor === Uint8Array ? value : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      }
      if (depth >= MAX_DEPTH) throw new ProtocolError(`${format}: value nested deeper than ${MAX_DEPTH} levels`);
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const v = value[i] as unknown;
          if (v === undefined) value[i] = null; // as JSON.stringify writes it
          else if (needsWalk(v)) value[i] = normalize(v, format, notes, depth + 1);
        }
        return value;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) {
        const name = (value as object).constructor?.name ?? 'object';
        throw new ProtocolError(`${format}: decoded a ${name}, which is not a WAMP value (tags and extension types are not allowed)`);
      }
      const dict = value as Record<string, unknown>;
      for (const key in dict) {
        const v = dict[key];
        // JavaScript encoders (cbor-x, used by wampy) write an option left unset as `undefined`:
        // read it as absent, as JSON.stringify would have written it.
        if (v === undefined) delete dict[key];
        else if (needsWalk(v)) dict[key] = normalize(v, format, notes, depth + 1);
      }
      return value;
    }
    default:
      throw new ProtocolError(`${format}: decoded ${typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`}, which is not a WAMP value`);
  }
}

// Numbers, booleans, null and strings without U+FFFD are final; everything else is looked at.
function needsWalk(v: unknown): boolean {
  const t = typeof v;
  if (t === 'string') return (v as string).indexOf('\uFFFD') !== -1;
  return t !== 'number' && t !== 'boolean' && v !== null;
}
