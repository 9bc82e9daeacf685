// Autobahn|JS (JSON, MsgPack or CBOR over WebSocket; Node 22) in the session benchmark.
import autobahn from 'autobahn';
import { done, payload, runMemory, runPubSub, runRpc, spec } from './common.mjs';

const SERIALIZERS = { json: 'JSONSerializer', msgpack: 'MsgpackSerializer', cbor: 'CBORSerializer' };
const open = () =>
  new Promise((resolve, reject) => {
    const serializer = new autobahn.serializer[SERIALIZERS[spec.serializer ?? 'json']]();
    const c = new autobahn.Connection({ url: spec.url, realm: spec.realm, serializers: [serializer], max_retries: 0 });
    c.onopen = resolve;
    c.onclose = (reason) => reject(new Error(reason));
    c.open();
  });

if (spec.scenario === 'memory') {
  await runMemory(open);
} else if (spec.scenario === 'rpc') {
  const callee = await open();
  const caller = await open();
  await callee.register('bench.echo', (args) => args[0]);
  done(await runRpc(() => caller.call('bench.echo', [payload])));
} else {
  const publisher = await open();
  let count = 0;
  for (let i = 0; i < spec.subscribers; i++) await (await open()).subscribe('bench.topic', () => void count++);
  done(await runPubSub(() => void publisher.publish('bench.topic', [payload]), () => count, spec.subscribers));
}
