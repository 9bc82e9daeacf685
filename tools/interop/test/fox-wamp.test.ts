/**
 * fox-wamp (npm), a router no one here wrote, launched as a child process and checked with
 * third-party clients only — Autobahn|JS and wampy, JSON over WebSocket (the only serializer
 * fox-wamp speaks) — so the launch and conventions our session's fox-wamp tests rely on are known
 * to be right. fox-wamp replaces a callee's error with `wamp.error.callee_failure` (the original
 * URI its only argument); everything else is routed as the spec says.
 */
import { REALM, startFoxWamp } from './support/routers.js';
import type { RunningRouter } from './support/routers.js';
import { expectThirdParty, runThirdParty } from './support/third-party.js';
import type { Cast, Library } from './support/third-party.js';

const cast = (callee: Library, caller: Library, subscriber: Library): Cast => ({
  callee: { library: callee, serializer: 'json' },
  caller: { library: caller, serializer: 'json' },
  subscriber: { library: subscriber, serializer: 'json' },
});

describe('third-party clients through the fox-wamp router', () => {
  let fox: RunningRouter;

  beforeAll(async () => {
    fox = await startFoxWamp();
  }, 15_000);

  afterAll(async () => {
    await fox?.stop();
  }, 10_000);

  it.each([
    ['Autobahn|JS callee and caller, Autobahn|JS subscriber', cast('autobahn', 'autobahn', 'autobahn')],
    ['Autobahn|JS callee, wampy caller and subscriber', cast('autobahn', 'wampy', 'wampy')],
    ['wampy callee, Autobahn|JS caller and subscriber', cast('wampy', 'autobahn', 'autobahn')],
  ])('%s', async (_name, c) => {
    expectThirdParty(await runThirdParty(fox.url, REALM, c), c, 'callee_failure');
  }, 20_000);
});
