/**
 * `listenRawSocket(options)`: the accepting side of RawSocket, for a router (Node).
 *
 * @module
 */
import { rmSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import type { TlsOptions } from 'node:tls';
import type { ISerializer, ITransportListener, TransportHandlerFactory } from '@wamp/interfaces';
import { RAWSOCKET_ERROR, decodeHandshake, encodeHandshake, encodeHandshakeError, exponentFor, maxLengthOf } from './handshake.js';
import type { RawSocketCommonOptions } from './options.js';
import { DEFAULTS, rawSocketId } from './options.js';
import { RawSocketTransport } from './raw-socket-transport.js';
import { socketDetails } from './socket-details.js';

/** Options of {@link listenRawSocket}. */
export interface ListenRawSocketOptions extends RawSocketCommonOptions {
  /** Creates the handler (a router's per-connection protocol) of each accepted connection. */
  handlerFactory: TransportHandlerFactory;
  /** Interface to listen on. @default '127.0.0.1' */
  host?: string | undefined;
  /** Port to listen on; 0 picks a free one. @default 8081 */
  port?: number | undefined;
  /** Listen on this Unix socket path instead of TCP (an old socket file there is removed). */
  path?: string | undefined;
  /** Serve TLS with these options (`key`, `cert`, …). */
  tls?: TlsOptions | undefined;
  /** Refuse connections beyond this many with error 4 (maximum connection count reached). @default Infinity */
  maxConnections?: number | undefined;
  /** Drop a client that has not sent its handshake within this long (ms). @default 10000 */
  handshakeTimeout?: number | undefined;
  /**
   * Refuse, with error 2 (maximum message length unacceptable), clients that announce they
   * receive less than this many octets: this side's messages could not reach them.
   * @default 512 (accept every client)
   */
  minPeerMessageSize?: number | undefined;
}

/**
 * Accepts WAMP RawSocket connections: answers the handshake (refusing unknown serializers,
 * reserved bits and excess connections with the spec's error codes; dropping a wrong magic octet
 * at once), then hands each connection to `handlerFactory()`.
 */
export async function listenRawSocket(options: ListenRawSocketOptions): Promise<ITransportListener> {
  if (!options.serializers?.length) throw new TypeError('listenRawSocket: options.serializers must name at least one serializer');
  const byId = new Map<number, ISerializer>();
  for (const s of options.serializers) if (!byId.has(rawSocketId(s))) byId.set(rawSocketId(s), s);
  const exponent = exponentFor(options.maxMessageSize ?? DEFAULTS.maxMessageSize);
  const sockets = new Set<Socket>();
  const secureEvent = options.tls ? 'secureConnection' : 'connection';
  const server: Server = options.tls ? createTlsServer(options.tls) : createNetServer();

  server.on(secureEvent, (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let received = new Uint8Array(0);
    const timer = setTimeout(() => socket.destroy(), options.handshakeTimeout ?? DEFAULTS.timeout);
    timer.unref();
    const refuse = (code: number): void => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.end(encodeHandshakeError(code));
    };
    const onData = (chunk: Buffer): void => {
      const all = new Uint8Array(received.length + chunk.length);
      all.set(received);
      all.set(chunk, received.length);
      received = all;
      // A wrong first octet means this is not a RawSocket client: drop it at once.
      if (received[0] !== 0x7f) {
        clearTimeout(timer);
        return void socket.destroy();
      }
      if (received.length < 4) return;
      const hello = decodeHandshake(received.subarray(0, 4), false);
      if (hello.kind !== 'ok') return refuse(hello.kind === 'invalid' ? (hello.code ?? RAWSOCKET_ERROR.USE_OF_RESERVED_BITS) : RAWSOCKET_ERROR.SERIALIZER_UNSUPPORTED);
      const serializer = byId.get(hello.serializerId);
      if (serializer === undefined) return refuse(RAWSOCKET_ERROR.SERIALIZER_UNSUPPORTED);
      if (maxLengthOf(hello.exponent) < (options.minPeerMessageSize ?? 0)) return refuse(RAWSOCKET_ERROR.MAX_LENGTH_UNACCEPTABLE);
      if (sockets.size > (options.maxConnections ?? Infinity)) return refuse(RAWSOCKET_ERROR.MAX_CONNECTION_COUNT_REACHED);
      clearTimeout(timer);
      socket.off('data', onData);
      socket.write(encodeHandshake(exponent, hello.serializerId));
      const transport = new RawSocketTransport(socket, serializer, options.handlerFactory(), socketDetails(socket, true, serializer.SERIALIZER_ID, options.path), {
        maxReceive: maxLengthOf(exponent),
        maxSend: maxLengthOf(hello.exponent),
        // Off by default: Autobahn|Python 22.x RawSocket peers drop the connection on a PING.
        autoPingInterval: options.autoPingInterval ?? 0,
        autoPingTimeout: options.autoPingTimeout ?? DEFAULTS.autoPingTimeout,
        highWaterMark: options.highWaterMark ?? DEFAULTS.highWaterMark,
      });
      transport.start(received.subarray(4));
    };
    socket.on('data', onData);
  });

  if (options.path !== undefined) rmSync(options.path, { force: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    const ready = (): void => {
      server.off('error', reject);
      resolve();
    };
    if (options.path !== undefined) server.listen(options.path, ready);
    else server.listen(options.port ?? 8081, options.host ?? '127.0.0.1', ready);
  });

  const info = server.address();
  const secure = options.tls !== undefined;
  const address =
    options.path !== undefined
      ? { kind: 'unix' as const, path: options.path, url: `unix://${options.path}` }
      : (() => {
          const { address: host, port, family } = info as AddressInfo;
          const shown = family === 'IPv6' ? `[${host}]` : host;
          return { kind: secure ? ('tls' as const) : ('tcp' as const), host, port, url: `${secure ? 'rss' : 'rs'}://${shown}:${port}` };
        })();
  let closing: Promise<void> | undefined;
  return {
    address,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.end();
        // Peers that do not close their side are dropped.
        setTimeout(() => sockets.forEach((s) => s.destroy()), 2000).unref();
      })),
  };
}
