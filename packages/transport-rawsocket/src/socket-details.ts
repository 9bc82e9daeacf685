/**
 * `TransportDetails` of a RawSocket connection.
 *
 * @module
 */
import type { Socket } from 'node:net';
import { TLSSocket } from 'node:tls';
import type { TransportDetails } from '@wamp/interfaces';
import { tlsChannelId } from './channel-id.js';

function tcpAddress(family: string | undefined, host: string | undefined, port: number | undefined): string | undefined {
  if (host === undefined) return undefined;
  return `${family === 'IPv6' ? 'tcp6' : 'tcp4'}:${host}:${port}`;
}

/**
 * The details of a connected RawSocket once its handshake is done: addresses (`tcp4:…`,
 * `tcp6:…`, or `unix:<path>` when `unixPath` is given), the negotiated serializer, and under TLS
 * the peer certificate and the channel id.
 */
export function socketDetails(socket: Socket, isServer: boolean, serializerId: string, unixPath: string | undefined): TransportDetails {
  const secure = socket instanceof TLSSocket;
  const unix = unixPath !== undefined;
  return {
    channelType: secure ? 'tls' : unix ? 'unix' : 'tcp',
    channelFraming: 'rawsocket',
    channelSerializer: serializerId,
    own: unix ? `unix:${unixPath}` : tcpAddress(socket.localFamily, socket.localAddress, socket.localPort),
    peer: unix ? `unix:${unixPath}` : tcpAddress(socket.remoteFamily, socket.remoteAddress, socket.remotePort),
    isServer,
    isSecure: secure,
    channelId: secure ? tlsChannelId(socket, isServer) : {},
    peerCert: secure ? socket.getPeerX509Certificate()?.toString() : undefined,
  };
}
