/**
 * The platform `WebSocket` (browsers, Deno, Node 22+) as a {@link SocketAdapter}, and its connector.
 *
 * @module
 */
import type { ITransport, ITransportHandler } from '@wamp/interfaces';
import { TransportLost } from '@wamp/interfaces';
import type { WebSocketOptions } from './options.js';
import { DEFAULTS, subprotocol } from './options.js';
import type { SocketAdapter, SocketEvents } from './socket-adapter.js';
import { WsTransport } from './ws-transport.js';

function platformSocket(ws: WebSocket): SocketAdapter {
  const text = new TextEncoder();
  const early: [Uint8Array, boolean][] = [];
  let events: SocketEvents | undefined;
  ws.binaryType = 'arraybuffer';
  ws.onmessage = (event: MessageEvent) => {
    const data = event.data as string | ArrayBuffer;
    const item: [Uint8Array, boolean] = typeof data === 'string' ? [text.encode(data), false] : [new Uint8Array(data), true];
    if (events) events.message(...item);
    else early.push(item);
  };
  return {
    get protocol() {
      return ws.protocol;
    },
    get bufferedAmount() {
      return ws.bufferedAmount;
    },
    canPing: false,
    // A text frame must be sent as a string in this API.
    send: (data, isBinary) => ws.send(isBinary ? data : new TextDecoder().decode(data)),
    close: (code, reason) => ws.close(code === 1002 ? 1000 : code, reason),
    terminate: () => ws.close(),
    ping: () => {},
    listen(handler) {
      events = handler;
      for (const [bytes, isBinary] of early.splice(0)) handler.message(bytes, isBinary);
      ws.onclose = (event: CloseEvent) => handler.close(event.code, event.reason, event.wasClean);
    },
  };
}

/** Opens a connection with the platform `WebSocket` (`globalThis.WebSocket`). */
export function connectPlatform(url: string, options: WebSocketOptions, handler: ITransportHandler, signal: AbortSignal): Promise<ITransport> {
  return new Promise<ITransport>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const protocols = options.serializers.map(subprotocol);
    const ws = new WebSocket(url, protocols);
    const adapter = platformSocket(ws);
    const timer = setTimeout(() => fail(new TransportLost(`${url}: no connection within ${options.connectTimeout ?? DEFAULTS.connectTimeout} ms`)), options.connectTimeout ?? DEFAULTS.connectTimeout);
    let settled = false;
    function fail(error: unknown): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      ws.close();
      reject(error);
    }
    signal.addEventListener('abort', () => fail(signal.reason), { once: true });
    ws.onerror = () => fail(new TransportLost(`${url}: cannot connect (the browser does not say why)`));
    ws.onopen = () => {
      const serializer = options.serializers.find((s) => subprotocol(s) === ws.protocol);
      if (serializer === undefined) {
        return fail(new TransportLost(`${url}: the server selected ${ws.protocol ? `subprotocol "${ws.protocol}"` : 'no subprotocol'}, not one of ${protocols.join(', ')}`));
      }
      settled = true;
      clearTimeout(timer);
      ws.onerror = null;
      const secure = url.toLowerCase().startsWith('wss:');
      const transport = new WsTransport(
        adapter,
        serializer,
        handler,
        { channelType: secure ? 'tls' : 'tcp', channelFraming: 'websocket', channelSerializer: serializer.SERIALIZER_ID, own: undefined, peer: url, isServer: false, isSecure: secure, channelId: {}, websocketProtocol: ws.protocol },
        { autoPingInterval: 0, autoPingTimeout: 0, highWaterMark: options.highWaterMark ?? DEFAULTS.highWaterMark },
      );
      transport.start();
      resolve(transport);
    };
  });
}
