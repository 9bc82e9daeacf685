/**
 * TLS channel ids for channel binding (WAMP-cryptosign, SCRAM) of a RawSocket over TLS.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import type { ChannelIdType } from '@wamp/interfaces';

/**
 * The channel ids of a TLS socket whose handshake is done, 32 octets each, equal on both ends:
 * `tls-unique`, and under TLS 1.3 also `tls-exporter` (RFC 9266: the exporter
 * `EXPORTER-Channel-Binding`, empty context, 32 octets). An empty record when TLS has no Finished
 * message yet.
 */
export function tlsChannelId(socket: TLSSocket, isServer: boolean): Partial<Record<ChannelIdType, Uint8Array>> {
  // Under TLS 1.3 both: tls-exporter (RFC 9266), and tls-unique as Autobahn|Python and
  // Crossbar.io compute it there too (RFC 5929 defines it for TLS <= 1.2 only, but those peers
  // bind cryptosign to it under 1.3 as well; checked against Autobahn in the interop tests).
  const ids: Partial<Record<ChannelIdType, Uint8Array>> = {};
  if (socket.getProtocol() === 'TLSv1.3') {
    ids['tls-exporter'] = new Uint8Array(socket.exportKeyingMaterial(32, 'EXPORTER-Channel-Binding', Buffer.alloc(0)));
  }
  // RFC 5929 §3.1: tls-unique is the first Finished message of the latest handshake: the client's
  // in a full handshake, the server's in an abbreviated (resumed) one. Autobahn|Python
  // (autobahn/asyncio/util.py, transport_channel_id) hashes it with SHA-256 into the 32 octets
  // WAMP-cryptosign XORs with the challenge; so do we, so that both compute the same id.
  const clientFinishedFirst = !socket.isSessionReused();
  const finished = isServer === clientFinishedFirst ? socket.getPeerFinished() : socket.getFinished();
  if (finished !== undefined) ids['tls-unique'] = new Uint8Array(createHash('sha256').update(finished).digest());
  return ids;
}
