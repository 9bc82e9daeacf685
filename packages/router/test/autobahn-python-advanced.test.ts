/**
 * Autobahn|Python clients using Advanced Profile features through our router: progressive call
 * results, call canceling, call timeouts, pattern-based registration and subscription, shared registration,
 * subscriber exclusion and eligibility, event retention.
 */
import { join } from 'node:path';
import { JsonSerializer } from '@wamp/serializers/json';
import { listenWebSocket } from '@wamp/transport-ws/server';
import { Router } from '../src/index.js';
import { autobahnPythonAvailable, runPythonJson } from '@wamp/test-support';

const available = autobahnPythonAvailable();

(available ? describe : describe.skip)('Autobahn|Python with Advanced Profile features through @wamp/router', () => {
  let router: Router;
  let result: Record<string, any>;

  beforeAll(async () => {
    router = new Router({ realms: [{ name: 'realm1' }], log: () => {} });
    const { address } = await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: [new JsonSerializer()] });
    result = await runPythonJson<Record<string, any>>(join(__dirname, 'py', 'autobahn_advanced.py'), [address.url, '127.0.0.1', String(address.port)]);
  }, 60_000);

  afterAll(() => router.close({ timeout: 200 }));

  it('gets progressive results, then the final one', () => {
    expect(result['progressive']).toEqual({ progress: [3, 2, 1], result: 'liftoff' });
  });

  it('cancels a call: the callee coroutine is interrupted and the caller’s future ends', () => {
    expect(result['cancel']).toEqual({ caller: 'cancelled', callee_interrupted: true });
  });

  it('times a call out in the router: wamp.error.timeout to Autobahn’s caller, its callee coroutine interrupted', () => {
    expect(result['timeout']).toEqual({ caller: 'wamp.error.timeout', callee_interrupted: true });
  });

  it('routes a prefix registration with the concrete procedure, and a wildcard subscription with the concrete topic', () => {
    expect(result['prefix']).toEqual(['com.example.math.square', 3]);
    expect(result['wildcard']).toEqual(['com.kitchen.alarm']);
  });

  it('shares a registration round robin', () => {
    expect(result['roundrobin']).toEqual(['a', 'b', 'a', 'b']);
  });

  it('keeps the last retained event for a subscriber that asks for it, marked retained', () => {
    expect(result['retained']).toEqual([[21, true]]);
  });

  it('honours exclude and eligible', () => {
    expect(result['blackwhite']).toEqual(['s1:1', 's3:1', 's3:2']);
  });
});
