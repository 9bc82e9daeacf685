/**
 * `webSocket(url, options)` on Node: a reusable connector over the `ws` package (or the platform
 * `WebSocket` on Node 22+ when no option needs `ws`).
 *
 * @module
 */
import type { ClientRequest, IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { ITransport, ITransportConnector, ITransportHandler } from '@wamp/interfaces';
import { TransportLost } from '@wamp/interfaces';
import WebSocket from 'ws';
import { connectorFor, noCommonSubprotocol } from './connector.js';
import { nodeDetails } from './node-details.js';
import { nodeSocket } from './node-socket.js';
import type { WebSocketOptions } from './options.js';
import { DEFAULTS, subprotocol } from './options.js';
import { connectPlatform } from './platform-socket.js';
import { WsTransport } from './ws-transport.js';

/**
 * Connects to a WAMP router over WebSocket (`ws://`, `wss://`, or `ws+unix:///path/to.sock:/ws`
 * for a Unix socket), offering the subprotocol of each serializer in order; the router's choice
 * picks the serializer. Where the platform has a `WebSocket` (Node 22+) it is used, unless the
 * URL or an option needs the `ws` package: `ws+unix:`, `headers`, `tls`, `perMessageDeflate`,
 * `autoPingInterval` or `maxMessageSize`. On Node 20 it is always `ws`. Browsers get the build
 * on the `browser` condition, which never loads `ws`.
 *
 * @example
 * ```ts
 * import { webSocket } from '@wamp/transport-ws';
 * import { JsonSerializer } from '@wamp/serializers/json';
 * const connector = webSocket('ws://127.0.0.1:8080/ws', { serializers: [new JsonSerializer()] });
 * const transport = await connector.connect(handler, { signal: AbortSignal.timeout(5000) });
 * ```
 * @throws {TypeError} for a URL that is not ws://, wss:// or ws+unix://, or no serializers.
 */
export function webSocket(url: string, options: WebSocketOptions): ITransportConnector {
  const platform = usePlatformWebSocket(url, options);
  return connectorFor(url, options, ['ws', 'wss', 'ws+unix'], (handler, signal) =>
    platform ? connectPlatform(url, options, handler, signal) : connectNode(url, options, handler, signal),
  );
}

function usePlatformWebSocket(url: string, options: WebSocketOptions): boolean {
  const needsWs =
    /^ws\+unix:/i.test(url) ||
    options.headers !== undefined ||
    options.tls !== undefined ||
    options.perMessageDeflate === true ||
    (options.autoPingInterval ?? DEFAULTS.clientAutoPingInterval) > 0 ||
    options.maxMessageSize !== undefined;
  return !needsWs && typeof (globalThis as { WebSocket?: unknown }).WebSocket === 'function';
}

function connectNode(url: string, options: WebSocketOptions, handler: ITransportHandler, signal: AbortSignal): Promise<ITransport> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<ITransport>((resolve, reject) => {
    const protocols = options.serializers.map(subprotocol);
    const timeout = options.connectTimeout ?? DEFAULTS.connectTimeout;
    let ws: WebSocket;
    try {
      ws = new WebSocket(url, protocols, {
        maxPayload: options.maxMessageSize ?? DEFAULTS.maxMessageSize,
        perMessageDeflate: options.perMessageDeflate ?? false,
        headers: { ...options.headers },
        ...options.tls,
      });
    } catch (error) {
      return reject(new TransportLost(`${url}: cannot connect: ${(error as Error).message}`, { cause: error }));
    }
    const adapter = nodeSocket(ws);
    let response: IncomingMessage | undefined;
    let settled = false;
    const settle = (): void => {
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    };
    const fail = (error: unknown): void => {
      if (settled) return;
      settle();
      ws.terminate();
      // After the HTTP upgrade the socket no longer belongs to the request ws would destroy.
      response?.socket.destroy();
      reject(error);
    };
    const onAbort = (): void => fail(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    // One deadline for TCP, TLS and the HTTP upgrade together (ws's handshakeTimeout is an idle timer).
    const timer = setTimeout(() => fail(new TransportLost(`${url}: no connection within ${timeout} ms`)), timeout);
    timer.unref();

    ws.on('upgrade', (res: IncomingMessage) => {
      response = res;
      // WAMP Basic Profile: the server must select one of the offered wamp.2.* subprotocols.
      const selected = res.headers['sec-websocket-protocol'];
      if (selected === undefined || !protocols.includes(selected)) fail(new TransportLost(noCommonSubprotocol(url, selected, protocols)));
    });
    ws.on('unexpected-response', (_req: ClientRequest, res: IncomingMessage) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body = (body + chunk).slice(0, 200)));
      res.on('end', () => fail(new TransportLost(`${url}: the server refused the WebSocket handshake with HTTP ${res.statusCode}${body ? `: ${body}` : ''}`)));
      res.on('error', (error) => fail(new TransportLost(`${url}: the WebSocket handshake failed: ${error.message}`, { cause: error })));
    });
    ws.on('error', (error: Error) => fail(new TransportLost(`${url}: cannot connect: ${error.message}`, { cause: error })));
    ws.on('open', () => {
      const serializer = options.serializers.find((s) => subprotocol(s) === ws.protocol);
      if (serializer === undefined || response === undefined) return fail(new TransportLost(noCommonSubprotocol(url, ws.protocol, protocols)));
      settle();
      // http keeps the request on the response; its headers are the ones sent in the handshake.
      const request = (response as IncomingMessage & { req?: ClientRequest }).req;
      const details = nodeDetails(ws, {
        socket: response.socket as Socket,
        isServer: false,
        serializerId: serializer.SERIALIZER_ID,
        unixPath: /^ws\+unix:/i.test(url) ? new URL(url).pathname.split(':')[0] : undefined,
        headersReceived: response.headers,
        headersSent: request?.getHeaders() ?? options.headers,
      });
      const transport = new WsTransport(adapter, serializer, handler, details, {
        autoPingInterval: options.autoPingInterval ?? DEFAULTS.clientAutoPingInterval,
        autoPingTimeout: options.autoPingTimeout ?? DEFAULTS.autoPingTimeout,
        highWaterMark: options.highWaterMark ?? DEFAULTS.highWaterMark,
        maxMessageSize: options.maxMessageSize ?? DEFAULTS.maxMessageSize,
      });
      transport.start();
      resolve(transport);
    });
  });
}
