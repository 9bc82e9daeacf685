/**
 * Handshake vectors, hand-built from WAMP Advanced Profile, "RawSocket Transport", "Handshake":
 * request/reply `0x7F, LLLL SSSS, 0x00, 0x00`, error reply `0x7F, EEEE 0000, 0x00, 0x00`.
 */
import {
  RAWSOCKET_ERROR,
  decodeHandshakeReply,
  decodeHandshakeRequest,
  encodeHandshake,
  encodeHandshakeError,
  lengthExponentFor,
  maxLengthOf,
  rawSocketErrorName,
} from '../src/handshake.js';

const octets = (...values: number[]) => Uint8Array.from(values);

describe('RawSocket handshake codec', () => {
  it('encodes a request for JSON with a 16 MiB maximum as 7F F1 00 00', () => {
    expect([...encodeHandshake(15, 1)]).toEqual([0x7f, 0xf1, 0x00, 0x00]);
  });

  it('encodes a request for CBOR with a 512-octet maximum as 7F 03 00 00', () => {
    expect([...encodeHandshake(0, 3)]).toEqual([0x7f, 0x03, 0x00, 0x00]);
  });

  it.each([
    [RAWSOCKET_ERROR.SERIALIZER_UNSUPPORTED, 0x10, 'serializer unsupported'],
    [RAWSOCKET_ERROR.MAX_LENGTH_UNACCEPTABLE, 0x20, 'maximum message length unacceptable'],
    [RAWSOCKET_ERROR.USE_OF_RESERVED_BITS, 0x30, 'use of reserved bits (unsupported feature)'],
    [RAWSOCKET_ERROR.MAX_CONNECTION_COUNT_REACHED, 0x40, 'maximum connection count reached'],
  ])('encodes error %i as 7F %i 00 00 and names it as the spec does', (code, second, name) => {
    expect([...encodeHandshakeError(code)]).toEqual([0x7f, second, 0, 0]);
    expect(decodeHandshakeReply(octets(0x7f, second, 0, 0), 1)).toEqual({ kind: 'error', code });
    expect(rawSocketErrorName(code)).toBe(name);
  });

  it('keeps the spec error codes 1..4 in RAWSOCKET_ERROR', () => {
    expect(RAWSOCKET_ERROR).toEqual({ SERIALIZER_UNSUPPORTED: 1, MAX_LENGTH_UNACCEPTABLE: 2, USE_OF_RESERVED_BITS: 3, MAX_CONNECTION_COUNT_REACHED: 4 });
  });

  it('names reserved error codes as reserved', () => {
    expect(rawSocketErrorName(5)).toBe('reserved error code 5');
    expect(decodeHandshakeReply(octets(0x7f, 0xf0, 0, 0), 1)).toEqual({ kind: 'error', code: 15 });
  });

  it('refuses to encode a length exponent over 15 or serializer 0', () => {
    expect(() => encodeHandshake(16, 1)).toThrow(RangeError);
    expect(() => encodeHandshake(0, 0)).toThrow(RangeError);
  });
});

describe('decodeHandshakeRequest (router side)', () => {
  it('reads every length exponent, 0xF included, as 2^(9+L): 0xF is the 16 MiB maximum, not an oversize', () => {
    for (let l = 0; l <= 15; l++) {
      expect(decodeHandshakeRequest(octets(0x7f, (l << 4) | 2, 0, 0))).toEqual({ kind: 'request', exponent: l, serializerId: 2 });
    }
    expect(maxLengthOf(15)).toBe(2 ** 24);
  });

  it('drops a request whose first octet is not 0x7F, without an error code', () => {
    expect(decodeHandshakeRequest(octets(0x47, 0x45, 0x54, 0x20))).toMatchObject({ kind: 'drop' }); // "GET "
    expect(decodeHandshakeRequest(octets(0x7e, 0xf1, 0, 0))).toMatchObject({ kind: 'drop' });
  });

  it.each([
    [[0x7f, 0xf1, 0x01, 0x00]],
    [[0x7f, 0xf1, 0x00, 0x80]],
    [[0x7f, 0xf1, 0xff, 0xff]],
  ])('refuses reserved octets %j with error 3', (request) => {
    expect(decodeHandshakeRequest(Uint8Array.from(request))).toMatchObject({ kind: 'refuse', code: 3 });
  });

  it('refuses serializer 0 with error 1', () => {
    expect(decodeHandshakeRequest(octets(0x7f, 0xf0, 0, 0))).toMatchObject({ kind: 'refuse', code: 1 });
  });

  it('reports serializer ids 4..15 as asked for (the router decides whether it speaks them)', () => {
    expect(decodeHandshakeRequest(octets(0x7f, 0x9f, 0, 0))).toEqual({ kind: 'request', exponent: 9, serializerId: 15 });
  });
});

describe('decodeHandshakeReply (client side)', () => {
  it('accepts the echoed serializer with the router maximum', () => {
    expect(decodeHandshakeReply(octets(0x7f, 0x53, 0, 0), 3)).toEqual({ kind: 'accept', exponent: 5, serializerId: 3 });
  });

  it('refuses a reply naming another serializer than the one asked for', () => {
    expect(decodeHandshakeReply(octets(0x7f, 0xf2, 0, 0), 1)).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('echoed serializer 2') });
  });

  it('refuses a reply with a wrong magic octet or nonzero reserved octets', () => {
    expect(decodeHandshakeReply(octets(0x48, 0x54, 0x54, 0x50), 1)).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('0x48') }); // "HTTP"
    expect(decodeHandshakeReply(octets(0x7f, 0xf1, 0, 1), 1)).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('reserved') });
  });

  it('refuses error code 0, which the spec forbids', () => {
    expect(decodeHandshakeReply(octets(0x7f, 0x00, 0, 0), 1)).toMatchObject({ kind: 'invalid', reason: 'error code 0 is illegal' });
  });
});

describe('lengthExponentFor', () => {
  it('rounds a maximum message size up to a power of two between 2^9 and 2^24', () => {
    expect([1, 512, 513, 1024, 65_535, 65_536, 2 ** 24 - 1, 2 ** 24].map(lengthExponentFor)).toEqual([0, 0, 1, 1, 7, 7, 15, 15]);
  });

  it.each([0, -1, 1.5, 2 ** 24 + 1, Infinity, NaN])('throws RangeError for %p', (size) => {
    expect(() => lengthExponentFor(size)).toThrow(RangeError);
  });
});
