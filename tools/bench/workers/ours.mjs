// @wamp/session (JSON over WebSocket) in the session benchmark.
import { JsonSerializer } from '@wamp/serializers/json';
import { connect } from '@wamp/session';
import { webSocket } from '@wamp/transport-ws';
import { done, payload, runPubSub, runRpc, spec } from './common.mjs';

const open = () => connect({ transport: webSocket(spec.url, { serializers: [new JsonSerializer()] }), realm: spec.realm });

if (spec.scenario === 'rpc') {
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
