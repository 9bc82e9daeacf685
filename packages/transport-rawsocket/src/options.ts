/**
 * Options shared by the RawSocket client and server, their defaults, and the serializer list check.
 *
 * @module
 */
import type { ISerializer } from '@wamp/interfaces';
import type { RawSocketSettings } from './raw-socket-transport.js';
import type { Scheduler } from './timers.js';

/** Options shared by `rawSocket` and `listenRawSocket`. */
export interface RawSocketCommonOptions {
  /**
   * The serializers, in order of preference. A RawSocket connection carries exactly one, named in
   * the handshake by its `RAWSOCKET_SERIALIZER_ID` (1..15). Batched variants (`….batched`) are
   * skipped: message batching is a WebSocket feature, RawSocket frames every message itself.
   */
  serializers: readonly ISerializer[];
  /**
   * The largest incoming message accepted (octets). The handshake announces it rounded up to a
   * power of two, 2^9 (512) … 2^24 (16 MiB), and that announced value is the limit: a larger
   * incoming frame fails the connection.
   * @default 16777216 (2^24)
   */
  maxMessageSize?: number | undefined;
  /**
   * Send a PING this long after the connection opened and after each answered PING (ms); 0
   * disables. Off by default because Autobahn|Python's RawSocket peers (22.x) do not implement
   * PING: their asyncio protocol raises on one, their Twisted protocol reads its header as an
   * oversize length, and both drop the connection.
   * @default 0 (ms)
   */
  autoPingInterval?: number | undefined;
  /** Fail the connection when a PING has no PONG echoing it this long after it was sent (ms). @default 10000 (ms) */
  autoPingTimeout?: number | undefined;
  /** `send` returns `false` while more than this many octets wait in the socket's buffer. @default 1048576 (1 MiB) */
  highWaterMark?: number | undefined;
  /**
   * After `close()` (or a protocol violation), wait this long for the peer to close its side
   * before dropping the connection (ms).
   * @default 2000 (ms)
   */
  closeTimeout?: number | undefined;
  /** The timers of auto-ping (tests inject a manual clock). @default the platform timers, unref'd */
  scheduler?: Scheduler | undefined;
}

/** Defaults of the options above and of the side-specific ones. */
export const DEFAULTS = {
  maxMessageSize: 16_777_216,
  autoPingInterval: 0,
  autoPingTimeout: 10_000,
  highWaterMark: 1_048_576,
  closeTimeout: 2_000,
  connectTimeout: 10_000,
  handshakeTimeout: 10_000,
} as const;

/**
 * The serializers usable over RawSocket, in order, without batched variants and without a second
 * serializer for the same RawSocket id (the first one wins).
 *
 * @throws {TypeError} when none is left, or one has no RawSocket id in 1..15.
 */
export function rawSocketSerializers(serializers: readonly ISerializer[] | undefined, where: string): ISerializer[] {
  if (!Array.isArray(serializers) || serializers.length === 0) throw new TypeError(`${where}: options.serializers must list at least one serializer`);
  const usable: ISerializer[] = [];
  for (const serializer of serializers) {
    const id = serializer.RAWSOCKET_SERIALIZER_ID;
    if (!Number.isInteger(id) || id < 1 || id > 15) {
      throw new TypeError(`${where}: serializer ${serializer.SERIALIZER_ID} has no RawSocket id in 1..15 (RAWSOCKET_SERIALIZER_ID is ${id})`);
    }
    if (serializer.SERIALIZER_ID.endsWith('.batched')) continue;
    if (!usable.some((s) => s.RAWSOCKET_SERIALIZER_ID === id)) usable.push(serializer);
  }
  if (usable.length === 0) {
    throw new TypeError(`${where}: no serializer usable over RawSocket (batched variants are WebSocket-only): ${serializers.map((s) => s.SERIALIZER_ID).join(', ')}`);
  }
  return usable;
}

/**
 * Checks a numeric option (a duration in ms or a size in octets; `Infinity` allowed), or gives
 * the default.
 *
 * @throws {RangeError} for a negative number or NaN, naming the option.
 */
export function nonNegative(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!(value >= 0)) throw new RangeError(`${name} must be a non-negative number, got ${value}`);
  return value;
}

/** The per-connection settings both sides take from {@link RawSocketCommonOptions} (limits come from the handshake). */
export function commonSettings(options: RawSocketCommonOptions): Omit<RawSocketSettings, 'maxReceive' | 'maxSend'> {
  return {
    autoPingInterval: nonNegative(options.autoPingInterval, DEFAULTS.autoPingInterval, 'autoPingInterval'),
    autoPingTimeout: nonNegative(options.autoPingTimeout, DEFAULTS.autoPingTimeout, 'autoPingTimeout'),
    highWaterMark: nonNegative(options.highWaterMark, DEFAULTS.highWaterMark, 'highWaterMark'),
    closeTimeout: nonNegative(options.closeTimeout, DEFAULTS.closeTimeout, 'closeTimeout'),
    scheduler: options.scheduler,
  };
}
