/**
 * `listenRawSocket(options)`: the accepting side of RawSocket, for a router (Node).
 *
 * @module
 */
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { resolve as resolvePath } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import type { TlsOptions } from 'node:tls';
import type { ISerializer, ITransportListener, ListenerAddress, TransportHandlerFactory } from '@wamp/interfaces';
import { lengthExponentFor } from './handshake.js';
import type { RawSocketCommonOptions } from './options.js';
import { DEFAULTS, commonSettings, nonNegative, rawSocketSerializers } from './options.js';
import type { RawSocketTransport } from './raw-socket-transport.js';
import { answerHandshake } from './server-handshake.js';
import { unrefTimeout } from './timers.js';
import { removeStaleSocket } from './unix-socket-path.js';

/** Options of {@link listenRawSocket}. */
export interface ListenRawSocketOptions extends RawSocketCommonOptions {
  /** Creates the handler (e.g. a router's per-connection protocol) of each accepted connection. */
  handlerFactory: TransportHandlerFactory;
  /** The interface to listen on. @default '127.0.0.1' */
  host?: string | undefined;
  /** The TCP port; 0 picks a free one (see `address.port`). @default 8081 */
  port?: number | undefined;
  /**
   * Listen on this Unix socket path instead of TCP. A stale socket file left there by a process
   * that is gone is removed first; a live one, or another kind of file, makes listening fail.
   */
  path?: string | undefined;
  /** Serve TLS with these options (`key`, `cert`, `minVersion`, `requestCert`, …). */
  tls?: TlsOptions | undefined;
  /**
   * Refuse further clients with error 4 (maximum connection count reached) while this many
   * connections are open. @default Infinity
   */
  maxConnections?: number | undefined;
  /**
   * Drop a client that has not completed the RawSocket handshake this long after its connection
   * (after TLS, which gets the same time for its own handshake) (ms).
   * @default 10000 (ms)
   */
  handshakeTimeout?: number | undefined;
  /**
   * Refuse with error 2 (maximum message length unacceptable) clients that announce a maximum
   * below this many octets.
   * @default 0 (every client is accepted)
   */
  minPeerMessageSize?: number | undefined;
}

/**
 * Accepts WAMP RawSocket connections over TCP, TLS or a Unix socket and hands each one, once its
 * handshake is done, to a transport whose handler `handlerFactory()` creates. The handshake is
 * answered as the spec lays it out: the serializer the client asks for is echoed with this side's
 * maximum length, or refused with error 1 (serializer unsupported), 2 (maximum message length
 * unacceptable), 3 (use of reserved bits) or 4 (maximum connection count reached) and the
 * connection closed; a first octet other than 0x7F drops the connection at once.
 *
 * @example
 * ```ts
 * import { listenRawSocket } from '@wamp/transport-rawsocket';
 * import { CborSerializer } from '@wamp/serializers/cbor';
 *
 * const listener = await listenRawSocket({ port: 8081, serializers: [new CborSerializer()], handlerFactory: () => router.handler() });
 * console.log(listener.address.url); // rs://127.0.0.1:8081
 * await listener.close();
 * ```
 * @throws {TypeError} without a handler factory or a usable serializer, or with both a path and a host/port.
 * @throws {RangeError} for `maxMessageSize` outside 1..2^24 or a negative number option.
 * Rejects with the `listen` error (EADDRINUSE, EACCES, …) when the address cannot be bound.
 */
export async function listenRawSocket(options: ListenRawSocketOptions): Promise<ITransportListener> {
  if (typeof options?.handlerFactory !== 'function') throw new TypeError('listenRawSocket: options.handlerFactory must be a function');
  const byId = new Map<number, ISerializer>();
  for (const s of rawSocketSerializers(options.serializers, 'listenRawSocket')) byId.set(s.RAWSOCKET_SERIALIZER_ID, s);
  const path = options.path;
  if (path !== undefined && (options.host !== undefined || options.port !== undefined)) {
    throw new TypeError('listenRawSocket: give either path (a Unix socket) or host and port, not both');
  }
  const settings = commonSettings(options);
  const maxConnections = nonNegative(options.maxConnections, Infinity, 'maxConnections');
  const handshakeTimeout = nonNegative(options.handshakeTimeout, DEFAULTS.handshakeTimeout, 'handshakeTimeout');
  const secure = options.tls !== undefined;

  // Every connection by its TCP (or Unix) socket, TLS or not: close() waits for all to be gone.
  const connections = new Set<Socket>();
  // Connections in the RawSocket handshake (TLS done), and those past it.
  const handshaking = new Set<Socket>();
  const transports = new Set<RawSocketTransport>();
  const context = {
    serializers: byId,
    exponent: lengthExponentFor(options.maxMessageSize ?? DEFAULTS.maxMessageSize),
    minPeerMessageSize: nonNegative(options.minPeerMessageSize, 0, 'minPeerMessageSize'),
    handshakeTimeout,
    settings,
    handlerFactory: options.handlerFactory,
    unixPath: path === undefined ? undefined : resolvePath(path),
    canAccept: () => transports.size < maxConnections,
    accepted: (transport: RawSocketTransport, socket: Socket) => {
      handshaking.delete(socket);
      transports.add(transport);
      void transport.closed.then(() => transports.delete(transport));
    },
  };
  // Node's own TLS handshake timeout gets the same limit (it cannot express "never": then its default).
  const tlsTimeout = handshakeTimeout > 0 && handshakeTimeout <= 2_147_483_647 ? { handshakeTimeout } : {};
  const server: Server = secure ? createTlsServer({ ...tlsTimeout, ...options.tls }) : createNetServer();
  let closing: Promise<void> | undefined;

  server.on('connection', (socket: Socket) => {
    if (closing !== undefined) return void socket.destroy();
    connections.add(socket);
    socket.once('close', () => connections.delete(socket));
    socket.on('error', () => socket.destroy());
  });
  server.on(secure ? 'secureConnection' : 'connection', (socket: Socket) => {
    if (closing !== undefined) return void socket.destroy();
    if (secure) socket.on('error', () => socket.destroy());
    handshaking.add(socket);
    socket.once('close', () => handshaking.delete(socket));
    answerHandshake(socket, context);
  });

  if (path !== undefined) await removeStaleSocket(path);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    const listening = (): void => {
      server.off('error', reject);
      resolve();
    };
    if (path !== undefined) server.listen({ path }, listening);
    else server.listen({ port: options.port ?? 8081, host: options.host ?? '127.0.0.1' }, listening);
  });
  // Errors after listening concern single connections (e.g. EMFILE on accept), which are gone
  // then; without a listener they would crash the process.
  server.on('error', () => {});

  return {
    address: listenerAddress(server, secure, context.unixPath),
    close: () =>
      (closing ??= (async () => {
        // Resolves once every connection is gone and every handler saw onClose: transports close
        // gracefully (each drops its peer after closeTimeout), RawSocket handshakes in progress
        // are dropped, and the fallback drops connections still in their TLS handshake.
        const fallback = unrefTimeout(() => connections.forEach((s) => s.destroy()), settings.closeTimeout);
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        const open = [...transports];
        for (const transport of open) transport.close();
        for (const socket of handshaking) socket.destroy();
        await Promise.all([stopped, ...open.map((t) => t.closed)]);
        clearTimeout(fallback);
      })()),
  };
}

function listenerAddress(server: Server, secure: boolean, unixPath: string | undefined): ListenerAddress {
  if (unixPath !== undefined) return { kind: 'unix', path: unixPath, url: secure ? `rss://unix:${unixPath}` : `unix://${unixPath}` };
  const { address: host, port, family } = server.address() as AddressInfo;
  const shown = family === 'IPv6' ? `[${host}]` : host;
  return { kind: secure ? 'tls' : 'tcp', host, port, url: `${secure ? 'rss' : 'rs'}://${shown}:${port}` };
}
