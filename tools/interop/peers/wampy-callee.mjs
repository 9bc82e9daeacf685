// wampy as callee and subscriber: registers add2, echo and fail (an error with a custom URI, args
// and kwargs), subscribes TOPIC and prints every event; leaves on "done".
// Usage: node wampy-callee.mjs URL REALM SERIALIZER(json|msgpack|cbor)
import { emit, expectLine, run } from './line-protocol.mjs';
import { ADD2, CUSTOM_ERROR, ECHO, FAIL, TOPIC } from './scenario.mjs';
import { join } from './wampy-join.mjs';

const [url, realm, serializer] = process.argv.slice(2);

run(async () => {
  const { wampy, leave } = await join(url, realm, serializer);
  await wampy.register(ADD2, ({ argsList }) => ({ argsList: [argsList[0] + argsList[1]] }));
  await wampy.register(ECHO, ({ argsList, argsDict }) => ({ argsList, argsDict }));
  await wampy.register(FAIL, ({ argsList }) => {
    // wampy sends what a callee throws as ERROR: { error, argsList, argsDict }.
    throw { error: CUSTOM_ERROR, argsList: ['custom failure', ...argsList], argsDict: { code: 42, library: 'wampy' } };
  });
  await wampy.subscribe(TOPIC, ({ argsList, argsDict }) => emit({ event: { args: argsList ?? [], kwargs: argsDict ?? {} } }));
  emit({ ready: true, library: 'wampy', role: 'callee', serializer, transport: 'websocket' });
  await expectLine('done');
  await leave();
});
