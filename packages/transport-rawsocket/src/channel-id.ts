/**
 * TLS channel ids for channel binding (WAMP-cryptosign, SCRAM) of a RawSocket over TLS.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import type { ChannelIdType } from '@wamp/interfaces';

/**
 * The channel id of a TLS socket whose handshake is done, 32 octets, equal on both ends:
 * `tls-exporter` (RFC 9266: the exporter `EXPORTER-Channel-Binding`, empty context, 32 octets)
 * under TLS 1.3, `tls-unique` under TLS 1.2 and older. An empty record when TLS has no Finished
 * message yet.
 */
export function tlsChannelId(socket: TLSSocket, isServer: boolean): Partial<Record<ChannelIdType, Uint8Array>> {
  if (socket.getProtocol() === 'TLSv1.3') {
    return { 'tls-exporter': new Uint8Array(socket.exportKeyingMaterial(32, 'EXPORTER-Channel-Binding', Buffer.alloc(0))) };
  }
  // RFC 5929 §3.1: tls-unique is the first Finished message of the latest handshake: the client's
  // in a full handshake, the server's in an abbreviated (resumed) one. Autobahn|Python
  // (autobahn/asyncio/util.py, transport_channel_id) hashes it with SHA-256 into the 32 octets
  // WAMP-cryptosign XORs with the challenge; so do we, so that both compute the same id.
  const clientFinishedFirst = !socket.isSessionReused();
  const finished = isServer === clientFinishedFirst ? socket.getPeerFinished() : socket.getFinished();
  if (finished === undefined) return {};
  return { 'tls-unique': new Uint8Array(createHash('sha256').update(finished).digest()) };
}
