// wampy (npm `wampy`) as the peer of a @wamp/session client.
// Usage: node wampy-peer.mjs URL REALM SERIALIZER(json|msgpack|cbor)
import { Wampy } from 'wampy';
import { CborSerializer } from 'wampy/CborSerializer.js';
import { JsonSerializer } from 'wampy/JsonSerializer.js';
import { MsgpackSerializer } from 'wampy/MsgpackSerializer.js';
import WebSocket from 'ws';
import { emit, expectLine, run, within } from './line-protocol.mjs';

const [url, realm, serializerName] = process.argv.slice(2);
const SERIALIZERS = { json: JsonSerializer, msgpack: MsgpackSerializer, cbor: CborSerializer };

run(async () => {
  const wampy = new Wampy(url, { realm, ws: WebSocket, serializer: new SERIALIZERS[serializerName](), autoReconnect: false });
  await within(5000, wampy.connect(), 'join');
  let gotNews;
  const news = new Promise((resolve) => (gotNews = resolve));
  await wampy.register('com.example.peer.add2', ({ argsList }) => ({ argsList: [argsList[0] + argsList[1]] }));
  await wampy.register('com.example.peer.fail', () => {
    // wampy sends what a callee throws as ERROR: { error, argsList, argsDict }.
    throw { error: 'com.example.error.peer_failed', argsList: ['peer says no'], argsDict: { code: 7 } };
  });
  await wampy.subscribe('com.example.ts.news', ({ argsList, argsDict }) => gotNews({ args: argsList ?? [], kwargs: argsDict ?? {} }));
  emit({ ready: true, session: wampy.getSessionId(), serializer: serializerName });

  await expectLine('go');
  const mul2 = await wampy.call('com.example.ts.mul2', [6, 7]);
  const results = { mul2: mul2.argsList[0] };
  try {
    await wampy.call('com.example.ts.fail', ['x']);
  } catch (e) {
    results.fail = { error: e.errorUri, args: e.argsList ?? [], kwargs: e.argsDict ?? {} };
  }
  const echo = await wampy.call('com.example.ts.echo', { argsList: ['hello', 2.5, null], argsDict: { text: 'ü→✓' } });
  results.echo = { args: echo.argsList, kwargs: echo.argsDict };
  await wampy.publish('com.example.peer.news', { argsList: ['from wampy'], argsDict: { n: 2 } }, { acknowledge: true });
  results.published = true;
  emit({ results });

  await expectLine('done');
  emit({ event: await within(5000, news, 'event com.example.ts.news') });
  await wampy.disconnect();
});
