/**
 * wampy (npm `wampy`, on Node 20 with `ws`), a peer no one here wrote, with our session through
 * our router over WebSocket, with JSON, MsgPack and CBOR: it calls procedures our session
 * registers (results, an ApplicationError with URI, args and kwargs, CallResult echo) and
 * registers procedures our session calls; events go both ways.
 */
import { join } from 'node:path';
import { PeerProcess } from './support/peer-process.js';
import { REALM, startOurRouter } from './support/routers.js';
import type { RunningRouter } from './support/routers.js';
import { SERIALIZERS, expectInterop, runScenario } from './support/session-side.js';

describe('wampy with @wamp/session through @wamp/router (WebSocket)', () => {
  let router: RunningRouter;
  const running: PeerProcess[] = [];

  beforeAll(async () => {
    router = await startOurRouter();
  });

  afterAll(async () => {
    for (const peer of running) peer.stop();
    await router.stop();
  });

  it.each(Object.keys(SERIALIZERS))('over %s', async (serializer) => {
    const peer = new PeerProcess(process.execPath, join(__dirname, '..', 'peers', 'wampy-peer.mjs'), [router.url, REALM, serializer]);
    running.push(peer);
    const outcome = await runScenario(peer, SERIALIZERS[serializer]!(router.url));
    expect(outcome.ready['serializer']).toBe(serializer);
    expectInterop(outcome, 'wampy');
  }, 20_000);
});
