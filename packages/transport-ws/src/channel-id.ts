/**
 * TLS channel ids for channel binding (WAMP-cryptosign), Node only.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import type { ChannelIdType } from '@wamp/interfaces';

/**
 * The TLS channel ids of a connected socket, 32 bytes each, the same on both ends: `tls-unique`
 * (and under TLS 1.3 also `tls-exporter`, RFC 9266). An empty record before the handshake
 * finished.
 */
export function channelIds(socket: TLSSocket, isServer: boolean): Partial<Record<ChannelIdType, Uint8Array>> {
  // Under TLS 1.3 both: tls-exporter (RFC 9266), and tls-unique as Autobahn|Python and
  // Crossbar.io compute it there too (RFC 5929 defines it for TLS <= 1.2 only, but those peers
  // bind cryptosign to it under 1.3 as well; checked against Autobahn in the interop tests).
  const ids: Partial<Record<ChannelIdType, Uint8Array>> = {};
  if (socket.getProtocol() === 'TLSv1.3') {
    ids['tls-exporter'] = new Uint8Array(socket.exportKeyingMaterial(32, 'EXPORTER-Channel-Binding', Buffer.alloc(0)));
  }
  // RFC 5929 §3.1: the first Finished message of the latest handshake, which the client sends in
  // a full handshake and the server in a resumed one. Autobahn|Python
  // (autobahn.twisted.util.transport_channel_id) hashes it with SHA-256 to the 32 bytes that
  // WAMP-cryptosign XORs into the challenge; so do we, so that the two interoperate.
  const clientSentFirst = !socket.isSessionReused();
  const finished = isServer === clientSentFirst ? socket.getPeerFinished() : socket.getFinished();
  if (finished !== undefined) ids['tls-unique'] = new Uint8Array(createHash('sha256').update(finished).digest());
  return ids;
}
