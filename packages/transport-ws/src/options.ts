/**
 * Options of the WebSocket client and server.
 *
 * @module
 */
import type { ISerializer } from '@wamp/interfaces';

/** Options shared by `webSocket` and `listenWebSocket`. */
export interface WebSocketCommonOptions {
  /** Serializers in order of preference; each offers the subprotocol `wamp.2.<SERIALIZER_ID>`. */
  serializers: readonly ISerializer[];
  /**
   * Largest incoming message in bytes; a larger one closes the connection with 1009. On Node the
   * `ws` package refuses it before buffering it; the browser `WebSocket` can only be checked after.
   * @default 16777216 (16 MiB)
   */
  maxMessageSize?: number | undefined;
  /**
   * Ping the peer this often (ms) where the platform can ping (Node); 0 disables. The browser
   * `WebSocket` API has no pings: there only the server side pings (browsers answer by themselves).
   * @default 0 on the client, 30000 on the server
   */
  autoPingInterval?: number | undefined;
  /** Close the connection (`onClose(false)`, reason "ping timeout") when no pong arrives this long after a ping (ms). @default 10000 */
  autoPingTimeout?: number | undefined;
  /** `send` returns false above this many buffered bytes. @default 1048576 (1 MiB) */
  highWaterMark?: number | undefined;
  /** Negotiate permessage-deflate (Node only). @default false */
  perMessageDeflate?: boolean | undefined;
}

/** Options of `webSocket(url, options)`. */
export interface WebSocketOptions extends WebSocketCommonOptions {
  /** Give up connecting after this long (ms): TCP, TLS and the opening handshake together. @default 10000 */
  connectTimeout?: number | undefined;
  /** Extra HTTP headers of the opening handshake (Node only; browsers cannot set them). */
  headers?: Readonly<Record<string, string>> | undefined;
  /** TLS options for `wss://` (Node only), e.g. `{ ca, rejectUnauthorized, minVersion }`. */
  tls?: Readonly<Record<string, unknown>> | undefined;
}

/** Defaults of the options above. */
export const DEFAULTS = {
  maxMessageSize: 16 * 1024 * 1024,
  clientAutoPingInterval: 0,
  serverAutoPingInterval: 30_000,
  autoPingTimeout: 10_000,
  highWaterMark: 1024 * 1024,
  connectTimeout: 10_000,
} as const;

/** The subprotocol a serializer offers (WAMP Basic Profile, "WebSocket Transport"). */
export function subprotocol(serializer: ISerializer): string {
  return `wamp.2.${serializer.SERIALIZER_ID}`;
}
