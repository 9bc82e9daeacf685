/**
 * Component over real sockets: our router restarted on the same port, a router that is not up
 * yet, a dead first transport; registrations and subscriptions come back, nothing leaks.
 */
import type { ISerializer } from '@wamp/interfaces';
import { Router } from '@wamp/router';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { listenRawSocket, rawSocket } from '@wamp/transport-rawsocket';
import { webSocket } from '@wamp/transport-ws';
import { listenWebSocket } from '@wamp/transport-ws/server';
import type { ComponentStatus } from '../src/index.js';
import { Component, connect } from '../src/index.js';

const serializers = (): ISerializer[] => [new JsonSerializer(), new CborSerializer()];

async function freePort(): Promise<number> {
  const router = new Router({ realms: [{ name: 'realm1' }], log: () => {} });
  const port = (await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: serializers() })).address.port!;
  await router.close({ timeout: 0 });
  return port;
}

async function startRouter(port: number, rsPort?: number): Promise<Router> {
  const router = new Router({ realms: [{ name: 'realm1' }], log: () => {} });
  await router.listen(listenWebSocket, { host: '127.0.0.1', port, path: '/ws', serializers: serializers() });
  if (rsPort !== undefined) await router.listen(listenRawSocket, { host: '127.0.0.1', port: rsPort, serializers: serializers() });
  return router;
}

/** Resolves on the `n`th status of `kind`. */
function nth(statuses: ComponentStatus[], kind: ComponentStatus['kind'], n: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 10_000;
    const poll = (): void => {
      if (statuses.filter((s) => s.kind === kind).length >= n) return resolve();
      if (Date.now() > deadline) return reject(new Error(`no ${kind} #${n}: ${JSON.stringify(statuses)}`));
      setTimeout(poll, 10);
    };
    poll();
  });
}

function resources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of process.getActiveResourcesInfo()) counts[r] = (counts[r] ?? 0) + 1;
  return counts;
}

describe('Component against @wamp/router over real sockets', () => {
  it('restores two registrations and three subscriptions after the router restarts on the same port', async () => {
    const port = await freePort();
    const url = `ws://127.0.0.1:${port}/ws`;
    let router = await startRouter(port);
    const statuses: ComponentStatus[] = [];
    const errors: unknown[] = [];
    const events: string[] = [];
    const joins: number[] = [];
    const component = new Component({
      realm: 'realm1',
      transports: [{ connector: webSocket(url, { serializers: [new JsonSerializer()] }), initialRetryDelay: 20, retryDelayGrowth: 1.5, maxRetryDelay: 200 }],
      onStatus: (s) => void statuses.push(s),
      onUserError: (e) => void errors.push(e),
      onJoin: (session) => void joins.push(session.id!),
    });
    await component.register('com.example.add2', (args) => (args[0] as number) + (args[1] as number));
    await component.register('com.example.upper', (args) => String(args[0]).toUpperCase());
    await component.subscribe('com.example.a', (args) => void events.push(`a1:${String(args[0])}`));
    await component.subscribe('com.example.a', (args) => void events.push(`a2:${String(args[0])}`));
    await component.subscribe('com.example.b', (args) => void events.push(`b:${String(args[0])}`));
    await component.start();

    const check = async (round: string): Promise<void> => {
      const client = await connect({ transport: webSocket(url, { serializers: [new CborSerializer()] }), realm: 'realm1' });
      expect(await client.call('com.example.add2', [2, 3])).toBe(5);
      expect(await client.call('com.example.upper', [round])).toBe(round.toUpperCase());
      events.length = 0;
      await client.publish('com.example.a', [round], {}, { acknowledge: true });
      await client.publish('com.example.b', [round], {}, { acknowledge: true });
      const deadline = Date.now() + 5000;
      while (events.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      expect(events.sort()).toEqual([`a1:${round}`, `a2:${round}`, `b:${round}`]);
      await client.leave();
    };
    await check('before');

    await router.close({ timeout: 200 });
    await nth(statuses, 'disconnected', 1);
    router = await startRouter(port);
    await nth(statuses, 'joined', 2);
    await check('after');
    expect(errors).toEqual([]); // no duplicate registration, nothing failed to restore
    expect(joins).toHaveLength(2);
    expect(new Set(joins).size).toBe(2);

    // A call made while disconnected waits for the next session.
    await router.close({ timeout: 200 });
    await nth(statuses, 'disconnected', 2);
    const waiting = component.call('com.example.add2', [20, 22]);
    router = await startRouter(port);
    expect(await waiting).toBe(42);

    await component.stop();
    await router.close({ timeout: 200 });
  }, 30_000);

  it('does not restore a registration or subscription the router revoked', async () => {
    const port = await freePort();
    const url = `ws://127.0.0.1:${port}/ws`;
    const router = await startRouter(port);
    const statuses: ComponentStatus[] = [];
    const revoked: unknown[] = [];
    const component = new Component({
      realm: 'realm1',
      transports: [{ connector: webSocket(url, { serializers: [new JsonSerializer()] }), initialRetryDelay: 20, maxRetryDelay: 100 }],
      onStatus: (s) => void statuses.push(s),
    });
    const kept = await component.register('com.example.kept', () => 'kept');
    await component.register('com.example.revoked', () => 'revoked', { onRevoked: (r) => void revoked.push(['registration', r]) });
    await component.subscribe('com.example.topic', () => {}, { onRevoked: (r) => void revoked.push(['subscription', r]) });
    await component.start();
    await nth(statuses, 'joined', 1);
    const admin = await connect({ transport: webSocket(url, { serializers: [new JsonSerializer()] }), realm: 'realm1' });
    const componentId = component.session!.id!;
    const registration = (await admin.call('wamp.registration.lookup', ['com.example.revoked'])) as number;
    const subscription = (await admin.call('wamp.subscription.lookup', ['com.example.topic'])) as number;
    await admin.call('wamp.registration.remove_callee', [registration, componentId, 'admin says no']);
    await admin.call('wamp.subscription.remove_subscriber', [subscription, componentId]);
    const deadline = Date.now() + 2000;
    while (revoked.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(revoked).toEqual([
      ['registration', 'admin says no'],
      ['subscription', undefined],
    ]);
    // The component's session is killed; the next session restores only what was not revoked.
    await admin.call('wamp.session.kill', [componentId]);
    await nth(statuses, 'joined', 2);
    expect(await admin.call('com.example.kept')).toBe('kept');
    await expect(admin.call('com.example.revoked')).rejects.toMatchObject({ uri: 'wamp.error.no_such_procedure' });
    expect(await admin.call('wamp.subscription.lookup', ['com.example.topic'])).toBeNull();
    await kept.unregister();
    await admin.leave();
    await component.stop();
    await router.close({ timeout: 200 });
  }, 20_000);

  it('keeps trying while the router is not up yet, then joins', async () => {
    const port = await freePort();
    const statuses: ComponentStatus[] = [];
    const component = new Component({
      realm: 'realm1',
      transports: [{ connector: webSocket(`ws://127.0.0.1:${port}/ws`, { serializers: [new JsonSerializer()] }), initialRetryDelay: 20, retryDelayGrowth: 1 }],
      onStatus: (s) => void statuses.push(s),
    });
    const joined = component.start();
    await nth(statuses, 'disconnected', 3); // three refused connections
    const router = await startRouter(port);
    expect((await joined).realm).toBe('realm1');
    expect(statuses.filter((s) => s.kind === 'reconnecting').length).toBeGreaterThanOrEqual(2);
    await component.stop();
    await router.close({ timeout: 200 });
  }, 20_000);

  it('moves past a dead first transport to a working second one, and leaves nothing running after stop()', async () => {
    const before = resources();
    const [deadPort, rsPort, wsPort] = [await freePort(), await freePort(), await freePort()];
    const router = await startRouter(wsPort, rsPort);
    const component = new Component({
      realm: 'realm1',
      transports: [
        { connector: rawSocket(`rs://127.0.0.1:${deadPort}`, { serializers: [new CborSerializer()] }), maxRetries: 0 },
        { connector: rawSocket(`rs://127.0.0.1:${rsPort}`, { serializers: [new CborSerializer()] }) },
      ],
    });
    await component.register('com.example.ping', () => 'pong');
    const details = await component.start();
    expect(details.transport?.channelFraming).toBe('rawsocket');
    expect(details.transport?.peer).toBe(`tcp4:127.0.0.1:${rsPort}`);
    expect(await component.call('com.example.ping')).toBe('pong');
    await component.stop();
    await router.close({ timeout: 200 });
    await new Promise((r) => setTimeout(r, 50));
    const after = resources();
    for (const kind of ['Timeout', 'TCPSocketWrap', 'TCPServerWrap']) expect(after[kind] ?? 0).toBeLessThanOrEqual(before[kind] ?? 0);
  }, 20_000);
});
