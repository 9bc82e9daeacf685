/**
 * fast-check arbitraries for valid WAMP messages, built with `@wamp/message`.
 *
 * @module
 */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { IMessage } from '@wamp/interfaces';
import {
  Abort,
  Authenticate,
  Call,
  Cancel,
  Challenge,
  ErrorMessage,
  Event,
  Goodbye,
  Hello,
  Interrupt,
  Invocation,
  Publish,
  Published,
  Register,
  Registered,
  Result,
  Subscribe,
  Subscribed,
  Unregister,
  Unregistered,
  Unsubscribe,
  Unsubscribed,
  Welcome,
  Yield,
} from '@wamp/message';
import { wampBytes, wampDict, wampList, wampString, wampValue } from './value-arbitraries.js';

/** WAMP IDs: integers in 1..2^53, the ends drawn more often than chance would. */
export function wampId(): Arbitrary<number> {
  return fc.oneof(
    fc.constantFrom(1, 2 ** 53),
    fc.maxSafeNat().map((n) => n + 1)
  );
}

/** URIs that pass the strict rules: dot-separated components of `[0-9a-z_]`. */
export function wampUri(): Arbitrary<string> {
  return fc
    .array(fc.stringMatching(/^[a-z][0-9a-z_]{0,7}$/), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.join('.'));
}

/** Extra keys beyond the ones a message type defines (`x_` prefixed, so they never clash with a known option). */
function customKeys(): Arbitrary<Record<string, unknown>> {
  return fc.dictionary(fc.stringMatching(/^x_[a-z0-9_]{1,8}$/), wampValue({ maxDepth: 2, maxItems: 3 }), {
    maxKeys: 3,
    noNullPrototype: true,
  });
}

/** An options/details dict: some of `known` (each optional) plus custom keys. */
function dict(known: Record<string, Arbitrary<unknown>> = {}): Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(fc.record(known, { requiredKeys: [], noNullPrototype: true }), customKeys())
    .map(([k, extra]) => ({ ...extra, ...k }));
}

interface PayloadFields {
  args?: unknown[];
  kwargs?: Record<string, unknown>;
}

/** No payload, `Arguments` only, both, or keyword arguments only (`Arguments` = `[]`). */
function payload(): Arbitrary<PayloadFields> {
  return fc.oneof(
    fc.constant({}),
    wampList().map((args) => ({ args })),
    fc.tuple(wampList(), wampDict()).map(([args, kwargs]) => ({ args, kwargs })),
    wampDict().map((kwargs) => ({ args: [], kwargs }))
  );
}

/** Payload transparency: an opaque byte payload and its Autobahn-style `enc_*` keys. */
function transparent(): Arbitrary<{ payload: Uint8Array; enc: Record<string, unknown> }> {
  return fc
    .tuple(wampBytes(64), fc.constantFrom('json', 'msgpack', 'cbor'))
    .map(([bytes, serializer]) => ({ payload: bytes, enc: { enc_algo: 'cryptobox', enc_serializer: serializer } }));
}

const ERROR_REQUEST_TYPES = [16, 32, 34, 48, 64, 66, 68] as const;

/** One arbitrary per message type, keyed by the type code. */
function byType(): ReadonlyMap<number, Arbitrary<IMessage>> {
  const id = wampId();
  const uri = wampUri();
  const text = wampString(24);
  const roles = (names: string[]) =>
    fc.subarray(names, { minLength: 1 }).map((r) => Object.fromEntries(r.map((n) => [n, {}])));
  const mode = fc.constantFrom('skip', 'kill', 'killnowait');
  const entries: [number, Arbitrary<IMessage>][] = [
    [
      1,
      fc
        .record({
          realm: uri,
          details: fc
            .tuple(dict({ authid: text }), roles(['caller', 'callee', 'publisher', 'subscriber']))
            .map(([d, r]) => ({ ...d, roles: r })),
        })
        .map((f) => new Hello(f)),
    ],
    [
      2,
      fc
        .record({
          session: id,
          details: fc
            .tuple(dict({ authid: text, authrole: text }), roles(['broker', 'dealer']))
            .map(([d, r]) => ({ ...d, roles: r })),
        })
        .map((f) => new Welcome(f)),
    ],
    [3, fc.record({ details: dict({ message: text }), reason: uri }).map((f) => new Abort(f))],
    [
      4,
      fc
        .record({
          authMethod: fc.constantFrom('ticket', 'wampcra', 'cryptosign', 'scram'),
          extra: dict({ challenge: text }),
        })
        .map((f) => new Challenge(f)),
    ],
    [5, fc.record({ signature: text, extra: dict({ nonce: text }) }).map((f) => new Authenticate(f))],
    [6, fc.record({ details: dict({ message: text }), reason: uri }).map((f) => new Goodbye(f))],
    [
      8,
      fc
        .record({
          requestType: fc.constantFrom(...ERROR_REQUEST_TYPES),
          request: id,
          details: dict(),
          error: uri,
          p: payload(),
        })
        .map(({ p, ...f }) => new ErrorMessage({ ...f, ...p })),
    ],
    [
      16,
      fc.oneof(
        fc
          .record({
            request: id,
            options: dict({ acknowledge: fc.boolean(), exclude_me: fc.boolean() }),
            topic: uri,
            p: payload(),
          })
          .map(({ p, ...f }) => new Publish({ ...f, ...p })),
        fc
          .record({ request: id, topic: uri, t: transparent() })
          .map(({ t, ...f }) => new Publish({ ...f, options: t.enc, payload: t.payload }))
      ),
    ],
    [17, fc.record({ request: id, publication: id }).map((f) => new Published(f))],
    [
      32,
      fc
        .record({ request: id, options: dict({ match: fc.constantFrom('exact', 'prefix') }), topic: uri })
        .map((f) => new Subscribe(f)),
    ],
    [33, fc.record({ request: id, subscription: id }).map((f) => new Subscribed(f))],
    [34, fc.record({ request: id, subscription: id }).map((f) => new Unsubscribe(f))],
    [35, fc.record({ request: id }).map((f) => new Unsubscribed(f))],
    [
      36,
      fc.oneof(
        fc
          .record({ subscription: id, publication: id, details: dict({ publisher: id, topic: uri }), p: payload() })
          .map(({ p, ...f }) => new Event({ ...f, ...p })),
        fc
          .record({ subscription: id, publication: id, t: transparent() })
          .map(({ t, ...f }) => new Event({ ...f, details: t.enc, payload: t.payload }))
      ),
    ],
    [
      48,
      fc.oneof(
        fc
          .record({
            request: id,
            options: dict({ timeout: fc.nat(), receive_progress: fc.boolean() }),
            procedure: uri,
            p: payload(),
          })
          .map(({ p, ...f }) => new Call({ ...f, ...p })),
        fc
          .record({ request: id, procedure: uri, t: transparent() })
          .map(({ t, ...f }) => new Call({ ...f, options: t.enc, payload: t.payload }))
      ),
    ],
    [49, fc.record({ request: id, options: dict({ mode }) }).map((f) => new Cancel(f))],
    [
      50,
      fc.oneof(
        fc
          .record({ request: id, details: dict({ progress: fc.boolean() }), p: payload() })
          .map(({ p, ...f }) => new Result({ ...f, ...p })),
        fc
          .record({ request: id, t: transparent() })
          .map(({ t, ...f }) => new Result({ ...f, details: t.enc, payload: t.payload }))
      ),
    ],
    [
      64,
      fc
        .record({
          request: id,
          options: dict({ invoke: fc.constantFrom('single', 'roundrobin', 'random', 'first', 'last') }),
          procedure: uri,
        })
        .map((f) => new Register(f)),
    ],
    [65, fc.record({ request: id, registration: id }).map((f) => new Registered(f))],
    [66, fc.record({ request: id, registration: id }).map((f) => new Unregister(f))],
    [67, fc.record({ request: id }).map((f) => new Unregistered(f))],
    [
      68,
      fc.oneof(
        fc
          .record({
            request: id,
            registration: id,
            details: dict({ caller: id, receive_progress: fc.boolean() }),
            p: payload(),
          })
          .map(({ p, ...f }) => new Invocation({ ...f, ...p })),
        fc
          .record({ request: id, registration: id, t: transparent() })
          .map(({ t, ...f }) => new Invocation({ ...f, details: t.enc, payload: t.payload }))
      ),
    ],
    [
      69,
      fc
        .record({ request: id, options: dict({ mode: fc.constantFrom('kill', 'killnowait') }) })
        .map((f) => new Interrupt(f)),
    ],
    [
      70,
      fc.oneof(
        fc
          .record({ request: id, options: dict({ progress: fc.boolean() }), p: payload() })
          .map(({ p, ...f }) => new Yield({ ...f, ...p })),
        fc
          .record({ request: id, t: transparent() })
          .map(({ t, ...f }) => new Yield({ ...f, options: t.enc, payload: t.payload }))
      ),
    ],
  ];
  return new Map(entries);
}

let cached: ReadonlyMap<number, Arbitrary<IMessage>> | undefined;

/**
 * Valid WAMP messages of the given type codes (all 24 by default), with
 * random IDs in 1..2^53, strict URIs, options with known and custom keys,
 * and payloads of every shape (none, positional, keyword-only, both, and
 * transparent byte payloads).
 *
 * @throws {RangeError} when a type code is not one of the 24 message types.
 */
export function wampMessage(types?: readonly number[]): Arbitrary<IMessage> {
  cached ??= byType();
  const all = cached;
  const chosen = (types ?? [...all.keys()]).map((code) => {
    const arb = all.get(code);
    if (arb === undefined) throw new RangeError(`wampMessage: unknown message type ${code}`);
    return arb;
  });
  return fc.oneof(...chosen);
}
