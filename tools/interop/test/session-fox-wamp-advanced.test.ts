/**
 * Advanced Profile features of our session through fox-wamp 0.7.28, a router no one here wrote.
 * It announces `progressive_call_results`, `publisher_exclusion` and `session_meta_api`; those
 * work. Everything else our session
 * must not use with it: each such option fails at once with `wamp.error.feature_not_supported`,
 * a call timeout is enforced by the session, and canceling abandons the call locally — nothing
 * hangs.
 */
import { WAMP_ERROR } from '@wamp/interfaces';
import { JsonSerializer } from '@wamp/serializers/json';
import type { Session } from '@wamp/session';
import { connect } from '@wamp/session';
import { webSocket } from '@wamp/transport-ws';
import { REALM, startFoxWamp } from './support/routers.js';
import type { RunningRouter } from './support/routers.js';

describe('Advanced Profile features of our session through fox-wamp', () => {
  let fox: RunningRouter;
  let callee: Session;
  let caller: Session;

  beforeAll(async () => {
    fox = await startFoxWamp();
    const transport = () => webSocket(fox.url, { serializers: [new JsonSerializer()] });
    callee = await connect({ transport: transport(), realm: REALM, onUserError: () => {} });
    caller = await connect({ transport: transport(), realm: REALM, onUserError: () => {} });
  }, 15_000);

  afterAll(async () => {
    await Promise.all([caller?.leave(), callee?.leave()].map((p) => p?.catch(() => undefined)));
    await fox?.stop();
  }, 10_000);

  it('gets progressive results, with onProgress and with callProgressive', async () => {
    await callee.register('com.example.countdown', async (args, _k, details) => {
      for (let i = args[0] as number; i > 0; i--) details.progress?.([i]);
      return 'liftoff';
    });
    const seen: unknown[] = [];
    expect(await caller.call('com.example.countdown', [3], {}, { onProgress: (a) => void seen.push(a[0]) })).toBe('liftoff');
    expect(seen).toEqual([3, 2, 1]);
    const iterated: unknown[] = [];
    for await (const value of caller.callProgressive('com.example.countdown', [2])) iterated.push(value);
    expect(iterated).toEqual([2, 1, 'liftoff']);
  });

  it('honours exclude_me: false (publisher exclusion)', async () => {
    const got: unknown[] = [];
    let arrived!: () => void;
    const both = new Promise<void>((r) => (arrived = r));
    await caller.subscribe('com.example.self', (args) => void (got.push(args[0]), got.length === 1 && arrived()));
    await caller.publish('com.example.self', ['excluded'], {}, { acknowledge: true });
    await caller.publish('com.example.self', ['mine'], {}, { excludeMe: false, acknowledge: true });
    await both;
    expect(got).toEqual(['mine']);
  });

  it('refuses options fox-wamp does not announce with feature_not_supported, at once', async () => {
    const started = Date.now();
    const uris = await Promise.all(
      [
        caller.call('com.example.countdown', [1], {}, { input: [[1]] }),
        caller.call('com.example.countdown', [1], {}, { discloseMe: true }),
        callee.register('com.example.pattern.', () => 1, { match: 'prefix' }),
        callee.register('com.example.shared', () => 1, { invoke: 'roundrobin' }),
        callee.subscribe('com..alarm', () => {}, { match: 'wildcard' }),
        caller.publish('com.example.kept', [1], {}, { retain: true }),
        caller.publish('com.example.bw', [1], {}, { eligible: [callee.id!] }),
      ].map((p) => p.then(() => 'accepted', (e: { uri?: string }) => e.uri)),
    );
    expect(uris).toEqual(Array(7).fill(WAMP_ERROR.FEATURE_NOT_SUPPORTED));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(caller.isAttached() && callee.isAttached()).toBe(true);
  });

  it('enforces a call timeout itself (fox-wamp has no call_timeout): wamp.error.timeout, no hang', async () => {
    await callee.register('com.example.never', () => new Promise(() => {}));
    const started = Date.now();
    await expect(caller.call('com.example.never', [], {}, { timeout: 100 })).rejects.toMatchObject({ uri: WAMP_ERROR.TIMEOUT });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('cancels locally (fox-wamp has no call_canceling): the call rejects at once and the session carries on', async () => {
    let finish!: (v: string) => void;
    await callee.register('com.example.slow', () => new Promise<string>((r) => (finish = r)));
    const controller = new AbortController();
    const call = caller.call('com.example.slow', [], {}, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 50));
    controller.abort(new Error('gave up'));
    await expect(call).rejects.toThrow('gave up');
    finish('late'); // fox-wamp delivers the RESULT; the session absorbs it
    await new Promise((r) => setTimeout(r, 100));
    expect(caller.isAttached()).toBe(true);
    expect(await caller.call('com.example.countdown', [0])).toBe('liftoff');
  });

  it('calls the session meta API fox-wamp announces', async () => {
    expect(await caller.call('wamp.session.count')).toBeGreaterThanOrEqual(2);
  });
});
