/**
 * The platform `WebSocket` (browsers, Deno, Node 22+) as a {@link SocketAdapter}, and its connector.
 *
 * @module
 */
import type { ITransport, ITransportHandler } from '@wamp/interfaces';
import { TransportLost } from '@wamp/interfaces';
import { noCommonSubprotocol } from './connector.js';
import type { WebSocketOptions } from './options.js';
import { DEFAULTS, subprotocol } from './options.js';
import type { SocketAdapter, SocketEvents } from './socket-adapter.js';
import { WsTransport } from './ws-transport.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// The WebSocket API lets a script send only 1000 and 3000–4999 (WHATWG WebSockets, close()):
// other codes go out as 1000; the reason text still says what happened.
function sendableCode(code: number): number {
  return code === 1000 || (code >= 3000 && code <= 4999) ? code : 1000;
}

function platformSocket(ws: WebSocket): SocketAdapter {
  const early: [Uint8Array, boolean][] = [];
  let earlyClose: CloseEvent | undefined;
  let events: SocketEvents | undefined;
  ws.binaryType = 'arraybuffer';
  ws.onmessage = (event: MessageEvent) => {
    const data = event.data as string | ArrayBuffer;
    const item: [Uint8Array, boolean] = typeof data === 'string' ? [encoder.encode(data), false] : [new Uint8Array(data), true];
    if (events) events.message(...item);
    else early.push(item);
  };
  const report = (event: CloseEvent): void => events!.close(event.code, event.reason, event.wasClean && (event.code === 1000 || event.code === 1001 || event.code === 1005));
  ws.onclose = (event: CloseEvent) => (events ? report(event) : (earlyClose = event));
  return {
    get protocol() {
      return ws.protocol;
    },
    get bufferedAmount() {
      return ws.bufferedAmount;
    },
    get isOpen() {
      return ws.readyState === ws.OPEN;
    },
    canPing: false,
    // A text frame must be sent as a string in this API.
    send: (data, isBinary) => ws.send(isBinary ? data : decoder.decode(data)),
    close: (code, reason) => ws.close(sendableCode(code), reason),
    // The API has no abrupt close: start the closing handshake, the transport reports it unclean.
    terminate: () => ws.close(),
    ping: () => {},
    listen(handler) {
      events = handler;
      for (const [bytes, isBinary] of early.splice(0)) handler.message(bytes, isBinary);
      if (earlyClose) report(earlyClose);
    },
  };
}

/** Opens a connection with the platform `WebSocket` (`globalThis.WebSocket`). */
export function connectPlatform(url: string, options: WebSocketOptions, handler: ITransportHandler, signal: AbortSignal): Promise<ITransport> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<ITransport>((resolve, reject) => {
    const protocols = options.serializers.map(subprotocol);
    const timeout = options.connectTimeout ?? DEFAULTS.connectTimeout;
    let ws: WebSocket;
    try {
      ws = new WebSocket(url, protocols);
    } catch (error) {
      return reject(new TransportLost(`${url}: cannot connect: ${(error as Error).message}`, { cause: error }));
    }
    const adapter = platformSocket(ws);
    let settled = false;
    const settle = (): void => {
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      ws.onerror = null;
    };
    const fail = (error: unknown): void => {
      if (settled) return;
      settle();
      ws.close();
      reject(error);
    };
    const onAbort = (): void => fail(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => fail(new TransportLost(`${url}: no connection within ${timeout} ms`)), timeout);
    (timer as { unref?: () => void }).unref?.();
    // The API hides why on purpose (no status code, no TLS error): say so rather than guess.
    ws.onerror = () => fail(new TransportLost(`${url}: cannot connect (refused, or the handshake failed; the WebSocket API does not say which)`));
    ws.onopen = () => {
      const serializer = options.serializers.find((s) => subprotocol(s) === ws.protocol);
      if (serializer === undefined) return fail(new TransportLost(noCommonSubprotocol(url, ws.protocol, protocols)));
      settle();
      const secure = url.toLowerCase().startsWith('wss:');
      const transport = new WsTransport(
        adapter,
        serializer,
        handler,
        {
          channelType: secure ? 'tls' : 'tcp',
          channelFraming: 'websocket',
          channelSerializer: serializer.SERIALIZER_ID,
          own: undefined,
          // The API does not expose the socket: the URL is what is known of the peer.
          peer: url,
          isServer: false,
          isSecure: secure,
          channelId: {},
          websocketProtocol: ws.protocol,
          websocketExtensionsInUse: ws.extensions ? ws.extensions.split(',').map((e) => e.split(';')[0]!.trim()) : [],
        },
        {
          autoPingInterval: 0,
          autoPingTimeout: 0,
          highWaterMark: options.highWaterMark ?? DEFAULTS.highWaterMark,
          maxMessageSize: options.maxMessageSize ?? DEFAULTS.maxMessageSize,
        },
      );
      transport.start();
      resolve(transport);
    };
  });
}

