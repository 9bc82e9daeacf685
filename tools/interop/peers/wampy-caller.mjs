// wampy as caller and publisher: calls add2, echo, fail and a procedure nobody registered,
// publishes TOPIC (wampy always asks for acknowledgement), prints {"results": ...} and leaves.
// Usage: node wampy-caller.mjs URL REALM SERIALIZER(json|msgpack|cbor)
import { emit, run, within } from './line-protocol.mjs';
import { ADD2, ECHO, FAIL, NOBODY, TOPIC, echoPayload, eventPayload } from './scenario.mjs';
import { join } from './wampy-join.mjs';

const [url, realm, serializer] = process.argv.slice(2);

/** The call's error as {error, args, kwargs}, or {unexpected: result} when it succeeded. */
const failure = (promise) => promise.then((result) => ({ unexpected: result }), (e) => ({ error: e.errorUri, args: e.argsList ?? [], kwargs: e.argsDict ?? {} }));

run(async () => {
  const { wampy, leave } = await join(url, realm, serializer);
  emit({ ready: true, library: 'wampy', role: 'caller', serializer, transport: 'websocket' });
  const results = {};
  results.add2 = (await within(5000, wampy.call(ADD2, [20, 22]), 'add2')).argsList[0];
  const payload = echoPayload(serializer);
  const echo = await within(5000, wampy.call(ECHO, { argsList: payload.args, argsDict: payload.kwargs }), 'echo');
  results.echo = { args: echo.argsList, kwargs: echo.argsDict };
  results.fail = await within(5000, failure(wampy.call(FAIL, { argsList: ['x'], argsDict: { why: 'test' } })), 'fail');
  results.nobody = await within(5000, failure(wampy.call(NOBODY, [])), 'nobody');
  const event = eventPayload('wampy');
  await within(5000, wampy.publish(TOPIC, { argsList: event.args, argsDict: event.kwargs }), 'publish');
  results.published = true;
  emit({ results });
  await leave();
});
