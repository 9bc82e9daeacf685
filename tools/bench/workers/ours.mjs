// @wamp/session in the session benchmark: JSON, MsgPack or CBOR, over WebSocket or RawSocket.
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { connect } from '@wamp/session';
import { rawSocket } from '@wamp/transport-rawsocket';
import { webSocket } from '@wamp/transport-ws';
import { done, payload, runMemory, runPubSub, runRpc, spec } from './common.mjs';

const serializer = () => ({ json: () => new JsonSerializer(), msgpack: () => new MsgPackSerializer(), cbor: () => new CborSerializer() })[spec.serializer ?? 'json']();
const transport = () => (spec.url.startsWith('rs://') ? rawSocket(spec.url, { serializers: [serializer()] }) : webSocket(spec.url, { serializers: [serializer()] }));
const open = () => connect({ transport: transport(), realm: spec.realm });

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
