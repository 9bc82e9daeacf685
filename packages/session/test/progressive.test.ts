/**
 * Progressive call invocations (a caller streams input to a callee) and the AsyncIterable form of
 * progressive call results, between our session and our router, over WebSocket + JSON and
 * RawSocket + CBOR.
 */
import type { ReceivedChunk } from '@wamp/interfaces';
import { WAMP_ERROR } from '@wamp/interfaces';
import { KINDS, eventually, tick, useAdvancedRouter } from './support/advanced-router.js';

async function* numbers(n: number, gap = 0): AsyncGenerator<unknown[]> {
  for (let i = 1; i <= n; i++) {
    if (gap > 0) await tick(gap);
    yield [i];
  }
}

describe.each(KINDS)('progressive calls over %s', (kind) => {
  const { join } = useAdvancedRouter(kind);

  it('announces progressive_call_invocations on both sides', async () => {
    const s = await join();
    expect(s.sessionDetails?.routerRoles).toMatchObject({ dealer: { features: { progressive_call_invocations: true } } });
  });

  it('streams input chunks to the callee in order, and the call resolves with its answer', async () => {
    const callee = await join();
    const caller = await join();
    const seen: ReceivedChunk[] = [];
    await callee.register('com.example.sum', async (args, _k, details) => {
      let total = 0;
      for await (const chunk of details.input!) {
        seen.push(chunk);
        total += (chunk.args[0] as number | undefined) ?? 0;
      }
      return [args[0], total];
    });
    expect(await caller.call('com.example.sum', ['header'], {}, { input: numbers(5, 2) })).toEqual(['header', 15]);
    expect(seen).toEqual([1, 2, 3, 4, 5].map((i) => ({ args: [i], kwargs: {} })));
    // Chunks given as { args, kwargs }, from a plain (sync) iterable.
    seen.length = 0;
    const input = [{ args: [10], kwargs: { unit: 'm' } }, { kwargs: { unit: 'km' } }];
    expect(await caller.call('com.example.sum', [], {}, { input })).toEqual([null, 10]);
    expect(seen).toEqual([{ args: [10], kwargs: { unit: 'm' } }, { args: [], kwargs: { unit: 'km' } }]);
  });

  it('delivers each chunk before the caller produces the next (no buffering at the caller)', async () => {
    const callee = await join();
    const caller = await join();
    const arrived: number[] = [];
    await callee.register('com.example.watch', async (_a, _k, details) => {
      for await (const chunk of details.input!) arrived.push(chunk.args[0] as number);
      return arrived.length;
    });
    let release!: () => void;
    async function* gated(): AsyncGenerator<unknown[]> {
      yield [1];
      await new Promise<void>((r) => (release = r));
      yield [2];
    }
    const call = caller.call('com.example.watch', [], {}, { input: gated() });
    expect(await eventually(() => arrived.length === 1)).toBe(true);
    release();
    expect(await call).toBe(2);
  });

  it('gives an ordinary call no input, and a progressive one with an empty input an empty loop', async () => {
    const callee = await join();
    const caller = await join();
    await callee.register('com.example.kind', async (_a, _k, details) => {
      if (details.input === undefined) return 'ordinary';
      let n = 0;
      for await (const _ of details.input) n++;
      return `chunks:${n}`;
    });
    expect(await caller.call('com.example.kind')).toBe('ordinary');
    expect(await caller.call('com.example.kind', [], {}, { input: [] })).toBe('chunks:0');
  });

  it('stops reading the input once the callee has answered, and drops chunks that crossed the answer', async () => {
    const callee = await join();
    const caller = await join();
    await callee.register('com.example.first', async (_a, _k, details) => {
      for await (const chunk of details.input!) return chunk.args[0];
      return null;
    });
    let produced = 0;
    async function* endless(): AsyncGenerator<unknown[]> {
      for (;;) {
        produced++;
        yield [produced];
        await tick(5);
      }
    }
    expect(await caller.call('com.example.first', [], {}, { input: endless() })).toBe(1);
    const stopped = produced;
    await tick(60);
    expect(produced).toBeLessThanOrEqual(stopped + 1);
    expect(caller.isAttached() && callee.isAttached()).toBe(true);
    expect(await caller.call('com.example.first', [], {}, { input: [[7]] })).toBe(7);
  });

  it('cancels the call when the input throws: the callee is interrupted, the caller gets the input’s error', async () => {
    const callee = await join();
    const caller = await join();
    let interruptedWith: unknown;
    await callee.register('com.example.upload', async (_a, _k, details) => {
      try {
        for await (const _ of details.input!);
      } catch (error) {
        interruptedWith = error;
        throw error;
      }
      return 'complete';
    });
    async function* broken(): AsyncGenerator<unknown[]> {
      yield [1];
      await tick(10);
      throw new Error('disk read failed');
    }
    await expect(caller.call('com.example.upload', [], {}, { input: broken() })).rejects.toThrow('disk read failed');
    expect(await eventually(() => interruptedWith !== undefined)).toBe(true);
    expect(interruptedWith).toMatchObject({ uri: WAMP_ERROR.CANCELED });
  });

  it('refuses a streamed call to a meta procedure with feature_not_supported', async () => {
    const caller = await join();
    await expect(caller.call('wamp.session.count', [], {}, { input: [[1]] })).rejects.toMatchObject({ uri: WAMP_ERROR.FEATURE_NOT_SUPPORTED });
    expect(caller.isAttached()).toBe(true);
  });

  it('streams both ways: input chunks in, progressive results out', async () => {
    const callee = await join();
    const caller = await join();
    await callee.register('com.example.echo', async (_a, _k, details) => {
      let n = 0;
      for await (const chunk of details.input!) {
        n++;
        details.progress?.([`echo ${String(chunk.args[0])}`]);
      }
      return `done after ${n}`;
    });
    const echoed: unknown[] = [];
    const result = await caller.call('com.example.echo', [], {}, { input: numbers(3), onProgress: (a) => void echoed.push(a[0]) });
    expect(result).toBe('done after 3');
    expect(echoed).toEqual(['echo 1', 'echo 2', 'echo 3']);
  });

  it('iterates progressive results with callProgressive, the final result last', async () => {
    const callee = await join();
    const caller = await join();
    await callee.register('com.example.count', async (args, _k, details) => {
      for (let i = 1; i < (args[0] as number); i++) {
        details.progress?.([i]);
        await tick(1);
      }
      return args[0];
    });
    const got: unknown[] = [];
    for await (const value of caller.callProgressive('com.example.count', [4])) got.push(value);
    expect(got).toEqual([1, 2, 3, 4]);
    await callee.register('com.example.fails', () => {
      throw new Error('nope');
    });
    const failing = async (): Promise<void> => {
      for await (const _ of caller.callProgressive('com.example.fails'));
    };
    await expect(failing()).rejects.toMatchObject({ uri: WAMP_ERROR.RUNTIME_ERROR });
  });

  it('cancels the call when the callProgressive loop is left early', async () => {
    const callee = await join();
    const caller = await join();
    let interrupted = false;
    await callee.register('com.example.ticker', (_a, _k, details) => {
      details.signal.addEventListener('abort', () => (interrupted = true));
      const timer = setInterval(() => details.progress?.(['tick']), 5);
      return new Promise((_r, reject) => details.signal.addEventListener('abort', () => (clearInterval(timer), reject(details.signal.reason))));
    });
    let n = 0;
    for await (const _ of caller.callProgressive('com.example.ticker')) if (++n === 3) break;
    expect(await eventually(() => interrupted)).toBe(true);
    expect(caller.isAttached()).toBe(true);
  });
});
