/**
 * `webSocket(url, options)` on Node: a reusable connector over the `ws` package.
 *
 * @module
 */
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { ITransport, ITransportConnector, ITransportHandler } from '@wamp/interfaces';
import { TransportLost } from '@wamp/interfaces';
import WebSocket from 'ws';
import { connectorFor } from './connector.js';
import { nodeDetails, nodeSocket } from './node-socket.js';
import { connectPlatform } from './platform-socket.js';
import type { WebSocketOptions } from './options.js';
import { DEFAULTS, subprotocol } from './options.js';
import { WsTransport } from './ws-transport.js';

/**
 * Connects to a WAMP router over WebSocket (`ws://` or `wss://`), offering the subprotocol of
 * each serializer in order; the router's choice picks the serializer. Where the platform has a
 * `WebSocket` (Node 22+) it is used, unless an option needs the `ws` package: `headers`, `tls`,
 * `perMessageDeflate`, `autoPingInterval` or `maxMessageSize`. On Node 20 it is always `ws`.
 * Browsers get the build on the `browser` condition, which never loads `ws`.
 *
 * @example
 * ```ts
 * import { webSocket } from '@wamp/transport-ws';
 * import { JsonSerializer } from '@wamp/serializers/json';
 * const connector = webSocket('ws://127.0.0.1:8080/ws', { serializers: [new JsonSerializer()] });
 * const transport = await connector.connect(handler, { signal: AbortSignal.timeout(5000) });
 * ```
 * @throws {TypeError} for a URL that is not ws:// or wss://, or no serializers.
 */
export function webSocket(url: string, options: WebSocketOptions): ITransportConnector {
  const platform = usePlatformWebSocket(options);
  return connectorFor(url, options, (handler, signal) =>
    platform ? connectPlatform(url, options, handler, signal) : connectNode(url, options, handler, signal),
  );
}

function usePlatformWebSocket(options: WebSocketOptions): boolean {
  const needsWs =
    options.headers !== undefined ||
    options.tls !== undefined ||
    options.perMessageDeflate === true ||
    (options.autoPingInterval ?? 0) > 0 ||
    options.maxMessageSize !== undefined;
  return !needsWs && typeof (globalThis as { WebSocket?: unknown }).WebSocket === 'function';
}

function connectNode(url: string, options: WebSocketOptions, handler: ITransportHandler, signal: AbortSignal): Promise<ITransport> {
  return new Promise<ITransport>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const protocols = options.serializers.map(subprotocol);
    const ws = new WebSocket(url, protocols, {
      maxPayload: options.maxMessageSize ?? DEFAULTS.maxMessageSize,
      perMessageDeflate: options.perMessageDeflate ?? false,
      handshakeTimeout: options.connectTimeout ?? DEFAULTS.connectTimeout,
      headers: { ...options.headers },
      ...options.tls,
    });
    const adapter = nodeSocket(ws);
    let socket: Socket | undefined;
    let settled = false;
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      ws.terminate();
      reject(error);
    };
    const onAbort = (): void => fail(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    ws.on('upgrade', (response: IncomingMessage) => {
      socket = response.socket as Socket;
    });
    ws.on('unexpected-response', (_req, response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => {
        const body = Buffer.concat(chunks).toString().slice(0, 200);
        fail(new TransportLost(`${url}: the server refused the WebSocket handshake with HTTP ${response.statusCode}${body ? `: ${body}` : ''}`));
      });
    });
    ws.on('error', (error: Error) => fail(new TransportLost(`${url}: cannot connect: ${error.message}`, { cause: error })));
    ws.on('open', () => {
      const serializer = options.serializers.find((s) => subprotocol(s) === ws.protocol);
      if (serializer === undefined) {
        return fail(new TransportLost(`${url}: the server selected ${ws.protocol ? `subprotocol "${ws.protocol}"` : 'no subprotocol'}, not one of ${protocols.join(', ')}`));
      }
      settled = true;
      signal.removeEventListener('abort', onAbort);
      const transport = new WsTransport(adapter, serializer, handler, nodeDetails(ws, socket as Socket, false, serializer.SERIALIZER_ID), {
        autoPingInterval: options.autoPingInterval ?? 0,
        autoPingTimeout: options.autoPingTimeout ?? DEFAULTS.autoPingTimeout,
        highWaterMark: options.highWaterMark ?? DEFAULTS.highWaterMark,
      });
      transport.start();
      resolve(transport);
    });
  });
}
