/**
 * WAMP over WebSocket (WAMP Basic Profile, "WebSocket Transport"): `webSocket(url, options)`
 * returns a reusable connector; `listenWebSocket` (subpath `@wamp/transport-ws/server`, Node
 * only) accepts connections for a router. One WAMP message per WebSocket message; text frames
 * for JSON, binary frames for MessagePack and CBOR; the subprotocol `wamp.2.<serializer id>`
 * picks the serializer.
 *
 * @example
 * ```ts
 * import { webSocket } from '@wamp/transport-ws';
 * import { CborSerializer } from '@wamp/serializers/cbor';
 * import { JsonSerializer } from '@wamp/serializers/json';
 *
 * const connector = webSocket('ws://127.0.0.1:8080/ws', { serializers: [new CborSerializer(), new JsonSerializer()] });
 * const transport = await connector.connect(handler, { signal: AbortSignal.timeout(5000) });
 * ```
 *
 * @packageDocumentation
 */
export { webSocket } from './web-socket.js';
export type { WebSocketCommonOptions, WebSocketOptions } from './options.js';
