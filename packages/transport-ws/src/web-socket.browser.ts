/**
 * `webSocket(url, options)` in browsers: a reusable connector over the platform `WebSocket`.
 *
 * @module
 */
import type { ITransportConnector } from '@wamp/interfaces';
import { connectPlatform } from './platform-socket.js';
import { connectorFor } from './connector.js';
import type { WebSocketOptions } from './options.js';

/**
 * Connects to a WAMP router over WebSocket with the platform `WebSocket`, offering the
 * subprotocol of each serializer in order.
 *
 * @throws {TypeError} for a URL that is not ws:// or wss://, or no serializers.
 */
export function webSocket(url: string, options: WebSocketOptions): ITransportConnector {
  return connectorFor(url, options, (handler, signal) => connectPlatform(url, options, handler, signal));
}
