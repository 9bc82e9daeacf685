/**
 * `listenWebSocket(options)`: the accepting side, for a router (Node only).
 *
 * @module
 */
import { createServer as createHttpServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { SecureContextOptions } from 'node:tls';
import type { ITransportListener, TransportHandlerFactory } from '@wamp/interfaces';
import type WebSocket from 'ws';
import { WebSocketServer } from 'ws';
import { nodeDetails, nodeSocket } from './node-socket.js';
import type { WebSocketCommonOptions } from './options.js';
import { DEFAULTS, subprotocol } from './options.js';
import { WsTransport } from './ws-transport.js';

/** Options of {@link listenWebSocket}. */
export interface ListenWebSocketOptions extends WebSocketCommonOptions {
  /** Creates the handler (a router's per-connection protocol) of each accepted connection. */
  handlerFactory: TransportHandlerFactory;
  /** Interface to listen on (ignored with {@link server}). @default '127.0.0.1' */
  host?: string | undefined;
  /** Port to listen on; 0 picks a free one (ignored with {@link server}). @default 8080 */
  port?: number | undefined;
  /** URL path that accepts WebSocket upgrades; other paths get HTTP 404. @default '/ws' */
  path?: string | undefined;
  /** Attach to this existing HTTP(S) server instead of creating one; `close()` leaves it running. */
  server?: Server | undefined;
  /** Serve `wss://` with this key and certificate (when no {@link server} is given). */
  tls?: SecureContextOptions | undefined;
}

function refuse(socket: Socket, status: string, text: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`);
}

/**
 * Accepts WAMP-over-WebSocket connections: negotiates the subprotocol by the server's serializer
 * preference among those the client offers (a client offering none is refused at the handshake
 * with HTTP 400), then hands each connection to `handlerFactory()`.
 *
 * @example
 * ```ts
 * import { listenWebSocket } from '@wamp/transport-ws/server';
 * const listener = await listenWebSocket({ port: 8080, serializers: [new JsonSerializer()], handlerFactory: () => router.createHandler() });
 * console.log(listener.address.url); // ws://127.0.0.1:8080/ws
 * await listener.close();
 * ```
 */
export async function listenWebSocket(options: ListenWebSocketOptions): Promise<ITransportListener> {
  if (!options.serializers?.length) throw new TypeError('listenWebSocket: options.serializers must name at least one serializer');
  const path = options.path ?? '/ws';
  const supported = new Map(options.serializers.map((s) => [subprotocol(s), s]));
  const owned = options.server === undefined;
  const server: Server = options.server ?? (options.tls ? createHttpsServer(options.tls) : createHttpServer());
  if (owned) server.on('request', (_req, res) => res.writeHead(426, { 'Content-Type': 'text/plain' }).end('WAMP over WebSocket only'));
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageSize ?? DEFAULTS.maxMessageSize,
    perMessageDeflate: options.perMessageDeflate ?? false,
    handleProtocols: (offered: Set<string>) => pick(offered) ?? false,
  });
  const pick = (offered: Set<string>): string | undefined => [...supported.keys()].find((p) => offered.has(p));
  const sockets = new Set<WebSocket>();

  const onUpgrade = (request: IncomingMessage, socket: Socket, head: Buffer): void => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== path) {
      if (owned) refuse(socket, '404 Not Found', `no WAMP endpoint at ${url.pathname} (try ${path})`);
      return;
    }
    const offered = new Set((request.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim()).filter(Boolean));
    const chosen = pick(offered);
    if (chosen === undefined) {
      return refuse(socket, '400 Bad Request', `no supported WAMP subprotocol offered (offered: ${[...offered].join(', ') || 'none'}; supported: ${[...supported.keys()].join(', ')})`);
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      const serializer = supported.get(chosen)!;
      const transport = new WsTransport(nodeSocket(ws), serializer, options.handlerFactory(), nodeDetails(ws, socket, true, serializer.SERIALIZER_ID, request), {
        autoPingInterval: options.autoPingInterval ?? 30_000,
        autoPingTimeout: options.autoPingTimeout ?? DEFAULTS.autoPingTimeout,
        highWaterMark: options.highWaterMark ?? DEFAULTS.highWaterMark,
      });
      transport.start();
    });
  };
  server.on('upgrade', onUpgrade);

  if (owned) {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  }
  const info = server.address() as AddressInfo;
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  const secure = options.tls !== undefined || 'setSecureContext' in server;
  let closing: Promise<void> | undefined;
  return {
    address: { kind: secure ? 'tls' : 'tcp', host: info.address, port: info.port, url: `${secure ? 'wss' : 'ws'}://${host}:${info.port}${path}` },
    close: () =>
      (closing ??= (async () => {
        server.off('upgrade', onUpgrade);
        await Promise.all(
          [...sockets].map(
            (ws) =>
              new Promise<void>((resolve) => {
                ws.once('close', () => resolve());
                ws.close(1001, 'server shutting down');
                // A peer that does not answer the closing handshake is dropped.
                setTimeout(() => ws.terminate(), 2000).unref();
              }),
          ),
        );
        wss.close();
        if (owned) await new Promise<void>((resolve) => server.close(() => resolve()));
      })()),
  };
}
