/**
 * RawSocket frame types and the frame length limit (WAMP Advanced Profile, "RawSocket
 * Transport", "Framing").
 *
 * @module
 */

/** The transport message types of a RawSocket frame header (the `TTT` bits); 3..7 are reserved. */
export const RAWSOCKET_FRAME_TYPE = {
  /** A serialized WAMP message. */
  MESSAGE: 0,
  /** A PING: the peer answers with exactly one PONG echoing the payload. */
  PING: 1,
  /** A PONG: the echo of a PING's payload. */
  PONG: 2,
} as const;

/** One of the frame types of {@link RAWSOCKET_FRAME_TYPE}. */
export type RawSocketFrameType = (typeof RAWSOCKET_FRAME_TYPE)[keyof typeof RAWSOCKET_FRAME_TYPE];

/**
 * The largest frame payload: 2^24 octets (16 MiB). The 24 length bits reach 2^24 − 1; exactly
 * 2^24 is written with the `X` bit set and the length bits zero.
 */
export const MAX_FRAME_LENGTH = 16_777_216;
