/**
 * The `ws` package's WebSocket as a {@link SocketAdapter} (Node, both client and server side).
 *
 * @module
 */
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { createHash } from 'node:crypto';
import { TLSSocket } from 'node:tls';
import type { ChannelIdType, TransportDetails } from '@wamp/interfaces';
import type WebSocket from 'ws';
import type { SocketAdapter, SocketEvents } from './socket-adapter.js';

/** Wraps a `ws` WebSocket; buffers messages that arrive before {@link SocketAdapter.listen}. */
export function nodeSocket(ws: WebSocket): SocketAdapter {
  let events: SocketEvents | undefined;
  const early: [Uint8Array, boolean][] = [];
  let earlyClose: [number, string, boolean] | undefined;
  let closed = false;
  ws.on('message', (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
    const bytes = toBytes(data);
    if (events) events.message(bytes, isBinary);
    else early.push([bytes, isBinary]);
  });
  ws.on('close', (code: number, reason: Buffer) => {
    if (closed) return;
    closed = true;
    // 1000 (normal) and 1001 (going away) end with the closing handshake; 1005 means none was given.
    const clean = code === 1000 || code === 1001 || code === 1005;
    const args: [number, string, boolean] = [code, reason.toString(), clean];
    if (events) events.close(...args);
    else earlyClose = args;
  });
  ws.on('pong', () => events?.pong?.());
  // Errors are followed by 'close'; without a listener they would be thrown.
  ws.on('error', () => {});
  return {
    get protocol() {
      return ws.protocol;
    },
    get bufferedAmount() {
      return ws.bufferedAmount;
    },
    canPing: true,
    send: (data, isBinary) => ws.send(data, { binary: isBinary }),
    close: (code, reason) => ws.close(code, reason),
    terminate: () => ws.terminate(),
    ping: () => ws.ping(),
    listen(handler) {
      events = handler;
      for (const [bytes, isBinary] of early.splice(0)) handler.message(bytes, isBinary);
      if (earlyClose) handler.close(...earlyClose);
    },
  };
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) data = Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function address(family: string | undefined, host: string | undefined, port: number | undefined): string | undefined {
  if (host === undefined) return undefined;
  return `${family === 'IPv6' ? 'tcp6' : 'tcp4'}:${host}:${port}`;
}

/**
 * The TLS channel ids of a socket (for WAMP-cryptosign channel binding): `tls-unique` (RFC 5929,
 * the first Finished message: the client's in a full handshake) for TLS ≤ 1.2, `tls-exporter`
 * (RFC 9266) for TLS 1.3.
 */
export function channelIds(socket: Socket, isServer: boolean): Partial<Record<ChannelIdType, Uint8Array>> {
  if (!(socket instanceof TLSSocket)) return {};
  if (socket.getProtocol() === 'TLSv1.3') {
    return { 'tls-exporter': new Uint8Array(socket.exportKeyingMaterial(32, 'EXPORTER-Channel-Binding', Buffer.alloc(0))) };
  }
  const finished = isServer ? socket.getPeerFinished() : socket.getFinished();
  // Autobahn|Python (and so WAMP-cryptosign peers) use SHA-256 of the Finished message: 32 bytes.
  return finished ? { 'tls-unique': new Uint8Array(createHash('sha256').update(finished).digest()) } : {};
}

/** Transport details of a `ws` connection. */
export function nodeDetails(ws: WebSocket, socket: Socket, isServer: boolean, serializerId: string, request?: IncomingMessage): TransportDetails {
  const secure = socket instanceof TLSSocket;
  const headers = request ? Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')])) : undefined;
  return {
    channelType: secure ? 'tls' : 'tcp',
    channelFraming: 'websocket',
    channelSerializer: serializerId,
    own: address(socket.localFamily, socket.localAddress, socket.localPort),
    peer: address(socket.remoteFamily, socket.remoteAddress, socket.remotePort),
    isServer,
    isSecure: secure,
    channelId: channelIds(socket, isServer),
    websocketProtocol: ws.protocol,
    websocketExtensionsInUse: Object.keys(ws.extensions ? (typeof ws.extensions === 'string' ? { [ws.extensions]: 1 } : ws.extensions) : {}).filter(Boolean),
    httpHeadersReceived: isServer ? headers : undefined,
  };
}
