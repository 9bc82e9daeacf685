/**
 * The RawSocket opening handshake (WAMP Advanced Profile, "RawSocket Transport"): four octets
 * `0x7F`, `LLLL SSSS`, `0x00`, `0x00` from the client; the router echoes the serializer with its
 * own length exponent, or answers `0x7F`, `EEEE 0000`, `0x00`, `0x00` with an error.
 *
 * @module
 */

/** The first octet of every handshake. */
export const RAWSOCKET_MAGIC = 0x7f;

/** Error codes of a refused handshake, with the spec's meaning. */
export const RAWSOCKET_ERROR = {
  /** The router does not speak the serializer asked for. */
  SERIALIZER_UNSUPPORTED: 1,
  /** The maximum message length the client announced is not acceptable. */
  MAX_LENGTH_UNACCEPTABLE: 2,
  /** Reserved bits (the last two octets) were used. */
  USE_OF_RESERVED_BITS: 3,
  /** The router has as many connections as it accepts. */
  MAX_CONNECTION_COUNT_REACHED: 4,
} as const;

const ERROR_TEXT: Record<number, string> = {
  1: 'serializer unsupported',
  2: 'maximum message length unacceptable',
  3: 'use of reserved bits (unsupported feature)',
  4: 'maximum connection count reached',
};

/** Human-readable text of a handshake error code. */
export function handshakeErrorText(code: number): string {
  return ERROR_TEXT[code] ?? `reserved error code ${code}`;
}

/** The largest message a length exponent allows: 2^(9+L) octets, 512 B (L=0) to 16 MiB (L=15). */
export function maxLengthOf(exponent: number): number {
  return 2 ** (9 + exponent);
}

/** The smallest length exponent whose limit covers `bytes` (clamped to 0..15). */
export function exponentFor(bytes: number): number {
  return Math.min(15, Math.max(0, Math.ceil(Math.log2(Math.max(bytes, 1))) - 9));
}

/** The 4-octet hello (client) or accepting reply (router). */
export function encodeHandshake(exponent: number, serializerId: number): Uint8Array {
  return new Uint8Array([RAWSOCKET_MAGIC, ((exponent & 0x0f) << 4) | (serializerId & 0x0f), 0, 0]);
}

/** The 4-octet error reply. */
export function encodeHandshakeError(code: number): Uint8Array {
  return new Uint8Array([RAWSOCKET_MAGIC, (code & 0x0f) << 4, 0, 0]);
}

/** A decoded handshake. */
export type Handshake =
  | { readonly kind: 'ok'; readonly exponent: number; readonly serializerId: number }
  | { readonly kind: 'error'; readonly code: number }
  | { readonly kind: 'invalid'; readonly reason: string; readonly code?: number };

/**
 * Decodes 4 handshake octets. `fromRouter` reads a reply (where serializer 0 means an error);
 * otherwise a client hello (where serializer 0 is illegal).
 */
export function decodeHandshake(octets: Uint8Array, fromRouter: boolean): Handshake {
  if (octets[0] !== RAWSOCKET_MAGIC) {
    return { kind: 'invalid', reason: `first octet must be 0x7F, got 0x${(octets[0] ?? 0).toString(16).padStart(2, '0')}` };
  }
  if (octets[2] !== 0 || octets[3] !== 0) {
    return { kind: 'invalid', reason: 'reserved octets 3 and 4 must be zero', code: RAWSOCKET_ERROR.USE_OF_RESERVED_BITS };
  }
  const high = (octets[1] as number) >> 4;
  const low = (octets[1] as number) & 0x0f;
  if (low === 0) {
    if (fromRouter) return { kind: 'error', code: high };
    return { kind: 'invalid', reason: 'serializer 0 is illegal', code: RAWSOCKET_ERROR.SERIALIZER_UNSUPPORTED };
  }
  return { kind: 'ok', exponent: high, serializerId: low };
}
