/**
 * WAMP RawSocket (WAMP Advanced Profile, "RawSocket Transport") over TCP, TLS and Unix sockets,
 * Node only: `rawSocket(url, options)` returns a reusable client connector, `listenRawSocket`
 * accepts connections for a router.
 *
 * @example
 * ```ts
 * import { listenRawSocket, rawSocket } from '@wamp/transport-rawsocket';
 * import { CborSerializer } from '@wamp/serializers/cbor';
 *
 * const listener = await listenRawSocket({ port: 8081, serializers: [new CborSerializer()], handlerFactory });
 * const transport = await rawSocket(listener.address.url, { serializers: [new CborSerializer()] })
 *   .connect(handler, { signal: AbortSignal.timeout(5000) });
 * ```
 *
 * @packageDocumentation
 */
export { rawSocket } from './raw-socket.js';
export type { RawSocketOptions } from './raw-socket.js';
export { listenRawSocket } from './listen-raw-socket.js';
export type { ListenRawSocketOptions } from './listen-raw-socket.js';
export type { RawSocketCommonOptions } from './options.js';
export { RAWSOCKET_ERROR, RAWSOCKET_MAGIC } from './handshake.js';
