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
  /** Largest incoming message in bytes; a larger one closes the connection with 1009. @default 16777216 (16 MiB) */
  maxMessageSize?: number | undefined;
  /** Ping the peer this often (ms), where the platform can ping; 0 disables. @default 0 on the client, 30000 on the server */
  autoPingInterval?: number | undefined;
  /** Close the connection when no pong arrives this long after a ping (ms). @default 10000 */
  autoPingTimeout?: number | undefined;
  /** `send` returns false above this many buffered bytes. @default 1048576 (1 MiB) */
  highWaterMark?: number | undefined;
  /** Negotiate permessage-deflate (Node only). @default false */
  perMessageDeflate?: boolean | undefined;
}

/** Options of `webSocket(url, options)`. */
export interface WebSocketOptions extends WebSocketCommonOptions {
  /** Give up connecting after this long (ms). @default 10000 */
  connectTimeout?: number | undefined;
  /** Extra HTTP headers of the opening handshake (Node only; browsers cannot set them). */
  headers?: Readonly<Record<string, string>> | undefined;
  /** TLS options for `wss://` (Node only), e.g. `{ ca, rejectUnauthorized }`. */
  tls?: Readonly<Record<string, unknown>> | undefined;
}

export const DEFAULTS = {
  maxMessageSize: 16 * 1024 * 1024,
  autoPingTimeout: 10_000,
  highWaterMark: 1024 * 1024,
  connectTimeout: 10_000,
};

/** The subprotocol a serializer offers. */
export function subprotocol(serializer: ISerializer): string {
  return `wamp.2.${serializer.SERIALIZER_ID}`;
}
