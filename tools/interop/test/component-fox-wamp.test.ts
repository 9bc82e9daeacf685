/**
 * Our Component through fox-wamp (a router no one here wrote): fox-wamp is stopped and started
 * again on the same port while the component holds two registrations and three subscriptions;
 * afterwards every procedure answers and every subscription gets events.
 */
import { JsonSerializer } from '@wamp/serializers/json';
import type { ComponentStatus } from '@wamp/session';
import { Component, connect } from '@wamp/session';
import { webSocket } from '@wamp/transport-ws';
import { REALM, startFoxWamp } from './support/routers.js';

describe('Component with fox-wamp restarting', () => {
  it('restores registrations and subscriptions after fox-wamp restarts on the same port', async () => {
    let fox = await startFoxWamp();
    const url = fox.url;
    const port = Number(new URL(url).port);
    const statuses: ComponentStatus[] = [];
    const errors: unknown[] = [];
    const events: string[] = [];
    const component = new Component({
      realm: REALM,
      transports: [{ connector: webSocket(url, { serializers: [new JsonSerializer()] }), initialRetryDelay: 50, retryDelayGrowth: 1.2 }],
      onStatus: (s) => void statuses.push(s),
      onUserError: (e) => void errors.push(e),
    });
    await component.register('com.example.add2', (args) => (args[0] as number) + (args[1] as number));
    await component.register('com.example.upper', (args) => String(args[0]).toUpperCase());
    await component.subscribe('com.example.a', (args) => void events.push(`a1:${String(args[0])}`));
    await component.subscribe('com.example.a', (args) => void events.push(`a2:${String(args[0])}`));
    await component.subscribe('com.example.b', (args) => void events.push(`b:${String(args[0])}`));
    await component.start();

    const check = async (round: string): Promise<void> => {
      const client = await connect({ transport: webSocket(url, { serializers: [new JsonSerializer()] }), realm: REALM });
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
    try {
      await check('before');
      await fox.stop();
      const deadline = Date.now() + 10_000;
      while (!statuses.some((s) => s.kind === 'disconnected') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      fox = await startFoxWamp(port);
      while (statuses.filter((s) => s.kind === 'joined').length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      expect(statuses.filter((s) => s.kind === 'joined')).toHaveLength(2);
      await check('after');
      expect(errors).toEqual([]);
    } finally {
      await component.stop();
      await fox.stop();
    }
  }, 30_000);
});
