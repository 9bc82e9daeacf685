// Autobahn|JS (npm `autobahn`, needs Node 22+) as the peer of a @wamp/session client.
// Usage: node autobahn-peer.mjs URL REALM SERIALIZER(json|msgpack|cbor)
import autobahn from 'autobahn';
import { emit, expectLine, run, within } from './line-protocol.mjs';

const [url, realm, serializerName] = process.argv.slice(2);
const SERIALIZERS = { json: autobahn.serializer.JSONSerializer, msgpack: autobahn.serializer.MsgpackSerializer, cbor: autobahn.serializer.CBORSerializer };

run(async () => {
  const connection = new autobahn.Connection({ url, realm, serializers: [new SERIALIZERS[serializerName]()], max_retries: 0 });
  const session = await within(5000, new Promise((resolve, reject) => {
    connection.onopen = resolve;
    connection.onclose = (reason, details) => reject(new Error(`closed before join: ${reason} ${JSON.stringify(details)}`));
    connection.open();
  }), 'join');
  let gotNews;
  const news = new Promise((resolve) => (gotNews = resolve));
  await session.register('com.example.peer.add2', (args) => args[0] + args[1]);
  await session.register('com.example.peer.fail', () => {
    throw new autobahn.Error('com.example.error.peer_failed', ['peer says no'], { code: 7 });
  });
  await session.subscribe('com.example.ts.news', (args, kwargs) => gotNews({ args, kwargs }));
  emit({ ready: true, session: session.id, serializer: serializerName });

  await expectLine('go');
  const results = { mul2: await session.call('com.example.ts.mul2', [6, 7]) };
  try {
    await session.call('com.example.ts.fail', ['x']);
  } catch (e) {
    results.fail = { error: e.error, args: e.args, kwargs: e.kwargs };
  }
  const echo = await session.call('com.example.ts.echo', ['hello', 2.5, null], { text: 'ü→✓' });
  results.echo = { args: echo.args, kwargs: echo.kwargs };
  const publication = await session.publish('com.example.peer.news', ['from autobahn'], { n: 2 }, { acknowledge: true });
  results.published = typeof publication.id === 'number';
  emit({ results });

  await expectLine('done');
  emit({ event: await within(5000, news, 'event com.example.ts.news') });
  connection.close();
});
