/** Component with fake timers and scripted connectors: the retry loop, giving up, stop(). */
import type { ITransportConnector } from '@wamp/interfaces';
import { TransportLost } from '@wamp/interfaces';
import type { ComponentStatus } from '../src/index.js';
import { Component } from '../src/index.js';
import { ScriptedRouter } from './support/scripted-router.js';

/** A connector whose connection attempts all fail, counting them. */
function deadConnector(name = 'dead'): ITransportConnector & { attempts: number } {
  const c = {
    description: name,
    attempts: 0,
    connect: () => {
      c.attempts++;
      return Promise.reject(new TransportLost(`${name}: connection refused`));
    },
  };
  return c;
}

describe('Component', () => {
  afterEach(() => jest.useRealTimers());

  it('rejects unknown options by name, here and per transport', () => {
    expect(() => new Component({ realm: 'r', transports: [deadConnector()], reconect: true } as never)).toThrow('Component: unknown option(s) reconect');
    expect(() => new Component({ realm: 'r', transports: [{ connector: deadConnector(), maxRetry: 3 } as never] })).toThrow('unknown option(s) maxRetry in transports[0]');
    expect(() => new Component({ realm: 'r', transports: [] })).toThrow('at least one transport');
    expect(() => new Component({ realm: 'r', transports: [{ connector: deadConnector(), retryDelayGrowth: 0 }] })).toThrow(RangeError);
  });

  it('retries with the backoff sequence, then gives up after maxRetries', async () => {
    jest.useFakeTimers();
    const connector = deadConnector();
    const statuses: ComponentStatus[] = [];
    const component = new Component({
      realm: 'realm1',
      transports: [{ connector, maxRetries: 3, initialRetryDelay: 100, retryDelayGrowth: 2, retryDelayJitter: 0 }],
      onStatus: (s) => void statuses.push(s),
    });
    const started = component.start().catch((e: unknown) => e);
    await jest.advanceTimersByTimeAsync(10_000);
    const error = await started;
    expect(error).toBeInstanceOf(TransportLost);
    expect((error as Error).message).toBe('the component gave up: every transport has used up its retries');
    expect(connector.attempts).toBe(4);
    expect(statuses.filter((s) => s.kind === 'reconnecting').map((s) => (s as { delay: number }).delay)).toEqual([200, 400, 800]);
    expect(statuses.at(-2)).toEqual({ kind: 'failed', reason: 'every transport has used up its retries' });
    expect(statuses.at(-1)).toEqual({ kind: 'stopped' });
    expect(jest.getTimerCount()).toBe(0);
  });

  it('stop() during a retry wait cancels the timer and ends the run', async () => {
    jest.useFakeTimers();
    const statuses: ComponentStatus[] = [];
    const component = new Component({ realm: 'realm1', transports: [{ connector: deadConnector(), initialRetryDelay: 60_000 }], onStatus: (s) => void statuses.push(s) });
    const started = component.start().catch((e: unknown) => e);
    await jest.advanceTimersByTimeAsync(10);
    expect(statuses.map((s) => s.kind)).toEqual(['connecting', 'disconnected', 'reconnecting']);
    expect(jest.getTimerCount()).toBe(1);
    await component.stop();
    expect(jest.getTimerCount()).toBe(0);
    expect(await started).toBeInstanceOf(TransportLost);
    expect(statuses.at(-1)).toEqual({ kind: 'stopped' });
  });

  it('tries the transports in turn: a dead first one, then the second', async () => {
    const dead = deadConnector('first');
    const router = new ScriptedRouter();
    const component = new Component({ realm: 'realm1', transports: [dead, router], onUserError: () => {} });
    const joined = component.start();
    await router.welcome();
    expect((await joined).session).toBe(77);
    expect(dead.attempts).toBe(1);
    const stopping = component.stop();
    await router.expect(6);
    router.send([6, {}, 'wamp.close.goodbye_and_out']);
    await stopping;
  });

  it('fails calls at once with whileDisconnected "fail", and times a waiting call out otherwise', async () => {
    const fail = new Component({ realm: 'realm1', transports: [deadConnector()], whileDisconnected: 'fail' });
    await expect(fail.call('com.example.x')).rejects.toThrow('the component is not joined right now');
    const wait = new Component({ realm: 'realm1', transports: [deadConnector()], waitTimeout: 20 });
    await expect(wait.call('com.example.x')).rejects.toThrow('no session within 20 ms');
    await expect(wait.publish('com.example.x', [], {}, { signal: AbortSignal.abort(new Error('gave up')) })).rejects.toThrow('gave up');
  });

  it('gives up at once when the router refuses for good (ABORT not_authorized)', async () => {
    const router = new ScriptedRouter();
    const statuses: ComponentStatus[] = [];
    const component = new Component({ realm: 'realm1', transports: [router], onStatus: (s) => void statuses.push(s), onUserError: () => {} });
    const started = component.start().catch((e: unknown) => e);
    await router.expect(1);
    router.send([3, { message: 'no' }, 'wamp.error.not_authorized']);
    expect(await started).toBeInstanceOf(TransportLost);
    expect(statuses.map((s) => s.kind)).toEqual(['connecting', 'disconnected', 'failed', 'stopped']);
  });

  it('reports statuses through an async iterator that ends when the component stops', async () => {
    const router = new ScriptedRouter();
    const component = new Component({ realm: 'realm1', transports: [router] });
    const seen: string[] = [];
    const reading = (async () => {
      for await (const status of component.statuses()) seen.push(status.kind);
    })();
    const joined = component.start();
    await router.welcome();
    await joined;
    const stopping = component.stop();
    await router.expect(6);
    router.send([6, {}, 'wamp.close.goodbye_and_out']);
    await stopping;
    await reading;
    expect(seen).toEqual(['connecting', 'joined', 'left', 'stopped']);
  });
});
