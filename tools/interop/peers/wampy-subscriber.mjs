// wampy as a plain subscriber: subscribes TOPIC and prints every event; leaves on "done".
// Usage: node wampy-subscriber.mjs URL REALM SERIALIZER(json|msgpack|cbor)
import { emit, expectLine, run } from './line-protocol.mjs';
import { TOPIC } from './scenario.mjs';
import { join } from './wampy-join.mjs';

const [url, realm, serializer] = process.argv.slice(2);

run(async () => {
  const { wampy, leave } = await join(url, realm, serializer);
  await wampy.subscribe(TOPIC, ({ argsList, argsDict }) => emit({ event: { args: argsList ?? [], kwargs: argsDict ?? {} } }));
  emit({ ready: true, library: 'wampy', role: 'subscriber', serializer, transport: 'websocket' });
  await expectLine('done');
  await leave();
});
