// Autobahn|JS as a plain subscriber: subscribes TOPIC and prints every event; leaves on "done".
// Usage: node autobahn-subscriber.mjs URL REALM SERIALIZER(json|msgpack|cbor)
import { join } from './autobahn-join.mjs';
import { emit, expectLine, run } from './line-protocol.mjs';
import { TOPIC } from './scenario.mjs';

const [url, realm, serializer] = process.argv.slice(2);

run(async () => {
  const { session, transport, leave } = await join(url, realm, serializer);
  await session.subscribe(TOPIC, (args, kwargs) => emit({ event: { args, kwargs } }));
  emit({ ready: true, library: 'autobahn', role: 'subscriber', serializer, transport });
  await expectLine('done');
  await leave();
});
