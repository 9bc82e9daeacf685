// wampy (JSON, MsgPack or CBOR over WebSocket, ws) in the session benchmark.
import { Wampy } from 'wampy';
import { CborSerializer } from 'wampy/CborSerializer.js';
import { JsonSerializer } from 'wampy/JsonSerializer.js';
import { MsgpackSerializer } from 'wampy/MsgpackSerializer.js';
import WebSocket from 'ws';
import { done, payload, runMemory, runPubSub, runRpc, spec } from './common.mjs';

const SERIALIZERS = { json: JsonSerializer, msgpack: MsgpackSerializer, cbor: CborSerializer };
const open = async () => {
  const w = new Wampy(spec.url, { realm: spec.realm, ws: WebSocket, autoReconnect: false, serializer: new SERIALIZERS[spec.serializer ?? 'json']() });
  await w.connect();
  return w;
};

if (spec.scenario === 'memory') {
  await runMemory(open);
} else if (spec.scenario === 'rpc') {
  const callee = await open();
  const caller = await open();
  await callee.register('bench.echo', ({ argsList }) => ({ argsList: [argsList[0]] }));
  done(await runRpc(() => caller.call('bench.echo', [payload])));
} else {
  const publisher = await open();
  let count = 0;
  for (let i = 0; i < spec.subscribers; i++) await (await open()).subscribe('bench.topic', () => void count++);
  done(await runPubSub(() => void publisher.publish('bench.topic', [payload]), () => count, spec.subscribers));
}
