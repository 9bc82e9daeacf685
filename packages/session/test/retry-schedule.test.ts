/** The reconnect backoff: Autobahn|Python's sequence and defaults, uniform jitter within bounds. */
import { RetrySchedule } from '../src/index.js';

describe('RetrySchedule', () => {
  it('has Autobahn|Python’s defaults (in ms): retry forever, 1.5 s growing by 1.5 up to 300 s, 10% jitter', () => {
    const s = new RetrySchedule();
    expect([s.maxRetries, s.initialRetryDelay, s.maxRetryDelay, s.growth, s.jitter]).toEqual([Infinity, 1500, 300_000, 1.5, 0.1]);
  });

  it('tries at once first, then waits initial × growth^n, capped', () => {
    const s = new RetrySchedule({ initialRetryDelay: 100, retryDelayGrowth: 2, maxRetryDelay: 1000, retryDelayJitter: 0 });
    expect(Array.from({ length: 7 }, () => s.nextDelay())).toEqual([0, 200, 400, 800, 1000, 1000, 1000]);
  });

  it('keeps jittered delays within ±jitter of the nominal delay, and under the cap', () => {
    const low = new RetrySchedule({ initialRetryDelay: 1000, retryDelayGrowth: 1, retryDelayJitter: 0.25 }, () => 0);
    const high = new RetrySchedule({ initialRetryDelay: 1000, retryDelayGrowth: 1, retryDelayJitter: 0.25, maxRetryDelay: 1100 }, () => 0.999999);
    low.nextDelay();
    high.nextDelay();
    expect(low.nextDelay()).toBe(750);
    expect(high.nextDelay()).toBe(1100);
    const random = new RetrySchedule({ initialRetryDelay: 1000, retryDelayGrowth: 1, retryDelayJitter: 0.1 });
    random.nextDelay();
    for (let i = 0; i < 1000; i++) {
      const d = random.nextDelay();
      expect(d).toBeGreaterThanOrEqual(900);
      expect(d).toBeLessThanOrEqual(1100);
    }
  });

  it('allows the first attempt plus maxRetries, then refuses; reset starts over', () => {
    const s = new RetrySchedule({ maxRetries: 2, retryDelayJitter: 0 });
    expect([s.nextDelay(), s.nextDelay(), s.nextDelay()]).toEqual([0, 2250, 3375]);
    expect(s.canAttempt()).toBe(false);
    expect(() => s.nextDelay()).toThrow(RangeError);
    s.reset();
    expect(s.canAttempt()).toBe(true);
    expect(s.nextDelay()).toBe(0);
  });

  it.each([
    [{ maxRetries: -1 }, 'maxRetries'],
    [{ maxRetries: 1.5 }, 'maxRetries'],
    [{ initialRetryDelay: -5 }, 'initialRetryDelay'],
    [{ maxRetryDelay: Infinity }, 'maxRetryDelay'],
    [{ retryDelayGrowth: 0.5 }, 'retryDelayGrowth'],
    [{ retryDelayJitter: 1 }, 'retryDelayJitter'],
  ])('refuses %j naming %s', (options, name) => {
    expect(() => new RetrySchedule(options)).toThrow(new RangeError(`${name} is out of range: ${String(Object.values(options)[0])}`));
  });
});
