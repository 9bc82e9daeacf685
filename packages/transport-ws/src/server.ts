/**
 * `@wamp/transport-ws/server` (Node only): `listenWebSocket`, the accepting side a router uses.
 *
 * @packageDocumentation
 */
export { listenWebSocket } from './listen-web-socket.js';
export type { ListenWebSocketOptions } from './listen-web-socket.js';
