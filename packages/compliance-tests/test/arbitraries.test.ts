import fc from 'fast-check';
import { wampId, wampMessage, wampUri, wampValue } from '@wamp/compliance-tests/arbitraries';
import { MESSAGE_TYPE_MAP } from '@wamp/message';
import { findDifference } from '../src/data-equal.js';

describe('wampMessage', () => {
  it('generates messages that @wamp/message parses back to the same list', () => {
    fc.assert(
      fc.property(wampMessage(), (m) => {
        const wmsg = m.marshal();
        expect(findDifference(MESSAGE_TYPE_MAP.get(m.MESSAGE_TYPE)!.parse(wmsg).marshal(), wmsg)).toBeUndefined();
      }),
      { numRuns: 500 }
    );
  });

  it('generates all 24 message types', () => {
    const seen = new Set(fc.sample(wampMessage(), 3000).map((m) => m.MESSAGE_TYPE));
    expect(seen.size).toBe(24);
  });

  it('generates only the requested types', () => {
    expect(new Set(fc.sample(wampMessage([48, 50]), 200).map((m) => m.MESSAGE_TYPE))).toEqual(new Set([48, 50]));
  });

  it('generates keyword-only payloads and transparent byte payloads', () => {
    const lists = fc.sample(wampMessage([48]), 500).map((m) => m.marshal());
    expect(lists.some((l) => Array.isArray(l[4]) && l[4].length === 0 && l[5] !== undefined)).toBe(true);
    expect(lists.some((l) => l[4] instanceof Uint8Array)).toBe(true);
  });

  it('throws RangeError for a type code that is not a message type', () => {
    expect(() => wampMessage([7])).toThrow(RangeError);
  });
});

describe('wampId and wampUri', () => {
  it('generates ids in 1..2^53, reaching both ends', () => {
    const ids = fc.sample(wampId(), 2000);
    expect(ids.every((id) => Number.isInteger(id) && id >= 1 && id <= 2 ** 53)).toBe(true);
    expect(ids).toContain(1);
    expect(ids).toContain(2 ** 53);
  });

  it('generates URIs that pass the strict URI rules', () => {
    expect(fc.sample(wampUri(), 500).every((u) => /^([0-9a-z_]+\.)*([0-9a-z_]+)$/.test(u))).toBe(true);
  });
});

describe('wampValue', () => {
  it('never generates a string that starts with NUL, -0, NaN or an unsafe integer', () => {
    const bad: unknown[] = [];
    const visit = (v: unknown): void => {
      if (typeof v === 'string' && v.charCodeAt(0) === 0) bad.push(v);
      if (
        typeof v === 'number' &&
        (Object.is(v, -0) || !Number.isFinite(v) || (Number.isInteger(v) && Math.abs(v) > 2 ** 53))
      )
        bad.push(v);
      if (Array.isArray(v)) v.forEach(visit);
      else if (v !== null && typeof v === 'object' && !(v instanceof Uint8Array)) Object.values(v).forEach(visit);
    };
    fc.sample(wampValue(), 2000).forEach(visit);
    expect(bad).toEqual([]);
  });

  it('nests no deeper than maxDepth', () => {
    const depth = (v: unknown): number =>
      Array.isArray(v)
        ? 1 + Math.max(0, ...v.map(depth))
        : v !== null && typeof v === 'object' && !(v instanceof Uint8Array)
        ? 1 + Math.max(0, ...Object.values(v).map(depth))
        : 0;
    expect(Math.max(...fc.sample(wampValue({ maxDepth: 2 }), 1000).map(depth))).toBeLessThanOrEqual(2);
  });
});
