// Joins a realm with wampy (npm `wampy` 8; runs on Node 20 with `ws` as its WebSocket).
import { Wampy } from 'wampy';
import { CborSerializer } from 'wampy/CborSerializer.js';
import { JsonSerializer } from 'wampy/JsonSerializer.js';
import { MsgpackSerializer } from 'wampy/MsgpackSerializer.js';
import WebSocket from 'ws';
import { within } from './line-protocol.mjs';

const SERIALIZERS = { json: JsonSerializer, msgpack: MsgpackSerializer, cbor: CborSerializer };

/** Resolves with the joined wampy instance and `leave()` (GOODBYE, waiting for the answer). */
export async function join(url, realm, serializerName) {
  const Serializer = SERIALIZERS[serializerName];
  if (Serializer === undefined) throw new Error(`unknown serializer ${serializerName}`);
  const wampy = new Wampy(url, { realm, ws: WebSocket, serializer: new Serializer(), autoReconnect: false });
  await within(5000, wampy.connect(), 'join');
  return { wampy, leave: () => within(5000, wampy.disconnect(), 'leave') };
}
