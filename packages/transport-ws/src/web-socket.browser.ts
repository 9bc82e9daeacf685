/**
 * `webSocket(url, options)` in browsers: a reusable connector over the platform `WebSocket`.
 *
 * @module
 */
import type { ITransportConnector } from '@wamp/interfaces';
import { connectorFor } from './connector.js';
import type { WebSocketOptions } from './options.js';
import { connectPlatform } from './platform-socket.js';

/**
 * Connects to a WAMP router over WebSocket with the platform `WebSocket`, offering the
 * subprotocol of each serializer in order; the router's choice picks the serializer. The
 * platform API cannot ping, set handshake headers or TLS options, or refuse an oversize message
 * before receiving it: `autoPingInterval`, `headers`, `tls` and `perMessageDeflate` do nothing
 * here, and `maxMessageSize` is checked once a message has arrived.
 *
 * @example
 * ```ts
 * import { webSocket } from '@wamp/transport-ws';
 * import { JsonSerializer } from '@wamp/serializers/json';
 * const connector = webSocket('wss://example.com/ws', { serializers: [new JsonSerializer()] });
 * const transport = await connector.connect(handler, { signal: AbortSignal.timeout(5000) });
 * ```
 * @throws {TypeError} for a URL that is not ws:// or wss://, or no serializers.
 */
export function webSocket(url: string, options: WebSocketOptions): ITransportConnector {
  return connectorFor(url, options, ['ws', 'wss'], (handler, signal) => connectPlatform(url, options, handler, signal));
}
