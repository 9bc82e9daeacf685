/**
 * Autobahn|Python (Debian python3-autobahn 22.7.1) and @wamp/session using Advanced Profile
 * features with each other through our router: caller and publisher identification (Autobahn
 * receives them), progressive results both ways (including `callProgressive` on an Autobahn
 * callee), canceling both ways, pattern-based registration both ways.
 */
import { join } from 'node:path';
import type { CallDetails } from '@wamp/interfaces';
import { Router } from '@wamp/router';
import { JsonSerializer } from '@wamp/serializers/json';
import { webSocket } from '@wamp/transport-ws';
import { autobahnPythonAvailable, spawnPythonPeer } from '@wamp/test-support';
import { listenWebSocket } from '@wamp/transport-ws/server';
import { connect } from '../src/index.js';

const available = autobahnPythonAvailable();

(available ? describe : describe.skip)('Autobahn|Python and @wamp/session with Advanced Profile features', () => {
  let router: Router;
  const ts: Record<string, unknown> = {};
  let python: { ready: any; results: any; seen: any };

  beforeAll(async () => {
    router = new Router({ realms: [{ name: 'realm1' }], log: () => {} });
    const { address } = await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: [new JsonSerializer()] });
    const peer = spawnPythonPeer(join(__dirname, 'py', 'autobahn_advanced_peer.py'), [address.url, '127.0.0.1', String(address.port)]);
    const next = (): Promise<any> => peer.next();
    const session = await connect({ transport: webSocket(address.url, { serializers: [new JsonSerializer()] }), realm: 'realm1', onUserError: () => {} });
    try {
      const ready = await next();
      ts['id'] = session.id;
      await session.register('com.example.ts.count', async (args, _k, details) => {
        for (let i = 1; i < (args[0] as number); i++) details.progress?.([i]);
        return 'counted';
      });
      let interrupted!: (reason: unknown) => void;
      ts['interrupt'] = new Promise((resolve) => (interrupted = resolve));
      await session.register('com.example.ts.stuck', (_a, _k, details: CallDetails) =>
        new Promise((_r, reject) => details.signal.addEventListener('abort', () => (interrupted(details.signal.reason), reject(details.signal.reason)))),
      );
      await session.register('com.example..add', (args, _k, d) => [d.procedure, (args[0] as number) + (args[1] as number)], { match: 'wildcard' });
      await session.register('com.example.ts.whoami', (_a, _k, d) => [d.caller ?? null]);
      // Our calls to Autobahn's procedures.
      ts['whoami'] = await session.call('com.example.py.whoami', [], {}, { discloseMe: true });
      ts['anonymous'] = await session.call('com.example.py.whoami');
      ts['prefix'] = await session.call('com.example.py.square', [7]);
      const progress: unknown[] = [];
      ts['progressive'] = [await session.call('com.example.py.countdown', [3], {}, { onProgress: (a) => void progress.push(a[0]) }), progress];
      const iterated: unknown[] = [];
      for await (const value of session.callProgressive('com.example.py.countdown', [2])) iterated.push(value);
      ts['iterated'] = iterated;
      const controller = new AbortController();
      const forever = session.call('com.example.py.forever', [], {}, { signal: controller.signal });
      setTimeout(() => controller.abort(new Error('stop')), 200);
      ts['cancel'] = await forever.then(() => 'completed?!', (e: Error) => e.message);
      await session.publish('com.example.ts.said', ['hello'], {}, { discloseMe: true, acknowledge: true });
      await session.publish('com.example.ts.said', ['anonymous'], {}, { acknowledge: true });
      peer.send('go');
      const results = await next();
      ts['interruptReason'] = await Promise.race([ts['interrupt'] as Promise<unknown>, new Promise((r) => setTimeout(() => r('no interrupt'), 3000).unref())]);
      peer.send('done');
      python = { ready: ready.ready, results: results.results, seen: (await next()).seen };
    } finally {
      await session.leave().catch(() => undefined);
      peer.child.kill();
    }
  }, 60_000);

  afterAll(() => router.close({ timeout: 500 }));

  it('Autobahn’s callee learns the caller when our session discloses itself, and only then', () => {
    expect(ts['whoami']).toEqual([ts['id'], expect.any(String), 'anonymous']);
    expect(ts['anonymous']).toEqual([null, null, null]);
  });

  it('Autobahn’s subscriber learns the publisher when our session discloses itself', () => {
    expect(python.seen.said).toEqual([
      ['hello', ts['id'], 'anonymous'],
      ['anonymous', null, null],
    ]);
  });

  it('progressive results both ways, and callProgressive on an Autobahn callee', () => {
    expect(ts['progressive']).toEqual(['liftoff', [3, 2, 1]]);
    expect(ts['iterated']).toEqual([2, 1, 'liftoff']);
    expect(python.results.progressive).toEqual(['counted', [1, 2]]);
  });

  it('canceling both ways: Autobahn’s coroutine is cancelled, our endpoint’s signal aborts', () => {
    expect(ts['cancel']).toBe('stop');
    expect(python.seen.interrupted).toBe(true);
    expect(python.results.cancel).toBe('cancelled');
    expect(ts['interruptReason']).toMatchObject({ uri: 'wamp.error.canceled' });
  });

  it('pattern-based registration both ways', () => {
    expect(ts['prefix']).toEqual(['com.example.py.square', 7]);
    expect(python.results.wildcard).toEqual(['com.example.anything.add', 5]);
  });
});
