/**
 * `TransportDetails` of a `ws` connection (Node, both sides).
 *
 * @module
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import type { Socket } from 'node:net';
import { TLSSocket } from 'node:tls';
import type { TransportDetails } from '@wamp/interfaces';
import type WebSocket from 'ws';
import { channelIds } from './channel-id.js';

/** What is known about a connection besides the WebSocket itself. */
export interface NodeConnection {
  readonly socket: Socket;
  readonly isServer: boolean;
  readonly serializerId: string;
  /** Path of the Unix socket, for connections over one. */
  readonly unixPath?: string | undefined;
  readonly headersReceived?: IncomingHttpHeaders | undefined;
  readonly headersSent?: OutgoingHttpHeaders | undefined;
}

function tcpAddress(family: string | undefined, host: string | undefined, port: number | undefined): string | undefined {
  if (host === undefined) return undefined;
  return `${family === 'IPv6' ? 'tcp6' : 'tcp4'}:${host}:${port}`;
}

/** Header map with lower-case names and one string per header (repeats joined by ", "). */
export function headerRecord(headers: IncomingHttpHeaders | OutgoingHttpHeaders | undefined): Record<string, string> | undefined {
  if (headers === undefined) return undefined;
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

/** Extension names from a Sec-WebSocket-Extensions value (`permessage-deflate; …` → `permessage-deflate`). */
function extensionNames(extensions: string): string[] {
  return extensions
    .split(',')
    .map((e) => e.split(';')[0]!.trim())
    .filter(Boolean);
}

/** Transport details of an open `ws` connection. */
export function nodeDetails(ws: WebSocket, conn: NodeConnection): TransportDetails {
  const { socket, unixPath } = conn;
  const secure = socket instanceof TLSSocket;
  const unix = unixPath !== undefined;
  return {
    channelType: unix ? 'unix' : secure ? 'tls' : 'tcp',
    channelFraming: 'websocket',
    channelSerializer: conn.serializerId,
    own: unix ? `unix:${unixPath}` : tcpAddress(socket.localFamily, socket.localAddress, socket.localPort),
    peer: unix ? `unix:${unixPath}` : tcpAddress(socket.remoteFamily, socket.remoteAddress, socket.remotePort),
    isServer: conn.isServer,
    isSecure: secure,
    channelId: secure ? channelIds(socket, conn.isServer) : {},
    peerCert: secure ? socket.getPeerX509Certificate()?.toString() : undefined,
    websocketProtocol: ws.protocol,
    websocketExtensionsInUse: extensionNames(ws.extensions),
    httpHeadersReceived: headerRecord(conn.headersReceived),
    httpHeadersSent: headerRecord(conn.headersSent),
  };
}
