/**
 * `@wamp/transport-ws` for browsers (and Deno): the same `webSocket` connector over the platform
 * `WebSocket`. Selected by the `browser` export condition; it never loads the `ws` package.
 * Browsers cannot ping or set handshake headers, so those options do nothing here.
 *
 * @packageDocumentation
 */
export { webSocket } from './web-socket.browser.js';
export type { WebSocketCommonOptions, WebSocketOptions } from './options.js';
