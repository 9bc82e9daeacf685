/**
 * Autobahn|JS and wampy, peers no one here wrote, with each other through @wamp/router over
 * WebSocket: RPC with args and kwargs (bytes too under MsgPack and CBOR), an error with a custom
 * URI, args and kwargs, an unknown procedure, and an event reaching two subscribers of different
 * libraries — with every serializer, with the three roles on three different serializers, and
 * with Autobahn|JS over RawSocket (JSON, its only RawSocket serializer).
 */
import { REALM, startOurRouter } from './support/routers.js';
import type { RunningRouter } from './support/routers.js';
import { expectThirdParty, runThirdParty } from './support/third-party.js';
import type { Cast, Library, SerializerName } from './support/third-party.js';

const cast = (callee: Library, caller: Library, serializers: [SerializerName, SerializerName, SerializerName]): Cast => ({
  callee: { library: callee, serializer: serializers[0] },
  caller: { library: caller, serializer: serializers[1] },
  subscriber: { library: caller, serializer: serializers[2] },
});

const CASES: [string, Cast][] = [];
for (const s of ['json', 'msgpack', 'cbor'] as const) {
  CASES.push([`Autobahn|JS callee, wampy caller, ${s}`, cast('autobahn', 'wampy', [s, s, s])]);
  CASES.push([`wampy callee, Autobahn|JS caller, ${s}`, cast('wampy', 'autobahn', [s, s, s])]);
}
CASES.push(['Autobahn|JS callee on MsgPack, wampy caller on CBOR, wampy subscriber on JSON', cast('autobahn', 'wampy', ['msgpack', 'cbor', 'json'])]);
CASES.push(['wampy callee on CBOR, Autobahn|JS caller on MsgPack, Autobahn|JS subscriber on JSON', cast('wampy', 'autobahn', ['cbor', 'msgpack', 'json'])]);

describe('Autobahn|JS and wampy with each other through @wamp/router', () => {
  let router: RunningRouter;

  beforeAll(async () => {
    router = await startOurRouter();
  });

  afterAll(async () => {
    await router.stop();
  });

  it.each(CASES)('%s', async (_name, c) => {
    expectThirdParty(await runThirdParty(router.url, REALM, c), c);
  }, 20_000);

  // Autobahn|JS has a RawSocket transport on Node (JSON only); wampy has none.
  it('Autobahn|JS callee over RawSocket, wampy caller over WebSocket (CBOR), wampy subscriber over WebSocket (MsgPack)', async () => {
    const c: Cast = { callee: { library: 'autobahn', serializer: 'json', url: router.rawSocketUrl! }, caller: { library: 'wampy', serializer: 'cbor' }, subscriber: { library: 'wampy', serializer: 'msgpack' } };
    expectThirdParty(await runThirdParty(router.url, REALM, c), c);
  }, 20_000);

  it('wampy callee over WebSocket (MsgPack), Autobahn|JS caller and subscriber over RawSocket', async () => {
    const rs = router.rawSocketUrl!;
    const c: Cast = { callee: { library: 'wampy', serializer: 'msgpack' }, caller: { library: 'autobahn', serializer: 'json', url: rs }, subscriber: { library: 'autobahn', serializer: 'json', url: rs } };
    expectThirdParty(await runThirdParty(router.url, REALM, c), c);
  }, 20_000);
});
