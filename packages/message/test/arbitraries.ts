/** fast-check arbitraries for valid WAMP lists of every message type (test-only). */
import fc from 'fast-check';

const id = fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.constant(2 ** 53), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }));
const component = fc.stringMatching(/^[a-z0-9_]{1,8}$/);
const uri = fc.array(component, { minLength: 1, maxLength: 4 }).map((c) => c.join('.'));
const leaf = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.uint8Array({ maxLength: 8 }));
const value = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), tie('v'), { maxKeys: 3 })),
})).v;
const dict = fc.dictionary(fc.stringMatching(/^x_[a-z]{1,5}$/), value, { maxKeys: 2 });
const args = fc.option(fc.array(value, { maxLength: 3 }), { nil: undefined });
const kwargs = fc.option(fc.dictionary(fc.string({ maxLength: 5 }), value, { maxKeys: 3 }), { nil: undefined });

function withPayload(head: fc.Arbitrary<unknown[]>): fc.Arbitrary<unknown[]> {
  return fc.tuple(head, args, kwargs).map(([h, a, k]) => {
    if (k !== undefined && Object.keys(k).length > 0) return [...h, a ?? [], k];
    if (a !== undefined && a.length > 0) return [...h, a];
    return h;
  });
}

/** A valid WAMP list of any of the 24 message types, in the short (marshalled) form. */
export const wampList: fc.Arbitrary<unknown[]> = fc.oneof(
  fc.tuple(uri, dict).map(([r, d]) => [1, r, { ...d, roles: { caller: {}, subscriber: {} } }]),
  fc.tuple(id, dict).map(([s, d]) => [2, s, { ...d, roles: { dealer: {} } }]),
  withPayload(fc.tuple(dict, uri).map(([d, r]) => [3, d, r])),
  fc.tuple(fc.string(), dict).map(([m, e]) => [4, m, e]),
  fc.tuple(fc.string(), dict).map(([s, e]) => [5, s, e]),
  fc.tuple(dict, uri).map(([d, r]) => [6, d, r]),
  withPayload(fc.tuple(fc.constantFrom(16, 32, 34, 48, 64, 66, 68), id, dict, uri).map(([t, r, d, e]) => [8, t, r, d, e])),
  withPayload(fc.tuple(id, dict, uri).map(([r, o, t]) => [16, r, { ...o, acknowledge: true }, t])),
  fc.tuple(id, id).map(([r, p]) => [17, r, p]),
  fc.tuple(id, uri).map(([r, t]) => [32, r, {}, t]),
  fc.tuple(id, id).map(([r, s]) => [33, r, s]),
  fc.tuple(id, id).map(([r, s]) => [34, r, s]),
  id.map((r) => [35, r]),
  withPayload(fc.tuple(id, id, dict).map(([s, p, d]) => [36, s, p, d])),
  withPayload(fc.tuple(id, dict, uri).map(([r, o, p]) => [48, r, o, p])),
  fc.tuple(id, fc.constantFrom('skip', 'kill', 'killnowait')).map(([r, mode]) => [49, r, { mode }]),
  withPayload(fc.tuple(id, fc.boolean()).map(([r, progress]) => [50, r, { progress }])),
  fc.tuple(id, uri, fc.constantFrom('single', 'roundrobin')).map(([r, p, invoke]) => [64, r, { invoke }, p]),
  fc.tuple(id, id).map(([r, g]) => [65, r, g]),
  fc.tuple(id, id).map(([r, g]) => [66, r, g]),
  fc.tuple(id, id).map(([g, r]) => [67, 0, { registration: g, reason: `r${r}` }]),
  withPayload(fc.tuple(id, id, dict).map(([r, g, d]) => [68, r, g, d])),
  fc.tuple(id, dict).map(([r, o]) => [69, r, o]),
  withPayload(fc.tuple(id, dict).map(([r, o]) => [70, r, o])),
);

/** Any JSON-like value, including ones shaped almost like messages. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  value,
  fc.tuple(fc.integer({ min: -2, max: 80 }), fc.array(value, { maxLength: 6 })).map(([t, rest]) => [t, ...rest]),
  wampList.chain((list) => fc.tuple(fc.nat(list.length - 1), value).map(([i, v]) => list.map((x, j) => (j === i && j > 0 ? v : x)))),
);
