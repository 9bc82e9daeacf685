/**
 * fast-check arbitraries for the parts of messages: IDs, URIs and patterns, payload values,
 * option dicts, payloads (normal and passthru) and role announcements.
 */
import fc from 'fast-check';

/** A WAMP dict. */
export type Dict = Record<string, unknown>;

/** WAMP IDs: small, large, and the bounds 1 and 2^53. */
export const id: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 1, max: 1000 }),
  fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  fc.constantFrom(1, 2 ** 53),
);

const strictComponent = fc.stringMatching(/^[0-9a-z_]{1,8}$/);
// The loose rule: anything but whitespace, '.' and '#' (upper case, unicode, punctuation).
const looseComponent = fc.stringMatching(/^[^\s.#]{1,8}$/);
const component = fc.oneof({ weight: 3, arbitrary: strictComponent }, { weight: 1, arbitrary: looseComponent });

/** URIs under the loose rule (no empty components). */
export const uri: fc.Arbitrary<string> = fc.array(component, { minLength: 1, maxLength: 4 }).map((c) => c.join('.'));

/** Wildcard patterns: components, some empty. */
export const wildcardUri = fc
  .array(fc.option(component, { nil: '' }), { minLength: 2, maxLength: 4 })
  .map((c) => c.join('.'));

/** Prefix patterns: a URI, possibly with a trailing dot. */
export const prefixUri = fc.tuple(uri, fc.boolean()).map(([u, dot]) => (dot ? `${u}.` : u));

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.uint8Array({ maxLength: 8 }),
);

/** Application payload values: anything a serializer carries, nested. */
export const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), tie('v'), { maxKeys: 3 }),
  ),
})).v;

/** Keys no spec defines, kept as received. */
export const unknownKeys: fc.Arbitrary<Dict> = fc.dictionary(fc.stringMatching(/^x_[a-z]{1,5}$/), value, { maxKeys: 2 });

/** A dict of the given known keys (each optional) plus unknown keys. */
export function dict(known: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Dict> {
  return fc.tuple(fc.record(known, { requiredKeys: [] }), unknownKeys).map(([k, u]) => ({ ...u, ...k }));
}

/** Positional arguments, or none. */
export const args = fc.option(fc.array(value, { maxLength: 3 }), { nil: undefined });
/** Keyword arguments, or none. */
export const kwargs = fc.option(fc.dictionary(fc.string({ maxLength: 5 }), value, { maxKeys: 3 }), { nil: undefined });

/** Payload fields plus the passthru keys they need in the message's Options/Details. */
export interface Payload {
  args?: unknown[] | undefined;
  kwargs?: Dict | undefined;
  payload?: Uint8Array | undefined;
  passthru: Dict;
}

/** `forward_for` of router-to-router links. */
export const forwardFor = fc.array(fc.record({ session: id, authid: fc.string(), authrole: fc.string() }), { maxLength: 2 });

/**
 * The payload of a message: none, args, kwargs, both (normal mode), or one opaque payload with
 * its passthru keys, in Autobahn's naming and form (bare bytes) or the spec's (a list of one).
 */
export const payload: fc.Arbitrary<Payload> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ args, kwargs }).map((p) => ({ ...p, passthru: {} })) },
  {
    weight: 1,
    arbitrary: fc.record({
      payload: fc.uint8Array({ maxLength: 16 }),
      passthru: dict({
        enc_algo: fc.constantFrom('cryptobox', 'mqtt', 'xbr', 'x_custom'),
        enc_serializer: fc.constantFrom('json', 'msgpack', 'cbor', 'ubjson', 'flatbuffers'),
        enc_key: fc.string(),
      }).map((d) => ({ enc_algo: 'cryptobox', ...d })),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      args: fc.uint8Array({ maxLength: 16 }).map((b) => [b]),
      passthru: dict({
        ppt_serializer: fc.constantFrom('native', 'json', 'msgpack', 'cbor', 'flatbuffers'),
        ppt_cipher: fc.constantFrom('xsalsa20poly1305', 'aes256gcm'),
        ppt_keyid: fc.string(),
      }).chain((d) => fc.constantFrom('wamp', 'mqtt', 'x_my_ppt').map((scheme) => ({ ...d, ppt_scheme: scheme }))),
    }),
  },
);

/** The payload fields of `p` that are set (for constructors under exactOptionalPropertyTypes). */
export function withPayload(p: Payload): { args?: unknown[]; kwargs?: Dict; payload?: Uint8Array } {
  const out: { args?: unknown[]; kwargs?: Dict; payload?: Uint8Array } = {};
  if (p.args !== undefined) out.args = p.args;
  if (p.kwargs !== undefined) out.kwargs = p.kwargs;
  if (p.payload !== undefined) out.payload = p.payload;
  return out;
}

const features = fc.dictionary(fc.stringMatching(/^[a-z_]{1,12}$/), fc.boolean(), { maxKeys: 3 });
const role = fc.oneof(fc.constant({}), features.map((f) => ({ features: f })));

/** `Details.roles` naming one or more of `names`, each `{}` or `{features: {...booleans}}`. */
export function roles(names: readonly string[]): fc.Arbitrary<Record<string, Dict>> {
  return fc
    .subarray([...names], { minLength: 1 })
    .chain((chosen) => fc.tuple(...chosen.map(() => role)).map((r) => Object.fromEntries(chosen.map((n, i) => [n, r[i] as Dict]))));
}
