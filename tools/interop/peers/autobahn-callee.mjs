// Autobahn|JS as callee and subscriber: registers add2, echo and fail (an error with a custom URI,
// args and kwargs), subscribes TOPIC and prints every event; leaves on "done".
// Usage: node autobahn-callee.mjs URL REALM SERIALIZER(json|msgpack|cbor)
import { join } from './autobahn-join.mjs';
import { emit, expectLine, run } from './line-protocol.mjs';
import { ADD2, CUSTOM_ERROR, ECHO, FAIL, TOPIC } from './scenario.mjs';

const [url, realm, serializer] = process.argv.slice(2);

run(async () => {
  const { autobahn, session, transport, leave } = await join(url, realm, serializer);
  await session.register(ADD2, (args) => args[0] + args[1]);
  await session.register(ECHO, (args, kwargs) => new autobahn.Result(args, kwargs));
  await session.register(FAIL, (args) => {
    throw new autobahn.Error(CUSTOM_ERROR, ['custom failure', ...args], { code: 42, library: 'autobahn' });
  });
  await session.subscribe(TOPIC, (args, kwargs) => emit({ event: { args, kwargs } }));
  emit({ ready: true, library: 'autobahn', role: 'callee', serializer, transport });
  await expectLine('done');
  await leave();
});
