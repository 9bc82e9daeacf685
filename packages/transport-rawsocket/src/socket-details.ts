/**
 * Transport details of a RawSocket connection.
 *
 * @module
 */
import type { Socket } from 'node:net';
import { createHash } from 'node:crypto';
import { TLSSocket } from 'node:tls';
import type { ChannelIdType, TransportDetails } from '@wamp/interfaces';

function tcpAddress(family: string | undefined, host: string | undefined, port: number | undefined): string | undefined {
  return host === undefined ? undefined : `${family === 'IPv6' ? 'tcp6' : 'tcp4'}:${host}:${port}`;
}

// RFC 5929 tls-unique (the first Finished message; the client's in a full handshake) for TLS ≤ 1.2,
// RFC 9266 tls-exporter for TLS 1.3: the channel ids of WAMP-cryptosign channel binding.
function channelIds(socket: TLSSocket, isServer: boolean): Partial<Record<ChannelIdType, Uint8Array>> {
  if (socket.getProtocol() === 'TLSv1.3') {
    return { 'tls-exporter': new Uint8Array(socket.exportKeyingMaterial(32, 'EXPORTER-Channel-Binding', Buffer.alloc(0))) };
  }
  const finished = isServer ? socket.getPeerFinished() : socket.getFinished();
  // Autobahn|Python (and so WAMP-cryptosign peers) use SHA-256 of the Finished message: 32 bytes.
  return finished ? { 'tls-unique': new Uint8Array(createHash('sha256').update(finished).digest()) } : {};
}

/** Details of a connected RawSocket (`unixPath` for Unix sockets). */
export function socketDetails(socket: Socket, isServer: boolean, serializerId: string, unixPath?: string): TransportDetails {
  const secure = socket instanceof TLSSocket;
  const unix = unixPath !== undefined;
  return {
    channelType: unix ? 'unix' : secure ? 'tls' : 'tcp',
    channelFraming: 'rawsocket',
    channelSerializer: serializerId,
    own: unix ? `unix:${unixPath}` : tcpAddress(socket.localFamily, socket.localAddress, socket.localPort),
    peer: unix ? `unix:${unixPath}` : tcpAddress(socket.remoteFamily, socket.remoteAddress, socket.remotePort),
    isServer,
    isSecure: secure,
    channelId: secure ? channelIds(socket, isServer) : {},
    peerCert: undefined,
  };
}
