import { Event } from '@wamp/message';
import { Router } from '../src/index.js';
import type { RouterLog } from '../src/index.js';
import type { TestClient } from './support/loopback.js';
import { join } from './support/loopback.js';

const logs: string[] = [];
const log: RouterLog = (_level, message) => void logs.push(message);

function router(): Router {
  return new Router({ realms: [{ name: 'realm1' }, { name: 'realm2' }], log });
}

async function subscribe(client: TestClient, topic: string, options: Record<string, unknown> = {}): Promise<number> {
  client.send([32, client.request(), options, topic]);
  return (await client.expect(33))[2] as number;
}

describe('Broker: SUBSCRIBE and UNSUBSCRIBE', () => {
  it('answers SUBSCRIBE with SUBSCRIBED and shares one subscription ID per topic among subscribers', async () => {
    const r = router();
    const a = await join(r);
    const b = await join(r);
    const idA = await subscribe(a.client, 'com.example.topic');
    const idB = await subscribe(b.client, 'com.example.topic');
    expect(idA).toBe(idB);
    expect(await subscribe(a.client, 'com.example.other')).not.toBe(idA);
    // Subscribing again gives the existing subscription.
    expect(await subscribe(a.client, 'com.example.topic')).toBe(idA);
  });

  it('answers UNSUBSCRIBE with UNSUBSCRIBED, after which no events arrive', async () => {
    const r = router();
    const sub = await join(r);
    const pub = await join(r);
    const id = await subscribe(sub.client, 'com.example.topic');
    sub.client.send([34, sub.client.request(), id]);
    expect(await sub.client.next()).toEqual([35, 2]);
    pub.client.send([16, pub.client.request(), { acknowledge: true }, 'com.example.topic', ['x']]);
    await pub.client.expect(17);
    await sub.client.settle();
    expect(sub.client.unread()).toEqual([]);
  });

  it('answers UNSUBSCRIBE of an unknown subscription, or one the session does not hold, with no_such_subscription', async () => {
    const r = router();
    const a = await join(r);
    const b = await join(r);
    const id = await subscribe(a.client, 'com.example.topic');
    b.client.send([34, b.client.request(), id]);
    expect(await b.client.next()).toEqual([8, 34, 1, {}, 'wamp.error.no_such_subscription', [`no subscription ${id} of this session`]]);
    a.client.send([34, a.client.request(), 4242]);
    expect((await a.client.next())[4]).toBe('wamp.error.no_such_subscription');
  });

  it('lets a session subscribe to wamp. topics (meta events)', async () => {
    const { client } = await join(router());
    await subscribe(client, 'wamp.session.on_join');
  });

  it('delivers to exact, prefix and wildcard subscriptions, telling pattern subscribers the topic', async () => {
    const r = router();
    const sub = await join(r);
    const pub = await join(r);
    const ids: Record<string, unknown> = {};
    for (const [topic, match] of [['com.example.t', 'exact'], ['com.example.', 'prefix'], ['com..t', 'wildcard']] as const) {
      sub.client.send([32, sub.client.request(), match === 'exact' ? {} : { match }, topic]);
      ids[match] = (await sub.client.expect(33))[2];
    }
    pub.client.send([16, pub.client.request(), {}, 'com.example.t', ['x']]);
    const events = [await sub.client.expect(36), await sub.client.expect(36), await sub.client.expect(36)];
    const bySubscription = new Map(events.map((e) => [e[1], e[3]]));
    expect(bySubscription.get(ids['exact'])).toEqual({});
    expect(bySubscription.get(ids['prefix'])).toEqual({ topic: 'com.example.t' });
    expect(bySubscription.get(ids['wildcard'])).toEqual({ topic: 'com.example.t' });
  });
});

describe('Broker: PUBLISH → EVENT', () => {
  it('sends EVENT with args and kwargs unchanged to every subscriber except the publisher', async () => {
    const r = router();
    const pub = await join(r);
    const s1 = await join(r);
    const s2 = await join(r);
    const id = await subscribe(s1.client, 'com.example.topic');
    await subscribe(s2.client, 'com.example.topic');
    await subscribe(pub.client, 'com.example.topic');
    pub.client.send([16, pub.client.request(), {}, 'com.example.topic', [1, { a: [2] }], { k: 'v' }]);
    const e1 = await s1.client.expect(36);
    const e2 = await s2.client.expect(36);
    expect(e1).toEqual([36, id, expect.any(Number), {}, [1, { a: [2] }], { k: 'v' }]);
    expect(e2).toEqual(e1);
    await pub.client.settle();
    expect(pub.client.unread()).toEqual([]);
  });

  it('delivers to the publisher too when exclude_me is false', async () => {
    const r = router();
    const { client } = await join(r);
    const id = await subscribe(client, 'com.example.topic');
    client.send([16, client.request(), { exclude_me: false }, 'com.example.topic', ['me']]);
    expect(await client.next()).toEqual([36, id, expect.any(Number), {}, ['me']]);
  });

  it('answers PUBLISHED with the publication ID only when acknowledge is true', async () => {
    const r = router();
    const pub = await join(r);
    const sub = await join(r);
    await subscribe(sub.client, 'com.example.topic');
    pub.client.send([16, pub.client.request(), {}, 'com.example.topic', [1]]);
    pub.client.send([16, pub.client.request(), { acknowledge: true }, 'com.example.topic', [2]]);
    const published = await pub.client.next();
    expect(published).toEqual([17, 2, expect.any(Number)]);
    await sub.client.expect(36);
    const event = await sub.client.expect(36);
    expect(event[2]).toBe(published[2]);
  });

  it('draws publication IDs at random over 1..2^53', async () => {
    const r = router();
    const { client } = await join(r);
    const ids = new Set<number>();
    for (let i = 0; i < 50; i++) client.send([16, client.request(), { acknowledge: true }, 'com.example.topic']);
    for (let i = 0; i < 50; i++) ids.add((await client.expect(17))[2] as number);
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id >= 1 && id <= 2 ** 53).toBe(true);
    // 50 uniform draws over 2^53 all fall below 2^40 with probability 2^-650.
    expect([...ids].some((id) => id > 2 ** 40)).toBe(true);
  });

  it('builds one EVENT for all subscribers, so each format encodes it once', async () => {
    const r = router();
    const pub = await join(r);
    const subs = [await join(r), await join(r), await join(r)];
    for (const s of subs) await subscribe(s.client, 'com.example.fanout');
    const marshal = jest.spyOn(Event.prototype, 'marshal');
    try {
      pub.client.send([16, pub.client.request(), {}, 'com.example.fanout', ['x']]);
      for (const s of subs) await s.client.expect(36);
      const sent = subs.map((s) => s.client.server.sent.at(-1));
      expect(sent[0]).toBeInstanceOf(Event);
      expect(sent[1]).toBe(sent[0]);
      expect(sent[2]).toBe(sent[0]);
      // Marshalled (and so encoded) once on the router side; the clients' parsed copies are their own.
      expect(marshal.mock.contexts.filter((c) => c === sent[0])).toHaveLength(1);
    } finally {
      marshal.mockRestore();
    }
  });

  it('keeps one publisher’s events to one subscriber in order, across topics', async () => {
    const r = router();
    const pub = await join(r);
    const sub = await join(r);
    await subscribe(sub.client, 'com.example.a');
    await subscribe(sub.client, 'com.example.b');
    for (let i = 0; i < 20; i++) pub.client.send([16, pub.client.request(), {}, i % 3 ? 'com.example.a' : 'com.example.b', [i]]);
    for (let i = 0; i < 20; i++) expect((await sub.client.expect(36))[4]).toEqual([i]);
  });

  it('keeps realms apart', async () => {
    const r = router();
    const pub = await join(r, 'realm1');
    const other = await join(r, 'realm2');
    await subscribe(other.client, 'com.example.topic');
    pub.client.send([16, pub.client.request(), { acknowledge: true }, 'com.example.topic']);
    await pub.client.expect(17);
    await other.client.settle();
    expect(other.client.unread()).toEqual([]);
  });

  it('refuses to publish under the reserved wamp. prefix: ERROR with acknowledge, a log entry without', async () => {
    const { client } = await join(router());
    client.send([16, client.request(), { acknowledge: true }, 'wamp.session.on_join']);
    expect(await client.next()).toEqual([8, 16, 1, {}, 'wamp.error.invalid_uri', ['topic wamp.session.on_join: the wamp. prefix is reserved for the router']]);
    client.send([16, client.request(), {}, 'wamp.session.on_leave']);
    client.send([32, client.request(), {}, 'com.example.after']);
    expect((await client.next())[0]).toBe(33);
    expect(logs).toContainEqual(expect.stringContaining('PUBLISH 2 of session'));
  });

  it('removes a leaving session’s subscriptions, deleting a subscription with no subscriber left', async () => {
    const r = router();
    const a = await join(r);
    const b = await join(r);
    const first = await subscribe(a.client, 'com.example.topic');
    a.client.send([6, {}, 'wamp.close.normal']);
    await a.client.expect(6);
    // A fresh subscription: the old one was deleted with its last subscriber.
    expect(await subscribe(b.client, 'com.example.topic')).not.toBe(first);
  });
});
