import { RequestIdCounter, RequestIdWatermark, randomId, uniqueRandomId } from '../src/id.js';

const MAX = 2 ** 53;

describe('randomId', () => {
  it('draws integers in 1..2^53 that use the whole range', () => {
    let high = 0;
    for (let i = 0; i < 10_000; i++) {
      const id = randomId();
      expect(Number.isInteger(id)).toBe(true);
      expect(id >= 1 && id <= MAX).toBe(true);
      if (id > 2 ** 52) high++;
    }
    // About half of uniform draws lie in the upper half (binomial, 10 000 draws: ±5 % is > 10 sigma).
    expect(high).toBeGreaterThan(4500);
    expect(high).toBeLessThan(5500);
  });

  it('skips IDs already taken', () => {
    const taken = { calls: 0, has(): boolean { return this.calls++ < 3; } };
    expect(uniqueRandomId(taken)).toBeGreaterThanOrEqual(1);
    expect(taken.calls).toBe(4);
  });
});

describe('RequestIdWatermark', () => {
  it('accepts 1, 2, 3 … and refuses repeats and gaps', () => {
    const w = new RequestIdWatermark();
    expect(w.accept(2)).toBe(false);
    expect(w.accept(1)).toBe(true);
    expect(w.accept(1)).toBe(false);
    expect(w.accept(2)).toBe(true);
    expect(w.accept(4)).toBe(false);
    expect(w.expected).toBe(3);
    expect(w.watermark).toBe(2);
    w.reset();
    expect(w.accept(1)).toBe(true);
  });

  it('wraps to 1 after 2^53', () => {
    const w = new RequestIdWatermark(MAX - 1);
    expect(w.accept(MAX)).toBe(true);
    expect(w.expected).toBe(1);
    expect(w.accept(MAX + 1)).toBe(false);
    expect(w.accept(1)).toBe(true);
  });
});

describe('RequestIdCounter', () => {
  it('counts from 1 and skips IDs still in flight', () => {
    const c = new RequestIdCounter();
    expect(c.next()).toBe(1);
    expect(c.next(new Set([2, 3]))).toBe(4);
    expect(c.next()).toBe(5);
  });

  it('wraps to 1 after 2^53', () => {
    const c = new RequestIdCounter(MAX - 1);
    expect(c.next()).toBe(MAX);
    expect(c.next()).toBe(1);
  });
});
