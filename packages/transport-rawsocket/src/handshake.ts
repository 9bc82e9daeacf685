/**
 * The RawSocket opening handshake (WAMP Advanced Profile, "RawSocket Transport"), as bytes.
 *
 * The client sends four octets `0x7F`, `LLLL SSSS`, `0x00`, `0x00`: the largest message it will
 * receive (2^(9+L) octets) and the serializer it asks for. The router answers with the same layout,
 * echoing S and giving its own L, or refuses with `0x7F`, `EEEE 0000`, `0x00`, `0x00`.
 *
 * @module
 */

/** The first octet of every handshake request and reply: no HTTP request can start with it. */
export const RAWSOCKET_MAGIC = 0x7f;

/**
 * The error codes a router sends in a refusing handshake reply (the upper nibble of the second
 * octet). 0 is never used, 5..15 are reserved.
 */
export const RAWSOCKET_ERROR = {
  /** The router does not speak the serializer the client asked for. */
  SERIALIZER_UNSUPPORTED: 1,
  /** The router does not accept the maximum message length the client announced. */
  MAX_LENGTH_UNACCEPTABLE: 2,
  /** The client set bits the spec reserves (the third and fourth handshake octets). */
  USE_OF_RESERVED_BITS: 3,
  /** The router already serves as many connections as it accepts. */
  MAX_CONNECTION_COUNT_REACHED: 4,
} as const;

/** One of the RawSocket handshake error codes of {@link RAWSOCKET_ERROR}. */
export type RawSocketErrorCode = (typeof RAWSOCKET_ERROR)[keyof typeof RAWSOCKET_ERROR];

// The spec's own wording of each error, used in every message that reports one.
const ERROR_NAME: Readonly<Record<number, string>> = {
  0: 'illegal error code 0',
  1: 'serializer unsupported',
  2: 'maximum message length unacceptable',
  3: 'use of reserved bits (unsupported feature)',
  4: 'maximum connection count reached',
};

/** The spec's name of a handshake error code, e.g. `serializer unsupported`; reserved codes say so. */
export function rawSocketErrorName(code: number): string {
  return ERROR_NAME[code] ?? `reserved error code ${code}`;
}

/** The largest maximum message length a handshake can announce (L = 15): 2^24 octets, 16 MiB. */
export const MAX_MAX_LENGTH = 16_777_216;

/** The message length limit a length exponent announces: 2^(9+L) octets, 512 (L=0) … 16 MiB (L=15). */
export function maxLengthOf(exponent: number): number {
  return 2 ** (9 + exponent);
}

/**
 * The length exponent that announces at least `maxMessageSize` octets: the size rounded up to a
 * power of two, at least 512.
 *
 * @throws {RangeError} unless `maxMessageSize` is an integer in 1..2^24.
 */
export function lengthExponentFor(maxMessageSize: number): number {
  if (!Number.isInteger(maxMessageSize) || maxMessageSize < 1 || maxMessageSize > MAX_MAX_LENGTH) {
    throw new RangeError(`maxMessageSize must be an integer in 1..16777216 (2^24, what RawSocket can announce), got ${maxMessageSize}`);
  }
  let exponent = 0;
  while (maxLengthOf(exponent) < maxMessageSize) exponent++;
  return exponent;
}

/** A handshake request or accepting reply: `0x7F`, `LLLL SSSS`, `0x00`, `0x00`. */
export function encodeHandshake(exponent: number, serializerId: number): Uint8Array {
  if (!Number.isInteger(exponent) || exponent < 0 || exponent > 15) throw new RangeError(`length exponent must be in 0..15, got ${exponent}`);
  if (!Number.isInteger(serializerId) || serializerId < 1 || serializerId > 15) throw new RangeError(`serializer id must be in 1..15, got ${serializerId}`);
  return Uint8Array.of(RAWSOCKET_MAGIC, (exponent << 4) | serializerId, 0, 0);
}

/** A refusing handshake reply: `0x7F`, `EEEE 0000`, `0x00`, `0x00`. */
export function encodeHandshakeError(code: RawSocketErrorCode): Uint8Array {
  return Uint8Array.of(RAWSOCKET_MAGIC, code << 4, 0, 0);
}

/** What a router reads in a client's handshake request. */
export type HandshakeRequest =
  /** A well-formed request. */
  | { readonly kind: 'request'; readonly exponent: number; readonly serializerId: number }
  /** A RawSocket request the router refuses with `code`. */
  | { readonly kind: 'refuse'; readonly code: RawSocketErrorCode; readonly reason: string }
  /** Not RawSocket at all (wrong magic octet): the connection is dropped without a reply. */
  | { readonly kind: 'drop'; readonly reason: string };

/** Reads the four octets of a client's handshake request. */
export function decodeHandshakeRequest(octets: Uint8Array): HandshakeRequest {
  const [magic = 0, second = 0, r1 = 0, r2 = 0] = octets;
  if (magic !== RAWSOCKET_MAGIC) return { kind: 'drop', reason: `first octet 0x${hex(magic)} is not the RawSocket magic 0x7f` };
  if (r1 !== 0 || r2 !== 0) {
    return { kind: 'refuse', code: RAWSOCKET_ERROR.USE_OF_RESERVED_BITS, reason: `reserved octets are 0x${hex(r1)} 0x${hex(r2)}, not zero` };
  }
  const serializerId = second & 0x0f;
  // Serializer 0 is illegal: the client asks for no serializer, which no router speaks.
  if (serializerId === 0) return { kind: 'refuse', code: RAWSOCKET_ERROR.SERIALIZER_UNSUPPORTED, reason: 'serializer 0 is illegal' };
  return { kind: 'request', exponent: second >> 4, serializerId };
}

/** What a client reads in a router's handshake reply. */
export type HandshakeReply =
  /** The router accepts; it receives messages up to 2^(9+exponent) octets. */
  | { readonly kind: 'accept'; readonly exponent: number; readonly serializerId: number }
  /** The router refuses with `code` (one of {@link RAWSOCKET_ERROR}, or a reserved one). */
  | { readonly kind: 'error'; readonly code: number }
  /** Not a valid reply. */
  | { readonly kind: 'invalid'; readonly reason: string };

/**
 * Reads the four octets of a router's handshake reply to a request for `requestedSerializerId`:
 * the magic octet, zero reserved octets and the echoed serializer are checked.
 */
export function decodeHandshakeReply(octets: Uint8Array, requestedSerializerId: number): HandshakeReply {
  const [magic = 0, second = 0, r1 = 0, r2 = 0] = octets;
  if (magic !== RAWSOCKET_MAGIC) return { kind: 'invalid', reason: `first octet 0x${hex(magic)} is not the RawSocket magic 0x7f` };
  if (r1 !== 0 || r2 !== 0) return { kind: 'invalid', reason: `reserved octets are 0x${hex(r1)} 0x${hex(r2)}, not zero` };
  const serializerId = second & 0x0f;
  if (serializerId === 0) {
    const code = second >> 4;
    return code === 0 ? { kind: 'invalid', reason: 'error code 0 is illegal' } : { kind: 'error', code };
  }
  if (serializerId !== requestedSerializerId) {
    return { kind: 'invalid', reason: `the router echoed serializer ${serializerId}, not the ${requestedSerializerId} asked for` };
  }
  return { kind: 'accept', exponent: second >> 4, serializerId };
}

/** Two lower-case hex digits. */
export function hex(octet: number): string {
  return octet.toString(16).padStart(2, '0');
}
