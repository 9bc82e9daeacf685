/**
 * Autobahn|JS (npm `autobahn`, on Node 22), a peer no one here wrote, with our session through
 * our router over WebSocket, with JSON, MsgPack and CBOR: it calls procedures our session
 * registers (results, an ApplicationError with URI, args and kwargs, CallResult echo) and
 * registers procedures our session calls; events go both ways.
 */
import { join } from 'node:path';
import { NODE22_BINARY } from '@wamp/test-support';
import { PeerProcess } from './support/peer-process.js';
import { REALM, startOurRouter } from './support/routers.js';
import type { RunningRouter } from './support/routers.js';
import { SERIALIZERS, expectInterop, runScenario } from './support/session-side.js';

describe('Autobahn|JS with @wamp/session through @wamp/router (WebSocket)', () => {
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
    const peer = new PeerProcess(NODE22_BINARY, join(__dirname, '..', 'peers', 'autobahn-peer.mjs'), [router.url, REALM, serializer]);
    running.push(peer);
    const outcome = await runScenario(peer, SERIALIZERS[serializer]!(router.url));
    expect(outcome.ready['serializer']).toBe(serializer);
    expectInterop(outcome, 'autobahn');
  }, 20_000);
});
