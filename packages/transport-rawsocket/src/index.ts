/**
 * WAMP-over-RawSocket (WAMP Advanced Profile, "RawSocket Transport") over TCP, TLS and Unix
 * sockets, for Node only (it is built on `node:net` and `node:tls`; browsers cannot open raw
 * sockets). `rawSocket(url, options)` returns a reusable client connector; `listenRawSocket`
 * accepts connections for a router. The transport is handed its serializers and never imports one.
 *
 * @example
 * ```ts
 * import { listenRawSocket, rawSocket } from '@wamp/transport-rawsocket';
 * import { CborSerializer } from '@wamp/serializers/cbor';
 *
 * const listener = await listenRawSocket({ port: 0, serializers: [new CborSerializer()], handlerFactory: () => routerSide });
 * const transport = await rawSocket(listener.address.url, { serializers: [new CborSerializer()] })
 *   .connect(clientSide, { signal: AbortSignal.timeout(5000) });
 * transport.close();
 * await listener.close();
 * ```
 *
 * @packageDocumentation
 */
export { rawSocket } from './raw-socket.js';
export type { RawSocketOptions } from './raw-socket.js';
export { listenRawSocket } from './listen-raw-socket.js';
export type { ListenRawSocketOptions } from './listen-raw-socket.js';
export type { RawSocketCommonOptions } from './options.js';
export type { Scheduler } from './timers.js';
export { RAWSOCKET_ERROR, RAWSOCKET_MAGIC, rawSocketErrorName } from './handshake.js';
export type { RawSocketErrorCode } from './handshake.js';
export { RAWSOCKET_FRAME_TYPE } from './frame-type.js';
export type { RawSocketFrameType } from './frame-type.js';
