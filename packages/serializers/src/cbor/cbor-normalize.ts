/**
 * One walk over a value a binary decoder produced: turns what the decoder
 * widened back into WAMP values and refuses what WAMP does not carry.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';

/**
 * Normalizes a freshly decoded value in place and returns it: 64-bit integers (bigint) that a
 * number holds exactly become numbers, `Buffer`s become plain `Uint8Array` views.
 *
 * @param format - the format's name, for errors.
 * @throws {ProtocolError} for integers a number cannot hold exactly (rather than losing
 * precision silently), tags/extension types, dates and any other non-WAMP value.
 */
export function normalizeDecoded(value: unknown, format: string): unknown {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'bigint': {
      const n = Number(value);
      if (BigInt(n) !== value) throw new ProtocolError(`${format}: integer ${value} cannot be held exactly (beyond ±2^53)`);
      return n;
    }
    case 'object': {
      if (value === null) return value;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const v = value[i] as unknown;
          if (typeof v === 'object' || typeof v === 'bigint') value[i] = normalizeDecoded(v, format);
        }
        return value;
      }
      if (value instanceof Uint8Array) {
        return value.constructor === Uint8Array ? value : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) {
        const name = (value as object).constructor?.name ?? 'object';
        throw new ProtocolError(`${format}: decoded a ${name}, which is not a WAMP value (tags and extension types are not allowed)`);
      }
      const dict = value as Record<string, unknown>;
      for (const key in dict) {
        const v = dict[key];
        if (typeof v === 'object' || typeof v === 'bigint') dict[key] = normalizeDecoded(v, format);
      }
      return value;
    }
    default:
      throw new ProtocolError(`${format}: decoded a ${typeof value}, which is not a WAMP value`);
  }
}
