// Joins a realm with Autobahn|JS (npm `autobahn` 26, Node 22+: it uses the platform WebSocket)
// over WebSocket (ws://…) or RawSocket (rs://host:port).
import autobahn from 'autobahn';
import { within } from './line-protocol.mjs';

const SERIALIZERS = { json: autobahn.serializer.JSONSerializer, msgpack: autobahn.serializer.MsgpackSerializer, cbor: autobahn.serializer.CBORSerializer };

/** Resolves with the joined session and `leave()`, which closes the connection and waits for it. */
export async function join(url, realm, serializerName) {
  const Serializer = SERIALIZERS[serializerName];
  if (Serializer === undefined) throw new Error(`unknown serializer ${serializerName}`);
  // rs://host:port: Autobahn|JS's RawSocket transport (Node only, JSON only).
  const rawSocket = /^rs:\/\/([^:/]+):(\d+)$/.exec(url);
  if (rawSocket && serializerName !== 'json') throw new Error('Autobahn|JS speaks only JSON over RawSocket');
  const transport = rawSocket ? { transports: [{ type: 'rawsocket', host: rawSocket[1], port: Number(rawSocket[2]) }] } : { url, serializers: [new Serializer()] };
  const connection = new autobahn.Connection({ ...transport, realm, max_retries: 0 });
  let closed;
  const whenClosed = new Promise((resolve) => (closed = resolve));
  const session = await within(5000, new Promise((resolve, reject) => {
    connection.onopen = resolve;
    connection.onclose = (reason, details) => {
      closed(reason);
      reject(new Error(`closed before join: ${reason} ${JSON.stringify(details)}`));
    };
    connection.open();
  }), 'join');
  return {
    autobahn,
    session,
    /** 'websocket' or 'rawsocket', as Autobahn|JS reports the transport it joined over. */
    transport: connection._transport?.info?.type,
    leave: async () => {
      connection.close();
      await within(5000, whenClosed, 'close');
    },
  };
}
