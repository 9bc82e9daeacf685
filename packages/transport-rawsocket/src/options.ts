/**
 * Options of the RawSocket client and server.
 *
 * @module
 */
import type { ISerializer } from '@wamp/interfaces';

/** Options shared by `rawSocket` and `listenRawSocket`. */
export interface RawSocketCommonOptions {
  /**
   * Serializers in order of preference. A RawSocket carries one serializer, named in the
   * handshake by its `RAWSOCKET_SERIALIZER_ID`.
   */
  serializers: readonly ISerializer[];
  /**
   * Largest message this side accepts, announced in the handshake as a power of two
   * (rounded up; 512 B to 16 MiB). A larger incoming frame closes the connection.
   * @default 16777216 (16 MiB)
   */
  maxMessageSize?: number | undefined;
  /**
   * Send a PING this often (ms); 0 disables. Off by default on both sides: Autobahn|Python 22.x
   * RawSocket peers do not implement PING and drop the connection on one.
   * @default 0
   */
  autoPingInterval?: number | undefined;
  /** Close the connection when no PONG arrives this long after a PING (ms). @default 10000 */
  autoPingTimeout?: number | undefined;
  /** `send` returns false above this many buffered octets. @default 1048576 (1 MiB) */
  highWaterMark?: number | undefined;
}

export const DEFAULTS = { maxMessageSize: 16 * 1024 * 1024, autoPingTimeout: 10_000, highWaterMark: 1024 * 1024, timeout: 10_000 };

/** A serializer's RawSocket id, checked. */
export function rawSocketId(serializer: ISerializer): number {
  const id = serializer.RAWSOCKET_SERIALIZER_ID;
  if (!Number.isInteger(id) || id < 1 || id > 15) throw new TypeError(`serializer ${serializer.SERIALIZER_ID} has no valid RAWSOCKET_SERIALIZER_ID (1..15): ${id}`);
  return id;
}
