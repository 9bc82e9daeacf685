import { MESSAGE_TYPE_MAP } from '@wamp/message';
import { dataEqual, findDifference } from '../src/data-equal.js';
import { messageCorpus } from '../src/message-corpus.js';
import { valueCorpus } from '../src/value-corpus.js';

const ALL_TYPES = [1, 2, 3, 4, 5, 6, 8, 16, 17, 32, 33, 34, 35, 36, 48, 49, 50, 64, 65, 66, 67, 68, 69, 70];

describe('messageCorpus', () => {
  it('holds every one of the 24 message types', () => {
    expect([...new Set(messageCorpus().map((e) => e.message.MESSAGE_TYPE))].sort((a, b) => a - b)).toEqual(ALL_TYPES);
  });

  it('names each message uniquely (checks look messages up by name)', () => {
    const names = messageCorpus().map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('holds only messages that @wamp/message parses back to the same list', () => {
    for (const { name, message } of messageCorpus()) {
      const wmsg = message.marshal();
      const parsed = MESSAGE_TYPE_MAP.get(message.MESSAGE_TYPE)!.parse(wmsg);
      expect({ name, diff: findDifference(parsed.marshal(), wmsg) }).toEqual({ name, diff: undefined });
    }
  });

  it('reaches the edges the suite promises: ids 1 and 2^53, bytes, kwargs only, empty options', () => {
    const lists = messageCorpus().map((e) => e.message.marshal());
    const flat = JSON.stringify(lists, (_k, v: unknown) => (v instanceof Uint8Array ? '<bytes>' : v));
    expect(lists.some((l) => l.includes(1))).toBe(true);
    expect(lists.some((l) => l.includes(2 ** 53))).toBe(true);
    expect(flat).toContain('<bytes>');
    expect(lists.some((l) => l[0] === 48 && dataEqual(l[4], []) && l[5] !== undefined)).toBe(true);
    expect(lists.some((l) => l[0] === 48 && dataEqual(l[2], {}))).toBe(true);
    expect(flat).toContain('🚀');
  });

  it('builds fresh messages on every call, so their caches start empty', () => {
    expect(messageCorpus()[0]!.message).not.toBe(messageCorpus()[0]!.message);
  });
});

describe('valueCorpus', () => {
  it('names each value uniquely', () => {
    const names = valueCorpus().map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('holds nothing a faithful format could refuse or change', () => {
    const visit = (v: unknown): void => {
      if (typeof v === 'string') expect(v.charCodeAt(0)).not.toBe(0);
      if (typeof v === 'number') expect(Number.isFinite(v) && !Object.is(v, -0)).toBe(true);
      if (Array.isArray(v)) v.forEach(visit);
      else if (v !== null && typeof v === 'object' && !(v instanceof Uint8Array)) Object.values(v).forEach(visit);
    };
    valueCorpus().forEach((e) => visit(e.value));
  });
});
