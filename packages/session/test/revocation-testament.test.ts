/**
 * Registration and subscription revocation (through the meta procedures `remove_callee` and
 * `remove_subscriber`), session testaments, and the failure races of the Advanced Profile, between
 * our session and our router over WebSocket + JSON and RawSocket + CBOR.
 */
import { WAMP_ERROR } from '@wamp/interfaces';
import { KINDS, eventually, tick, useAdvancedRouter } from './support/advanced-router.js';

describe.each(KINDS)('revocation, testaments and races over %s', (kind) => {
  const { join } = useAdvancedRouter(kind);

  it('revokes a registration: the callee is told with the reason, new calls find no procedure, a call in flight still completes', async () => {
    const admin = await join();
    const callee = await join();
    const caller = await join();
    const revoked: unknown[] = [];
    let finish!: (v: string) => void;
    const reg = await callee.register('com.example.revocable', () => new Promise<string>((r) => (finish = r)), { onRevoked: (reason) => void revoked.push(reason) });
    const unregistered: unknown[] = [];
    await admin.subscribe('wamp.registration.on_unregister', (args) => void unregistered.push(args));
    await admin.subscribe('wamp.registration.on_delete', (args) => void unregistered.push(['deleted', ...args]));
    const inFlight = caller.call('com.example.revocable');
    await tick();
    await admin.call('wamp.registration.remove_callee', [reg.id, callee.id, 'moving to another callee']);
    expect(await eventually(() => revoked.length === 1)).toBe(true);
    expect(revoked).toEqual(['moving to another callee']);
    expect(reg.active).toBe(false);
    await expect(reg.unregister()).rejects.toMatchObject({ uri: WAMP_ERROR.NO_SUCH_REGISTRATION });
    await expect(caller.call('com.example.revocable')).rejects.toMatchObject({ uri: WAMP_ERROR.NO_SUCH_PROCEDURE });
    finish('finished anyway');
    expect(await inFlight).toBe('finished anyway');
    await tick();
    expect(unregistered).toEqual([
      [callee.id, reg.id],
      ['deleted', callee.id, reg.id],
    ]);
  });

  it('refuses remove_callee for an unknown registration, session, or a session not on it', async () => {
    const admin = await join();
    const callee = await join();
    const reg = await callee.register('com.example.keep', () => 1);
    await expect(admin.call('wamp.registration.remove_callee', [1, callee.id])).rejects.toMatchObject({ uri: WAMP_ERROR.NO_SUCH_REGISTRATION });
    await expect(admin.call('wamp.registration.remove_callee', [reg.id, 1])).rejects.toMatchObject({ uri: WAMP_ERROR.NO_SUCH_SESSION });
    await expect(admin.call('wamp.registration.remove_callee', [reg.id, admin.id])).rejects.toMatchObject({ uri: WAMP_ERROR.NO_SUCH_REGISTRATION });
    expect(reg.active).toBe(true);
  });

  it('revokes a subscription: handlers stop, onRevoked runs, an events() loop ends', async () => {
    const admin = await join();
    const subscriber = await join();
    const publisher = await join();
    const got: unknown[] = [];
    const revoked: unknown[] = [];
    const sub = await subscriber.subscribe('com.example.news', (args) => void got.push(args[0]), { onRevoked: (r) => void revoked.push(r) });
    const looped: unknown[] = [];
    const loop = (async () => {
      for await (const ev of subscriber.events('com.example.news')) looped.push(ev.args[0]);
      return 'loop ended';
    })();
    await tick();
    await publisher.publish('com.example.news', [1], {}, { acknowledge: true });
    await tick();
    await admin.call('wamp.subscription.remove_subscriber', [sub.id, subscriber.id], { reason: 'spam' });
    expect(await loop).toBe('loop ended');
    expect(revoked).toEqual(['spam']);
    await publisher.publish('com.example.news', [2], {}, { acknowledge: true });
    await tick();
    expect(got).toEqual([1]);
    expect(looped).toEqual([1]);
    expect(sub.active).toBe(false);
    expect(await admin.call('wamp.subscription.lookup', ['com.example.news'])).toBeNull();
  });

  it('publishes testaments when a session goes away, detached before destroyed, and not flushed ones', async () => {
    const watcher = await join();
    const got: unknown[] = [];
    await watcher.subscribe('com.example.lastwords', (args, kwargs, d) => void got.push([args[0], kwargs, d.publisher ?? null]));
    const leaving = await join();
    await leaving.call('wamp.session.add_testament', ['com.example.lastwords', ['destroyed'], { n: 1 }]);
    await leaving.call('wamp.session.add_testament', ['com.example.lastwords', ['detached'], {}], { scope: 'detached' });
    await leaving.call('wamp.session.add_testament', ['com.example.lastwords', ['disclosed'], {}], { publish_options: { disclose_me: true, acknowledge: true } });
    await leaving.call('wamp.session.add_testament', ['com.example.lastwords', ['flushed'], {}], { scope: 'detached' });
    expect(await leaving.call('wamp.session.flush_testaments', [], { scope: 'detached' })).toBe(2);
    await leaving.call('wamp.session.add_testament', ['com.example.lastwords', ['detached again'], {}], { scope: 'detached' });
    const id = leaving.id;
    leaving.disconnect(); // gone without GOODBYE
    expect(await eventually(() => got.length === 3)).toBe(true);
    expect(got).toEqual([
      ['detached again', {}, null],
      ['destroyed', { n: 1 }, null],
      ['disclosed', {}, id],
    ]);
  });

  it('refuses a testament with a bad scope or topic', async () => {
    const s = await join();
    await expect(s.call('wamp.session.add_testament', ['com.example.t', [], {}], { scope: 'forever' })).rejects.toMatchObject({ uri: 'wamp.error.testament_error' });
    await expect(s.call('wamp.session.flush_testaments', [], { scope: 'forever' })).rejects.toMatchObject({ uri: 'wamp.error.testament_error' });
    await expect(s.call('wamp.session.add_testament', ['not a uri!', [], {}])).rejects.toMatchObject({ uri: WAMP_ERROR.INVALID_URI });
    expect(await s.call('wamp.session.flush_testaments')).toBe(0);
  });

  it('race: a CANCEL that arrives after the result is ignored; the caller keeps the result', async () => {
    const callee = await join();
    const caller = await join();
    await callee.register('com.example.fast', () => 'result');
    const controller = new AbortController();
    const call = caller.call('com.example.fast', [], {}, { signal: controller.signal });
    expect(await call).toBe('result');
    controller.abort(new Error('too late'));
    await tick();
    expect(caller.isAttached()).toBe(true);
    expect(await caller.call('com.example.fast')).toBe('result');
  });

  it('race: a result and a timeout due at the same moment settle the call exactly once', async () => {
    const callee = await join();
    const caller = await join();
    await callee.register('com.example.edge', async (args) => {
      await tick(args[0] as number);
      return 'ok';
    });
    const outcomes = await Promise.all(
      [5, 35, 40, 45, 120].map((delay) =>
        caller.call('com.example.edge', [delay], {}, { timeout: 40 }).then(
          (v) => v,
          (e: { uri?: string }) => e.uri,
        ),
      ),
    );
    for (const outcome of outcomes) expect(['ok', WAMP_ERROR.TIMEOUT]).toContain(outcome);
    expect(outcomes[0]).toBe('ok');
    expect(outcomes[4]).toBe(WAMP_ERROR.TIMEOUT);
    await tick(60);
    expect(caller.isAttached() && callee.isAttached()).toBe(true); // no answer for a settled call reached the caller
  });

  it('race: the caller leaves while its call runs; the callee is interrupted (killnowait)', async () => {
    const callee = await join();
    const caller = await join();
    let reason: unknown;
    await callee.register('com.example.long', (_a, _k, d) => new Promise((_r, reject) => d.signal.addEventListener('abort', () => reject((reason = d.signal.reason)))));
    void caller.call('com.example.long').catch(() => undefined);
    await tick();
    caller.disconnect();
    expect(await eventually(() => reason !== undefined)).toBe(true);
    expect(reason).toMatchObject({ uri: WAMP_ERROR.CANCELED });
    expect(callee.isAttached()).toBe(true);
  });

  it('a wildcard that matches nothing: no_such_procedure, and no event', async () => {
    const callee = await join();
    const caller = await join();
    await callee.register('com..add', () => 'added', { match: 'wildcard' });
    const events: unknown[] = [];
    await callee.subscribe('com..alarm', () => void events.push(1), { match: 'wildcard' });
    expect(await caller.call('com.math.add')).toBe('added');
    await expect(caller.call('com.math.add.more')).rejects.toMatchObject({ uri: WAMP_ERROR.NO_SUCH_PROCEDURE });
    await expect(caller.call('org.math.add')).rejects.toMatchObject({ uri: WAMP_ERROR.NO_SUCH_PROCEDURE });
    await caller.publish('com.kitchen.alarm.loud', [], {}, { acknowledge: true });
    await tick();
    expect(events).toEqual([]);
  });
});
