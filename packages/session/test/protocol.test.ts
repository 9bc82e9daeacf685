/** The session's wire behaviour, message by message, against a scripted router. */
import type { CloseDetails, Endpoint, IPayloadCodec } from '@wamp/interfaces';
import { ApplicationError, CallResult, ProtocolError, SessionNotReady, TransportLost, WAMP_ERROR } from '@wamp/interfaces';
import { Session } from '../src/index.js';
import type { SessionOptions } from '../src/index.js';
import { ScriptedRouter } from './support/scripted-router.js';

async function joined(options: SessionOptions = {}, welcome: Record<string, unknown> = {}): Promise<{ session: Session; router: ScriptedRouter; errors: unknown[] }> {
  const errors: unknown[] = [];
  const session = new Session({ onUserError: (e) => void errors.push(e), ...options });
  const router = new ScriptedRouter();
  await session.open(router);
  const join = session.join('realm1');
  await router.welcome(welcome);
  await join;
  return { session, router, errors };
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('joining', () => {
  it('sends HELLO with the roles and features it implements, and resolves with the WELCOME details', async () => {
    const onJoin = jest.fn();
    const session = new Session({ onJoin });
    const router = new ScriptedRouter();
    await session.open(router);
    const join = session.join('realm1', { authid: 'joe', authextra: { x: 1 } });
    const hello = await router.expect(1);
    expect(hello[1]).toBe('realm1');
    const details = hello[2] as Record<string, any>;
    expect(details).toMatchObject({ authmethods: ['anonymous'], authid: 'joe', authextra: { x: 1 }, agent: '@wamp/session' });
    expect(Object.keys(details['roles']).sort()).toEqual(['callee', 'caller', 'publisher', 'subscriber']);
    expect(details['roles'].caller.features).toMatchObject({ progressive_call_results: true, call_canceling: true });
    router.send([2, 9001, { roles: { broker: {}, dealer: {} }, authid: 'joe', authrole: 'user', authmethod: 'anonymous', authprovider: 'static' }]);
    const result = await join;
    expect(result).toMatchObject({ realm: 'realm1', session: 9001, authid: 'joe', authrole: 'user', authmethod: 'anonymous', serializer: 'json' });
    expect(session.isAttached()).toBe(true);
    expect(session.id).toBe(9001);
    await tick();
    expect(onJoin).toHaveBeenCalledWith(session, result);
  });

  it('rejects the join with the ABORT reason and closes the transport', async () => {
    const session = new Session();
    const router = new ScriptedRouter();
    await session.open(router);
    const join = session.join('nope');
    await router.expect(1);
    router.send([3, { message: 'no realm "nope"' }, 'wamp.error.no_such_realm']);
    await expect(join).rejects.toMatchObject({ uri: 'wamp.error.no_such_realm', message: 'wamp.error.no_such_realm: no realm "nope"' });
    await tick();
    expect(router.closed).toBeDefined();
    expect(session.isAttached()).toBe(false);
  });

  it('aborts with wamp.error.cannot_authenticate when no authenticator answers the CHALLENGE', async () => {
    const session = new Session({ onUserError: () => {} });
    const router = new ScriptedRouter();
    await session.open(router);
    const join = session.join('realm1');
    await router.expect(1);
    router.send([4, 'ticket', {}]);
    await expect(join).rejects.toMatchObject({ uri: WAMP_ERROR.CANNOT_AUTHENTICATE });
    const abort = await router.expect(3);
    expect(abort[2]).toBe(WAMP_ERROR.CANNOT_AUTHENTICATE);
    expect((abort[1] as { message: string }).message).toMatch(/no authenticator for the router's "ticket" CHALLENGE/);
  });

  it('answers a CHALLENGE through the onChallenge hook when no authenticator has the method', async () => {
    const session = new Session({ onChallenge: (_s, c) => `signed-${c.method}` });
    const router = new ScriptedRouter();
    await session.open(router);
    const join = session.join('realm1', { authmethods: ['x-custom'] });
    expect((await router.expect(1))[2]).toMatchObject({ authmethods: ['x-custom'] });
    router.send([4, 'x-custom', { nonce: 1 }]);
    expect(await router.expect(5)).toEqual([5, 'signed-x-custom', {}]);
    router.send([2, 5, { roles: { dealer: {} }, authmethod: 'x-custom' }]);
    await expect(join).resolves.toMatchObject({ session: 5, authmethod: 'x-custom' });
  });

  it('refuses a second join and operations before joining', async () => {
    const session = new Session();
    await expect(session.join('realm1')).rejects.toBeInstanceOf(SessionNotReady);
    await expect(session.call('com.example.x')).rejects.toBeInstanceOf(SessionNotReady);
    const { session: s2 } = await joined();
    await expect(s2.join('realm1')).rejects.toBeInstanceOf(SessionNotReady);
  });

  it('treats a message out of state as a protocol violation (EVENT before WELCOME)', async () => {
    const session = new Session({ onUserError: () => {} });
    const router = new ScriptedRouter();
    await session.open(router);
    const join = session.join('realm1');
    await router.expect(1);
    router.send([36, 1, 2, {}]);
    await expect(join).rejects.toBeInstanceOf(ProtocolError);
    const abort = await router.expect(3);
    expect(abort).toEqual([3, { message: 'EVENT received while joining' }, 'wamp.error.protocol_violation']);
  });
});

describe('leaving and losing the transport', () => {
  it('leave() sends GOODBYE and waits for the router’s GOODBYE', async () => {
    const onLeave = jest.fn();
    const { session, router } = await joined({ onLeave });
    let done = false;
    const leave = session.leave('wamp.close.normal', 'bye').then((d) => ((done = true), d));
    expect(await router.expect(6)).toEqual([6, { message: 'bye' }, 'wamp.close.normal']);
    await tick();
    expect(done).toBe(false);
    router.send([6, {}, 'wamp.close.goodbye_and_out']);
    await expect(leave).resolves.toEqual({ reason: 'wamp.close.goodbye_and_out', message: undefined });
    expect(onLeave).toHaveBeenCalledWith(session, { reason: 'wamp.close.goodbye_and_out', message: undefined });
    await tick();
    expect(router.closed).toEqual({ wasClean: true });
  });

  it('leave() on a transport that just went resolves at once with wamp.close.transport_lost', async () => {
    const { session, router } = await joined();
    router.drop(); // closed now; the close reaches the session a moment later
    const details = await session.leave();
    expect(details.reason).toBe('wamp.close.transport_lost');
    expect(session.isAttached()).toBe(false);
  });

  it('leave() gives up after leaveTimeout when the router never answers', async () => {
    const { session, router } = await joined({ leaveTimeout: 50 });
    const details = await session.leave();
    expect(details.reason).toBe('wamp.close.transport_lost');
    expect(details.message).toMatch(/no GOODBYE from the router within 50 ms/);
    await tick();
    expect(router.closed).toBeDefined();
  });

  it('answers the router’s GOODBYE with wamp.close.goodbye_and_out and rejects pending calls', async () => {
    const left: CloseDetails[] = [];
    const { session, router } = await joined({ onLeave: (_s, d) => void left.push(d) });
    const call = session.call('com.example.slow');
    await router.expect(48);
    router.send([6, { message: 'shutting down' }, 'wamp.close.system_shutdown']);
    await expect(call).rejects.toThrow(/the router closed the session \(wamp.close.system_shutdown: shutting down\)/);
    expect(await router.expect(6)).toEqual([6, {}, 'wamp.close.goodbye_and_out']);
    expect(left).toEqual([{ reason: 'wamp.close.system_shutdown', message: 'shutting down' }]);
  });

  it('rejects every pending request with TransportLost when the transport goes, then runs onLeave and onDisconnect', async () => {
    const onLeave = jest.fn();
    const onDisconnect = jest.fn();
    const { session, router } = await joined({ onLeave, onDisconnect });
    const call = session.call('com.example.a');
    const reg = session.register('com.example.b', () => 1);
    const sub = session.subscribe('com.example.c', () => {});
    const pub = session.publish('com.example.d', [], {}, { acknowledge: true });
    await router.expect(48);
    router.drop();
    for (const p of [call, reg, sub, pub]) await expect(p).rejects.toBeInstanceOf(TransportLost);
    await expect(call).rejects.toThrow(/WAMP transport lost/);
    expect(onLeave).toHaveBeenCalledWith(session, expect.objectContaining({ reason: 'wamp.close.transport_lost' }));
    expect(onDisconnect).toHaveBeenCalledWith(session, false);
    expect(session.isConnected()).toBe(false);
    await expect(session.call('com.example.a')).rejects.toBeInstanceOf(SessionNotReady);
  });
});

describe('protocol violations by the router', () => {
  it.each([
    ['a RESULT for no pending call', [50, 99, {}, [1]], 'RESULT for request 99, which is no pending call'],
    ['an INVOCATION for an unknown registration', [68, 1, 1234, {}], 'INVOCATION for registration 1234, which this session does not hold'],
    ['an EVENT for an unknown subscription', [36, 4321, 1, {}], 'EVENT for subscription 4321, which this session does not hold'],
    ['a second WELCOME', [2, 1, { roles: { dealer: {} } }], 'WELCOME received in an established session'],
    ['an ERROR for no pending request', [8, 48, 5, {}, 'wamp.error.x'], 'ERROR for CALL request 5, which is not pending'],
  ])('%s: ABORT wamp.error.protocol_violation naming it, pending requests reject with ProtocolError', async (_name, wmsg, text) => {
    const { session, router } = await joined();
    const pending = session.call('com.example.pending');
    await router.expect(48);
    router.send(wmsg);
    await expect(pending).rejects.toThrow(new ProtocolError(`protocol violation by the router: ${text}`));
    expect(await router.expect(3)).toEqual([3, { message: text }, 'wamp.error.protocol_violation']);
    await tick();
    expect(router.closed).toBeDefined();
  });
});

describe('calls', () => {
  it('returns one result as-is, several or keyword results as a CallResult, none as undefined', async () => {
    const { session, router } = await joined();
    const calls = [session.call('com.example.a', [1], { k: 'v' }), session.call('com.example.b'), session.call('com.example.c'), session.call('com.example.d')];
    expect(await router.expect(48)).toEqual([48, 1, {}, 'com.example.a', [1], { k: 'v' }]);
    expect(await router.expect(48)).toEqual([48, 2, {}, 'com.example.b']);
    await router.expect(48);
    await router.expect(48);
    router.send([50, 1, {}, [42]]);
    router.send([50, 2, {}, [1, 2]]);
    router.send([50, 3, {}, [], { a: 1 }]);
    router.send([50, 4, {}]);
    const [a, b, c, d] = await Promise.all(calls);
    expect(a).toBe(42);
    expect(b).toEqual(new CallResult([1, 2], {}));
    expect(c).toEqual(new CallResult([], { a: 1 }));
    expect(d).toBeUndefined();
  });

  it('maps options to CALL.Options and delivers progressive results to onProgress', async () => {
    const { session, router } = await joined();
    const progress: unknown[] = [];
    const call = session.call('com.example.p', [], {}, { timeout: 500, discloseMe: true, onProgress: (args) => progress.push(args) });
    expect(await router.expect(48)).toEqual([48, 1, { timeout: 500, disclose_me: true, receive_progress: true }, 'com.example.p']);
    router.send([50, 1, { progress: true }, [10]]);
    router.send([50, 1, { progress: true }, [20]]);
    router.send([50, 1, {}, ['done']]);
    await expect(call).resolves.toBe('done');
    expect(progress).toEqual([[10], [20]]);
  });

  it('cancels through an AbortSignal: CANCEL with the mode, rejection with the signal’s reason, the late ERROR absorbed', async () => {
    const { session, router, errors } = await joined();
    const controller = new AbortController();
    const call = session.call('com.example.long', [], {}, { signal: controller.signal, cancelMode: 'skip' });
    await router.expect(48);
    controller.abort(new Error('user gave up'));
    await expect(call).rejects.toThrow('user gave up');
    expect(await router.expect(49)).toEqual([49, 1, { mode: 'skip' }]);
    router.send([8, 48, 1, {}, 'wamp.error.canceled']);
    await tick();
    await tick();
    expect(session.isAttached()).toBe(true); // the ERROR was expected, not a violation
    expect(errors).toEqual([]);
    await expect(session.call('com.example.x', [], {}, { signal: AbortSignal.abort(new Error('already')) })).rejects.toThrow('already');
  });

  it('rejects with a defined error class, or ApplicationError carrying URI, args and kwargs', async () => {
    class Custom extends ApplicationError {
      static readonly uri = 'com.example.custom';
      constructor(init = {}) {
        super(Custom.uri, init);
      }
    }
    const { session, router } = await joined();
    session.define(Custom);
    const a = session.call('com.example.a');
    const b = session.call('com.example.b');
    await router.expect(48);
    await router.expect(48);
    router.send([8, 48, 1, {}, 'com.example.custom', ['why'], { n: 1 }]);
    router.send([8, 48, 2, {}, 'com.example.other', ['text']]);
    const ea = await a.catch((e: unknown) => e);
    expect(ea).toBeInstanceOf(Custom);
    expect(ea).toMatchObject({ uri: 'com.example.custom', args: ['why'], kwargs: { n: 1 } });
    await expect(b).rejects.toMatchObject({ name: 'ApplicationError', uri: 'com.example.other', message: 'com.example.other: text' });
  });

  it('rejects bad URIs without sending anything', async () => {
    const { session, router } = await joined();
    await expect(session.call('not a uri')).rejects.toMatchObject({ uri: WAMP_ERROR.INVALID_URI });
    await expect(session.subscribe('com..x', () => {})).rejects.toMatchObject({ uri: WAMP_ERROR.INVALID_URI });
    const sub = session.subscribe('com..x', () => {}, { match: 'wildcard' });
    expect(await router.expect(32)).toEqual([32, 1, { match: 'wildcard' }, 'com..x']);
    router.send([33, 1, 5]);
    await sub;
  });
});

describe('options whose feature the router does not announce', () => {
  const bare = { roles: { broker: {}, dealer: {} } };

  it('are refused with wamp.error.feature_not_supported, naming the option and the feature, before anything is sent', async () => {
    const { session, router } = await joined({}, bare);
    const refused = async (p: Promise<unknown>): Promise<string> => {
      const e = (await p.then(() => undefined, (x: unknown) => x)) as { uri?: string; message?: string } | undefined;
      expect(e?.uri).toBe(WAMP_ERROR.FEATURE_NOT_SUPPORTED);
      return e!.message!;
    };
    expect(await refused(session.call('com.example.p', [], {}, { onProgress: () => {} }))).toContain('progressive_call_results');
    expect(await refused(session.call('com.example.p', [], {}, { discloseMe: true }))).toContain('caller_identification');
    expect(await refused(session.call('com.example.p', [], {}, { input: [[1]] }))).toContain('progressive_call_invocations');
    expect(await refused(session.register('com.example.', () => 1, { match: 'prefix' }))).toContain('pattern_based_registration');
    expect(await refused(session.register('com.example.r', () => 1, { invoke: 'roundrobin' }))).toContain('shared_registration');
    expect(await refused(session.subscribe('com.example.', () => {}, { match: 'prefix' }))).toContain('pattern_based_subscription');
    expect(await refused(session.subscribe('com.example.t', () => {}, { getRetained: true }))).toContain('event_retention');
    expect(await refused(session.publish('com.example.t', [], {}, { retain: true }))).toContain('event_retention');
    expect(await refused(session.publish('com.example.t', [], {}, { eligible: [1] }))).toContain('subscriber_blackwhite_listing');
    expect(await refused(session.publish('com.example.t', [], {}, { excludeMe: false }))).toContain('publisher_exclusion');
    expect(await refused(session.publish('com.example.t', [], {}, { discloseMe: true }))).toContain('publisher_identification');
    // Options that need nothing still go out.
    void session.publish('com.example.t', [1], {}, { excludeMe: true });
    expect(await router.expect(16)).toEqual([16, 1, {}, 'com.example.t', [1]]);
  });

  it('timeout without call_timeout: not sent, enforced by the session as wamp.error.timeout; the late RESULT is absorbed', async () => {
    const { session, router, errors } = await joined({}, bare);
    const call = session.call('com.example.slow', [], {}, { timeout: 30 });
    expect(await router.expect(48)).toEqual([48, 1, {}, 'com.example.slow']);
    await expect(call).rejects.toMatchObject({ uri: WAMP_ERROR.TIMEOUT, message: expect.stringContaining('enforced by the session') });
    router.send([50, 1, {}, ['late']]);
    await tick();
    expect(session.isAttached()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('an aborted call without call_canceling sends no CANCEL; it rejects at once and the late answer is absorbed', async () => {
    const { session, router, errors } = await joined({}, bare);
    const controller = new AbortController();
    const call = session.call('com.example.long', [], {}, { signal: controller.signal });
    await router.expect(48);
    controller.abort(new Error('enough'));
    await expect(call).rejects.toThrow('enough');
    void session.publish('com.example.marker');
    expect(await router.expect(16)).toEqual([16, 2, {}, 'com.example.marker']); // the next message is not a CANCEL
    router.send([50, 1, {}, ['late']]);
    await tick();
    expect(session.isAttached()).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('endpoints', () => {
  async function registered(endpoint: (...args: any[]) => unknown, options = {}) {
    const ctx = await joined();
    const reg = ctx.session.register('com.example.proc', endpoint as Endpoint, options);
    await ctx.router.expect(64);
    ctx.router.send([65, 1, 100]);
    return { ...ctx, registration: await reg };
  }

  it('receives (args, kwargs, details) and YIELDs the value or CallResult', async () => {
    const seen: unknown[] = [];
    const { router } = await registered((args: unknown[], kwargs: unknown, details: unknown) => {
      seen.push(args, kwargs, details);
      return args.length === 0 ? new CallResult([1, 2], { x: 'y' }) : null;
    });
    router.send([68, 7, 100, { caller: 55, caller_authid: 'bob', procedure: 'com.example.proc' }, [1], { a: 2 }]);
    expect(await router.expect(70)).toEqual([70, 7, {}, [null]]);
    expect(seen[0]).toEqual([1]);
    expect(seen[1]).toEqual({ a: 2 });
    expect(seen[2]).toMatchObject({ registration: 100, caller: 55, callerAuthid: 'bob', procedure: 'com.example.proc', progress: undefined });
    router.send([68, 8, 100, {}]);
    expect(await router.expect(70)).toEqual([70, 8, {}, [1, 2], { x: 'y' }]);
  });

  it('sends progressive results when the caller asked for them', async () => {
    const { router } = await registered(async (_a: unknown, _k: unknown, details: { progress?: (args: unknown[]) => void }) => {
      details.progress?.([1]);
      details.progress?.([2]);
      return 3;
    });
    router.send([68, 9, 100, { receive_progress: true }]);
    expect(await router.expect(70)).toEqual([70, 9, { progress: true }, [1]]);
    expect(await router.expect(70)).toEqual([70, 9, { progress: true }, [2]]);
    expect(await router.expect(70)).toEqual([70, 9, {}, [3]]);
  });

  it('aborts details.signal on INTERRUPT; the endpoint’s rejection goes out as wamp.error.canceled', async () => {
    const { router } = await registered(
      (_a: unknown, _k: unknown, details: { signal: AbortSignal }) =>
        new Promise((_resolve, reject) => details.signal.addEventListener('abort', () => reject(details.signal.reason))),
    );
    router.send([68, 11, 100, {}]);
    await tick();
    router.send([69, 11, { mode: 'kill' }]);
    const error = await router.expect(8);
    expect(error.slice(0, 5)).toEqual([8, 68, 11, {}, 'wamp.error.canceled']);
  });

  it('sends wamp.error.runtime_error for a non-application error and reports it to onUserError', async () => {
    const { router, errors } = await registered(() => {
      throw new TypeError('boom');
    });
    router.send([68, 12, 100, {}]);
    expect(await router.expect(8)).toEqual([8, 68, 12, {}, 'wamp.error.runtime_error', ['boom']]);
    expect(errors).toEqual([new TypeError('boom')]);
  });

  it('answers wamp.error.runtime_error when the result cannot be serialized', async () => {
    const { router } = await registered(() => 10n);
    router.send([68, 13, 100, {}]);
    const error = await router.expect(8);
    expect(error.slice(0, 5)).toEqual([8, 68, 13, {}, 'wamp.error.runtime_error']);
    expect(String((error[5] as string[])[0])).toMatch(/could not be sent/);
  });

  it('runs the validator first: failing arguments are answered with wamp.error.invalid_argument', async () => {
    const endpoint = jest.fn(() => 'ok');
    const { router } = await registered(endpoint, { validator: (args: readonly unknown[]) => typeof args[0] === 'number' });
    router.send([68, 14, 100, {}, ['x']]);
    const error = await router.expect(8);
    expect(error.slice(0, 5)).toEqual([8, 68, 14, {}, 'wamp.error.invalid_argument']);
    router.send([68, 15, 100, {}, [1]]);
    expect(await router.expect(70)).toEqual([70, 15, {}, ['ok']]);
    expect(endpoint).toHaveBeenCalledTimes(1);
  });

  it('unregisters, and takes a revocation (UNREGISTERED with request 0) as the end of the registration', async () => {
    const { session, router, registration } = await registered(() => 1);
    const second = session.register('com.example.two', () => 2);
    await router.expect(64);
    router.send([65, 2, 200]);
    const two = await second;
    router.send([67, 0, { registration: 200, reason: 'wamp.close.killed' }]);
    await tick();
    await tick();
    expect(two.active).toBe(false);
    const un = registration.unregister();
    expect(await router.expect(66)).toEqual([66, 3, 100]);
    router.send([67, 3]);
    await un;
    expect(registration.active).toBe(false);
    await expect(registration.unregister()).rejects.toMatchObject({ uri: WAMP_ERROR.NO_SUCH_REGISTRATION });
  });

  it('registers and subscribes the methods an object lists in its handler map, with a prefix', async () => {
    const { session, router } = await joined();
    const service = {
      factor: 10,
      times(args: unknown[]) {
        return (args[0] as number) * this.factor;
      },
      tick() {},
    };
    const regs = session.register(service, { times: 'times' }, { prefix: 'com.example.' });
    expect(await router.expect(64)).toEqual([64, 1, {}, 'com.example.times']);
    router.send([65, 1, 300]);
    expect((await regs).map((r) => r.procedure)).toEqual(['com.example.times']);
    router.send([68, 1, 300, {}, [4]]);
    expect(await router.expect(70)).toEqual([70, 1, {}, [40]]);
    await expect(session.register(service, { nope: 'x' })).rejects.toThrow(/"nope", which is not a method/);
    const subs = session.subscribe(service, { tick: 'com.example.tick' });
    expect(await router.expect(32)).toEqual([32, 2, {}, 'com.example.tick']);
    router.send([33, 2, 301]);
    expect(await subs).toHaveLength(1);
  });
});

describe('events', () => {
  it('delivers to every handler; a throwing handler reaches onUserError and the others still run', async () => {
    const { session, router, errors } = await joined();
    const got: unknown[] = [];
    const one = session.subscribe('com.example.t', () => {
      throw new Error('bad handler');
    });
    await router.expect(32);
    router.send([33, 1, 500]);
    await one;
    const two = session.subscribe('com.example.t', (args, kwargs, details) => void got.push(args, kwargs, details));
    await router.expect(32);
    router.send([33, 2, 500]);
    await two;
    router.send([36, 500, 9, { publisher: 3, topic: 'com.example.t' }, [1], { k: 2 }]);
    await tick();
    await tick();
    expect(got).toEqual([[1], { k: 2 }, { subscription: 500, publication: 9, topic: 'com.example.t', publisher: 3, publisherAuthid: undefined, publisherAuthrole: undefined, retained: false }]);
    expect(errors).toEqual([new Error('bad handler')]);
  });

  it('events(topic) yields events as an async iterator and unsubscribes when the loop ends', async () => {
    const { session, router } = await joined();
    const seen: unknown[] = [];
    const loop = (async () => {
      for await (const event of session.events('com.example.ticks')) {
        seen.push(event.args[0]);
        if (seen.length === 3) break;
      }
    })();
    expect(await router.expect(32)).toEqual([32, 1, {}, 'com.example.ticks']);
    router.send([33, 1, 600]);
    for (const n of [1, 2, 3, 4]) router.send([36, 600, n, {}, [n]]);
    expect(await router.expect(34)).toEqual([34, 2, 600]);
    router.send([35, 2]);
    await loop;
    expect(seen).toEqual([1, 2, 3]);
  });

  it('publishes fire-and-forget by default and resolves with a Publication when acknowledged', async () => {
    const { session, router } = await joined();
    await expect(session.publish('com.example.t', [1], {}, { excludeMe: false, eligible: [1, 2] })).resolves.toBeUndefined();
    expect(await router.expect(16)).toEqual([16, 1, { exclude_me: false, eligible: [1, 2] }, 'com.example.t', [1]]);
    const ack = session.publish('com.example.t', [], {}, { acknowledge: true });
    expect(await router.expect(16)).toEqual([16, 2, { acknowledge: true }, 'com.example.t']);
    router.send([17, 2, 4242]);
    await expect(ack).resolves.toMatchObject({ id: 4242, wasEncrypted: false });
    const denied = session.publish('com.example.secret', [], {}, { acknowledge: true });
    await router.expect(16);
    router.send([8, 16, 3, {}, 'wamp.error.not_authorized']);
    await expect(denied).rejects.toMatchObject({ uri: 'wamp.error.not_authorized' });
  });
});

describe('payload codec', () => {
  // A reversible toy codec: JSON text, bytes reversed. Enough to see where the session applies it.
  const codec: IPayloadCodec = {
    encode: async (_orig, uri, args, kwargs) => ({ payload: new TextEncoder().encode(JSON.stringify({ uri, args, kwargs })).reverse(), encAlgo: 'x_reverse', encSerializer: 'json' }),
    decode: async (_orig, _uri, encoded) => JSON.parse(new TextDecoder().decode(encoded.payload.slice().reverse())) as never,
  };

  it('encodes CALL payloads into passthru mode and decodes the RESULT', async () => {
    const { session, router } = await joined({ payloadCodec: codec });
    const call = session.call('com.example.enc', [1], { a: 2 });
    const wire = await router.expect(48);
    expect(wire[2]).toEqual({ enc_algo: 'x_reverse', enc_serializer: 'json' });
    expect(wire[4]).toBeInstanceOf(Uint8Array);
    const decoded = await codec.decode(true, 'com.example.enc', { payload: wire[4] as Uint8Array, encAlgo: 'x_reverse' });
    expect(decoded).toEqual({ uri: 'com.example.enc', args: [1], kwargs: { a: 2 } });
    const reply = await codec.encode(false, 'com.example.enc', ['ok']);
    router.send([50, 1, { enc_algo: 'x_reverse' }, reply!.payload]);
    await expect(call).resolves.toBe('ok');
  });

  it('rejects an encoded RESULT with wamp.error.invalid_payload, naming no_payload_codec, when no codec is set', async () => {
    const { session, router } = await joined();
    const call = session.call('com.example.enc');
    await router.expect(48);
    router.send([50, 1, { enc_algo: 'cryptobox' }, new Uint8Array([1, 2, 3])]);
    await expect(call).rejects.toMatchObject({ uri: WAMP_ERROR.INVALID_PAYLOAD, message: expect.stringContaining(WAMP_ERROR.NO_PAYLOAD_CODEC) });
  });
});
