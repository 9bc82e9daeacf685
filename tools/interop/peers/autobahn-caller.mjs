// Autobahn|JS as caller and publisher: calls add2, echo, fail and a procedure nobody registered,
// publishes TOPIC (acknowledged), prints {"results": ...} and leaves.
// Usage: node autobahn-caller.mjs URL REALM SERIALIZER(json|msgpack|cbor)
import { join } from './autobahn-join.mjs';
import { emit, run, within } from './line-protocol.mjs';
import { ADD2, ECHO, FAIL, NOBODY, TOPIC, echoPayload, eventPayload } from './scenario.mjs';

const [url, realm, serializer] = process.argv.slice(2);

/** The call's error as {error, args, kwargs}, or {unexpected: result} when it succeeded. */
const failure = (promise) => promise.then((result) => ({ unexpected: result }), (e) => ({ error: e.error, args: e.args, kwargs: e.kwargs }));

run(async () => {
  const { session, transport, leave } = await join(url, realm, serializer);
  emit({ ready: true, library: 'autobahn', role: 'caller', serializer, transport });
  const results = {};
  results.add2 = await within(5000, session.call(ADD2, [20, 22]), 'add2');
  const payload = echoPayload(serializer);
  const echo = await within(5000, session.call(ECHO, payload.args, payload.kwargs), 'echo');
  results.echo = { args: echo.args, kwargs: echo.kwargs };
  results.fail = await within(5000, failure(session.call(FAIL, ['x'], { why: 'test' })), 'fail');
  results.nobody = await within(5000, failure(session.call(NOBODY, [])), 'nobody');
  const event = eventPayload('autobahn');
  const publication = await within(5000, session.publish(TOPIC, event.args, event.kwargs, { acknowledge: true }), 'publish');
  results.published = typeof publication.id === 'number';
  emit({ results });
  await leave();
});
