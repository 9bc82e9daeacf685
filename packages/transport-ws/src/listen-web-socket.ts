/**
 * `listenWebSocket(options)`: the accepting side, for a router (Node only).
 *
 * @module
 */
import { createServer as createHttpServer } from 'node:http';
import type { IncomingMessage, OutgoingHttpHeaders, Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import type { SecureContextOptions, TlsOptions } from 'node:tls';
import type { ITransportHandler, ITransportListener, ListenerAddress, TransportHandlerFactory } from '@wamp/interfaces';
import type WebSocket from 'ws';
import { WebSocketServer } from 'ws';
import { nodeDetails } from './node-details.js';
import { nodeSocket } from './node-socket.js';
import type { WebSocketCommonOptions } from './options.js';
import { DEFAULTS, subprotocol } from './options.js';
import { WsTransport } from './ws-transport.js';

/** Options of {@link listenWebSocket}. */
export interface ListenWebSocketOptions extends WebSocketCommonOptions {
  /** Creates the handler (a router's per-connection protocol) of each accepted connection. */
  handlerFactory: TransportHandlerFactory;
  /** Interface to listen on (ignored with {@link server} or {@link socketPath}). @default '127.0.0.1' */
  host?: string | undefined;
  /** Port to listen on; 0 picks a free one (ignored with {@link server} or {@link socketPath}). @default 8080 */
  port?: number | undefined;
  /** Listen on this Unix socket path instead of a TCP port (clients use `ws+unix:///path:/ws`). */
  socketPath?: string | undefined;
  /** URL path that accepts WebSocket upgrades; other paths get HTTP 404. @default '/ws' */
  path?: string | undefined;
  /**
   * Attach to this existing, listening HTTP(S) server instead of creating one; upgrades to other
   * paths are left to its other `upgrade` listeners, and `close()` leaves it running.
   */
  server?: Server | undefined;
  /** Serve `wss://` with this key and certificate (`{ key, cert, … }`, when no {@link server} is given). */
  tls?: (SecureContextOptions & TlsOptions) | undefined;
}

function refuse(socket: Socket, status: string, text: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`);
}

function listenerAddress(server: Server, path: string, secure: boolean): ListenerAddress {
  const info = server.address();
  if (info === null) throw new TypeError('listenWebSocket: options.server must be listening (call server.listen() first)');
  if (typeof info === 'string') return { kind: 'unix', path: info, url: `ws+unix://${info}:${path}` };
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  return { kind: secure ? 'tls' : 'tcp', host: info.address, port: info.port, url: `${secure ? 'wss' : 'ws'}://${host}:${info.port}${path}` };
}

/** Parses the response lines ws writes (`HTTP/1.1 101 …`, `Upgrade: websocket`, …) into headers. */
function responseHeaders(lines: readonly string[]): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) out[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return out;
}

/**
 * Accepts WAMP-over-WebSocket connections: negotiates the subprotocol by the server's serializer
 * preference among those the client offers (a client offering none is refused at the handshake
 * with HTTP 400 naming what is supported), then hands each connection to `handlerFactory()`.
 * Listens on a host and port (plain or TLS), on a Unix socket, or on an existing HTTP(S) server
 * at `path`. Node only.
 *
 * @example
 * ```ts
 * import { listenWebSocket } from '@wamp/transport-ws/server';
 * const listener = await listenWebSocket({ port: 8080, serializers: [new JsonSerializer()], handlerFactory: () => router.createHandler() });
 * console.log(listener.address.url); // ws://127.0.0.1:8080/ws
 * await listener.close();
 * ```
 * @throws {TypeError} without serializers, or with a `server` that is not listening.
 */
export async function listenWebSocket(options: ListenWebSocketOptions): Promise<ITransportListener> {
  if (!options.serializers?.length) throw new TypeError('listenWebSocket: options.serializers must name at least one serializer');
  const path = options.path ?? '/ws';
  const supported = new Map(options.serializers.map((s) => [subprotocol(s), s]));
  const pick = (offered: ReadonlySet<string>): string | undefined => [...supported.keys()].find((p) => offered.has(p));
  const owned = options.server === undefined;
  const server: Server = options.server ?? (options.tls ? createHttpsServer(options.tls) : createHttpServer());
  const secure = options.server ? 'setSecureContext' in options.server : options.tls !== undefined;
  const unixPath = options.socketPath ?? (owned ? undefined : typeof server.address() === 'string' ? (server.address() as string) : undefined);
  if (owned) server.on('request', (_req, res) => res.writeHead(426, { 'Content-Type': 'text/plain', Upgrade: 'websocket' }).end('WAMP over WebSocket only'));
  const wss = new WebSocketServer({
    noServer: true,
    clientTracking: false,
    maxPayload: options.maxMessageSize ?? DEFAULTS.maxMessageSize,
    perMessageDeflate: options.perMessageDeflate ?? false,
    handleProtocols: (offered: Set<string>) => pick(offered) ?? false,
  });
  const sent = new WeakMap<IncomingMessage, OutgoingHttpHeaders>();
  wss.on('headers', (lines: string[], request: IncomingMessage) => sent.set(request, responseHeaders(lines)));
  const sockets = new Set<WebSocket>();
  let closing: Promise<void> | undefined;

  const accept = (ws: WebSocket, request: IncomingMessage, socket: Socket, protocol: string): void => {
    // The listener began closing during this handshake.
    if (closing) return ws.terminate();
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    const serializer = supported.get(protocol)!;
    let handler: ITransportHandler;
    try {
      handler = options.handlerFactory();
    } catch {
      ws.on('error', () => {});
      return ws.close(1011, 'internal error');
    }
    const details = nodeDetails(ws, { socket, isServer: true, serializerId: serializer.SERIALIZER_ID, unixPath, headersReceived: request.headers, headersSent: sent.get(request) });
    new WsTransport(nodeSocket(ws), serializer, handler, details, {
      autoPingInterval: options.autoPingInterval ?? DEFAULTS.serverAutoPingInterval,
      autoPingTimeout: options.autoPingTimeout ?? DEFAULTS.autoPingTimeout,
      highWaterMark: options.highWaterMark ?? DEFAULTS.highWaterMark,
      maxMessageSize: options.maxMessageSize ?? DEFAULTS.maxMessageSize,
    }).start();
  };

  const onUpgrade = (request: IncomingMessage, socket: Socket, head: Buffer): void => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== path) {
      if (owned) refuse(socket, '404 Not Found', `no WAMP endpoint at ${url.pathname} (try ${path})`);
      return;
    }
    if (closing) return refuse(socket, '503 Service Unavailable', 'server shutting down');
    const offered = new Set((request.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim()).filter(Boolean));
    const chosen = pick(offered);
    if (chosen === undefined) {
      const list = [...offered].join(', ') || 'none';
      return refuse(socket, '400 Bad Request', `no supported WAMP subprotocol offered (offered: ${list}; supported: ${[...supported.keys()].join(', ')})`);
    }
    wss.handleUpgrade(request, socket, head, (ws) => accept(ws, request, socket, chosen));
  };
  server.on('upgrade', onUpgrade);

  if (owned) {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      const done = (): void => {
        server.off('error', reject);
        resolve();
      };
      if (options.socketPath !== undefined) server.listen(options.socketPath, done);
      else server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', done);
    });
  }
  let address: ListenerAddress;
  try {
    address = listenerAddress(server, path, secure);
  } catch (error) {
    server.off('upgrade', onUpgrade);
    throw error;
  }
  return {
    address,
    close: () =>
      (closing ??= (async () => {
        server.off('upgrade', onUpgrade);
        await Promise.all([...sockets].map((ws) => closeGently(ws)));
        wss.close();
        if (owned) await new Promise<void>((resolve) => server.close(() => resolve()));
      })()),
  };
}

// Close with 1001 (going away); a peer that does not answer the closing handshake is dropped.
function closeGently(ws: WebSocket): Promise<void> {
  return new Promise<void>((resolve) => {
    if (ws.readyState === ws.CLOSED) return resolve();
    const timer = setTimeout(() => ws.terminate(), 2000);
    timer.unref();
    ws.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    ws.close(1001, 'server shutting down');
  });
}
