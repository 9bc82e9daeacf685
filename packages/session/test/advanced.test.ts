/**
 * Advanced Profile features between our session and our router, over WebSocket + JSON and
 * RawSocket + CBOR: progressive call results, call canceling (skip, kill, killnowait), caller and
 * publisher identification, pattern-based registration and subscription, shared registration,
 * subscriber black- and whitelisting, event retention, the session meta API.
 */
import type { CallDetails, CloseDetails } from '@wamp/interfaces';
import { WAMP_ERROR } from '@wamp/interfaces';
import { KINDS, tick, useAdvancedRouter } from './support/advanced-router.js';

describe.each(KINDS)('advanced profile over %s', (kind) => {
  const { join } = useAdvancedRouter(kind);

  it('announces the features in WELCOME', async () => {
    const s = await join();
    expect(s.sessionDetails?.routerRoles).toMatchObject({
      dealer: { features: { progressive_call_results: true, call_canceling: true, call_timeout: true, caller_identification: true, pattern_based_registration: true, shared_registration: true, session_meta_api: true } },
      broker: { features: { event_retention: true, publisher_exclusion: true, publisher_identification: true, subscriber_blackwhite_listing: true, pattern_based_subscription: true } },
    });
  });

  it('delivers progressive results in order, then the final one', async () => {
    const callee = await join();
    const caller = await join();
    await callee.register('com.example.countdown', async (args, _k, details) => {
      for (let i = args[0] as number; i > 0; i--) details.progress?.([i]);
      return 'liftoff';
    });
    const seen: unknown[] = [];
    expect(await caller.call('com.example.countdown', [3], {}, { onProgress: (a) => void seen.push(a[0]) })).toBe('liftoff');
    expect(seen).toEqual([3, 2, 1]);
    // Without receive_progress the callee is not offered progress, and the caller gets only the result.
    await callee.register('com.example.plain', (_a, _k, details) => (details.progress === undefined ? 'no progress offered' : 'offered'));
    expect(await caller.call('com.example.plain')).toBe('no progress offered');
  });

  it('cancels with kill: INTERRUPT aborts the callee’s signal with wamp.error.canceled; the caller rejects with its own reason', async () => {
    const callee = await join();
    const caller = await join();
    let aborted: unknown;
    await callee.register('com.example.forever', (_a, _k, details: CallDetails) =>
      new Promise((_resolve, reject) => details.signal.addEventListener('abort', () => reject((aborted = details.signal.reason)))),
    );
    const controller = new AbortController();
    const call = caller.call('com.example.forever', [], {}, { signal: controller.signal, cancelMode: 'kill' });
    await tick();
    controller.abort(new Error('stop it'));
    await expect(call).rejects.toThrow('stop it');
    await tick(50);
    expect(aborted).toMatchObject({ uri: WAMP_ERROR.CANCELED });
    expect(await caller.call('com.example.nobody.else').catch((e: { uri: string }) => e.uri)).toBe(WAMP_ERROR.NO_SUCH_PROCEDURE); // still fine
  });

  it('cancels with skip without interrupting the callee, and drops its late result', async () => {
    const callee = await join();
    const caller = await join();
    let interrupted = false;
    let finish!: () => void;
    await callee.register('com.example.slow', (_a, _k, details) => {
      details.signal.addEventListener('abort', () => (interrupted = true));
      return new Promise((resolve) => (finish = () => resolve('late')));
    });
    const controller = new AbortController();
    const call = caller.call('com.example.slow', [], {}, { signal: controller.signal, cancelMode: 'skip' });
    await tick();
    controller.abort(new Error('skip it'));
    await expect(call).rejects.toThrow('skip it');
    finish();
    await tick(50);
    expect(interrupted).toBe(false);
    expect(caller.isAttached()).toBe(true); // the late result was dropped by the router, not sent to us
  });

  it('cancels with killnowait: INTERRUPT to the callee and ERROR to the caller at once', async () => {
    const callee = await join();
    const caller = await join();
    let interrupted = false;
    await callee.register('com.example.stuck', (_a, _k, details) => {
      details.signal.addEventListener('abort', () => (interrupted = true));
      return new Promise(() => {});
    });
    const controller = new AbortController();
    const call = caller.call('com.example.stuck', [], {}, { signal: controller.signal, cancelMode: 'killnowait' });
    await tick();
    controller.abort(new Error('now'));
    await expect(call).rejects.toThrow('now');
    await tick(50);
    expect(interrupted).toBe(true);
  });

  it('times a call out in the router: wamp.error.timeout to the caller, INTERRUPT to the callee', async () => {
    const callee = await join();
    const caller = await join();
    let reason: unknown;
    await callee.register('com.example.sleepy', (_a, _k, details) => new Promise((_r, reject) => details.signal.addEventListener('abort', () => reject((reason = details.signal.reason)))));
    await callee.register('com.example.quick', () => 'in time');
    await expect(caller.call('com.example.sleepy', [], {}, { timeout: 50 })).rejects.toMatchObject({ uri: WAMP_ERROR.TIMEOUT });
    await tick(30);
    expect(reason).toMatchObject({ uri: WAMP_ERROR.TIMEOUT });
    expect(await caller.call('com.example.quick', [], {}, { timeout: 5000 })).toBe('in time');
  });

  it('discloses the caller and the publisher when they ask', async () => {
    const callee = await join();
    const caller = await join();
    await callee.register('com.example.who', (_a, _k, d) => [d.caller ?? null, d.callerAuthrole ?? null]);
    expect(await caller.call('com.example.who')).toEqual([null, null]);
    expect(await caller.call('com.example.who', [], {}, { discloseMe: true })).toEqual([caller.id, 'anonymous']);
    await callee.register('com.example.who.always', (_a, _k, d) => d.caller ?? null, { discloseCaller: true });
    expect(await caller.call('com.example.who.always')).toBe(caller.id); // the callee demands it
    let publisher: unknown;
    await callee.subscribe('com.example.said', (_a, _k, d) => void (publisher = d.publisher));
    await caller.publish('com.example.said', [], {}, { discloseMe: true, acknowledge: true });
    await tick();
    expect(publisher).toBe(caller.id);
  });

  it('routes pattern-based registrations and subscriptions, with the concrete URI in the details', async () => {
    const callee = await join();
    const caller = await join();
    await callee.register('com.example.math.', (args, _k, d) => `${d.procedure}:${String(args[0])}`, { match: 'prefix' });
    expect(await caller.call('com.example.math.square', [3])).toBe('com.example.math.square:3');
    const topics: unknown[] = [];
    await callee.subscribe('com..alarm', (_a, _k, d) => void topics.push(d.topic), { match: 'wildcard' });
    await caller.publish('com.kitchen.alarm', [], {}, { acknowledge: true });
    await caller.publish('com.kitchen.door', [], {}, { acknowledge: true });
    await tick();
    expect(topics).toEqual(['com.kitchen.alarm']);
  });

  it('shares a procedure between callees round robin', async () => {
    const [a, b, caller] = [await join(), await join(), await join()];
    await a.register('com.example.worker', () => 'a', { invoke: 'roundrobin' });
    await b.register('com.example.worker', () => 'b', { invoke: 'roundrobin' });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await caller.call('com.example.worker'));
    expect(answers).toEqual(['a', 'b', 'a', 'b']);
  });

  it('answers the session meta API and publishes on_join / on_leave', async () => {
    const watcher = await join();
    const joined: unknown[] = [];
    const left: unknown[] = [];
    await watcher.subscribe('wamp.session.on_join', (args) => void joined.push(args[0]));
    await watcher.subscribe('wamp.session.on_leave', (args) => void left.push(args));
    const closes: CloseDetails[] = [];
    const other = await join({ onLeave: (_s, d) => void closes.push(d) });
    const otherId = other.id!;
    await tick();
    expect(joined).toEqual([expect.objectContaining({ session: otherId, authrole: 'anonymous', authmethod: 'anonymous' })]);
    const ids = (await watcher.call('wamp.session.list')) as number[];
    expect(ids).toEqual(expect.arrayContaining([watcher.id, otherId]));
    expect(await watcher.call('wamp.session.count')).toBe(ids.length);
    expect(await watcher.call('wamp.session.count', [['nobody-has-this-role']])).toBe(0);
    expect(await watcher.call('wamp.session.get', [otherId])).toMatchObject({ session: otherId, authid: other.sessionDetails?.authid });
    await expect(watcher.call('wamp.session.get', [1])).rejects.toMatchObject({ uri: WAMP_ERROR.NO_SUCH_SESSION });
    await expect(watcher.call('wamp.session.kill', [watcher.id])).rejects.toMatchObject({ uri: WAMP_ERROR.NO_SUCH_SESSION });
    await watcher.call('wamp.session.kill', [otherId], { reason: 'com.example.go_away', message: 'bye' });
    const deadline = Date.now() + 2000;
    while (closes.length === 0 && Date.now() < deadline) await tick(5);
    expect(closes).toEqual([{ reason: 'com.example.go_away', message: 'bye' }]);
    await tick();
    expect(left).toEqual([[otherId, expect.any(String), 'anonymous']]);
  });

  it('keeps the retained event of a topic for subscribers that ask for it', async () => {
    const publisher = await join();
    await publisher.publish('com.example.temperature', [20], {}, { retain: true, acknowledge: true });
    await publisher.publish('com.example.temperature', [21], {}, { retain: true, acknowledge: true });
    await publisher.publish('com.example.temperature', [99], {}, { acknowledge: true }); // not retained
    const late = await join();
    const got: unknown[] = [];
    await late.subscribe('com.example.temperature', (args, _k, d) => void got.push([args[0], d.retained]), { getRetained: true });
    const plain = await join();
    const plainGot: unknown[] = [];
    await plain.subscribe('com.example.temperature', (args) => void plainGot.push(args[0]));
    const pattern: unknown[] = [];
    await plain.subscribe('com.example.', (args, _k, d) => void pattern.push([args[0], d.topic, d.retained]), { match: 'prefix', getRetained: true });
    await tick();
    expect(got).toEqual([[21, true]]);
    expect(plainGot).toEqual([]);
    expect(pattern).toEqual([[21, 'com.example.temperature', true]]);
    await publisher.publish('com.example.secret', [1], {}, { retain: true, eligible: [publisher.id!], acknowledge: true });
    const outsider: unknown[] = [];
    await late.subscribe('com.example.secret', (args) => void outsider.push(args), { getRetained: true });
    await tick();
    expect(outsider).toEqual([]); // it would not have received it when it was published
  });

  it('answers the registration and subscription meta APIs and publishes their events', async () => {
    const watcher = await join();
    const events: unknown[] = [];
    for (const topic of ['wamp.registration.on_create', 'wamp.registration.on_register', 'wamp.registration.on_unregister', 'wamp.registration.on_delete']) {
      await watcher.subscribe(topic, (args) => void events.push([topic.slice(18), args[0], typeof args[1] === 'object' ? 'details' : args[1]]));
    }
    const callee = await join();
    const reg = await callee.register('com.example.meta.proc', () => 1, { match: 'exact' });
    await tick();
    expect(events).toEqual([
      ['on_create', callee.id, 'details'],
      ['on_register', callee.id, reg.id],
    ]);
    expect(await watcher.call('wamp.registration.lookup', ['com.example.meta.proc'])).toBe(reg.id);
    expect(await watcher.call('wamp.registration.match', ['com.example.meta.proc'])).toBe(reg.id);
    expect(await watcher.call('wamp.registration.match', ['com.example.meta.none'])).toBeNull();
    expect(await watcher.call('wamp.registration.get', [reg.id])).toMatchObject({ id: reg.id, uri: 'com.example.meta.proc', match: 'exact', invoke: 'single' });
    expect(await watcher.call('wamp.registration.list_callees', [reg.id])).toEqual([callee.id]);
    expect(await watcher.call('wamp.registration.count_callees', [reg.id])).toBe(1);
    expect(((await watcher.call('wamp.registration.list')) as { exact: number[] }).exact).toContain(reg.id);
    await expect(watcher.call('wamp.registration.get', [1])).rejects.toMatchObject({ uri: WAMP_ERROR.NO_SUCH_REGISTRATION });
    await reg.unregister();
    await tick();
    expect(events.slice(2)).toEqual([
      ['on_unregister', callee.id, reg.id],
      ['on_delete', callee.id, reg.id],
    ]);
    const sub = await callee.subscribe('com.example.meta.', () => {}, { match: 'prefix' });
    expect(await watcher.call('wamp.subscription.lookup', ['com.example.meta.', { match: 'prefix' }])).toBe(sub.id);
    expect(await watcher.call('wamp.subscription.match', ['com.example.meta.topic'])).toEqual([sub.id]);
    expect(await watcher.call('wamp.subscription.list_subscribers', [sub.id])).toEqual([callee.id]);
    expect(await watcher.call('wamp.subscription.count_subscribers', [sub.id])).toBe(1);
    expect(await watcher.call('wamp.subscription.get', [sub.id])).toMatchObject({ id: sub.id, uri: 'com.example.meta.', match: 'prefix' });
  });

  it('delivers only to eligible and not to excluded subscribers', async () => {
    const publisher = await join();
    const [a, b, c] = [await join(), await join(), await join()];
    const got: string[] = [];
    await a.subscribe('com.example.bw', (args) => void got.push(`a${String(args[0])}`));
    await b.subscribe('com.example.bw', (args) => void got.push(`b${String(args[0])}`));
    await c.subscribe('com.example.bw', (args) => void got.push(`c${String(args[0])}`));
    await publisher.publish('com.example.bw', [1], {}, { exclude: [b.id!], acknowledge: true });
    await publisher.publish('com.example.bw', [2], {}, { eligible: [c.id!], acknowledge: true });
    await publisher.publish('com.example.bw', [3], {}, { excludeAuthrole: ['anonymous'], acknowledge: true });
    await publisher.publish('com.example.bw', [4], {}, { excludeMe: false, eligible: [publisher.id!, a.id!], acknowledge: true });
    await tick(50);
    expect(got.sort()).toEqual(['a1', 'a4', 'c1', 'c2']);
  });
});
