/**
 * fast-check arbitraries for the message tests: valid messages of all 24 types (built with
 * their constructors, with the options/details every profile feature uses), and garbage.
 */
import fc from 'fast-check';
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
} from '../src/index.js';
import type { Dict } from './arbitrary-values.js';
import { args, dict, forwardFor, id, kwargs, payload, prefixUri, roles, uri, value, wildcardUri, withPayload } from './arbitrary-values.js';

const hello = fc
  .record({
    realm: uri,
    roles: roles(['caller', 'callee', 'publisher', 'subscriber']),
    rest: dict({
      authmethods: fc.array(fc.constantFrom('anonymous', 'ticket', 'wampcra', 'cryptosign', 'scram')),
      authid: fc.string(),
      authrole: fc.string(),
      authextra: fc.dictionary(fc.string({ maxLength: 5 }), value, { maxKeys: 2 }),
      agent: fc.string(),
      resumable: fc.boolean(),
    }),
  })
  .map(({ realm, roles: r, rest }) => new Hello({ realm, details: { ...rest, roles: r } }));

const welcome = fc
  .record({
    session: id,
    roles: roles(['broker', 'dealer']),
    rest: dict({
      realm: uri,
      authid: fc.string(),
      authrole: fc.string(),
      authmethod: fc.string(),
      authprovider: fc.string(),
      authextra: fc.dictionary(fc.string({ maxLength: 5 }), value, { maxKeys: 2 }),
      agent: fc.string(),
    }),
  })
  .map(({ session, roles: r, rest }) => new Welcome({ session, details: { ...rest, roles: r } }));

const abort = fc
  .record({ details: dict({ message: fc.string() }), reason: uri, args, kwargs })
  .map(({ args: a, kwargs: k, ...f }) => new Abort({ ...f, ...withPayload({ args: a, kwargs: k, passthru: {} }) }));

const challenge = fc
  .record({ authMethod: fc.string(), extra: dict({ challenge: fc.string(), salt: fc.string(), iterations: fc.nat() }) })
  .map((f) => new Challenge(f));

const authenticate = fc.record({ signature: fc.string(), extra: dict({ nonce: fc.string() }) }).map((f) => new Authenticate(f));

const goodbye = fc
  .record({ details: dict({ message: fc.string(), resumable: fc.boolean() }), reason: uri })
  .map((f) => new Goodbye(f));

const error = fc
  .record({
    requestType: fc.constantFrom(16, 32, 34, 48, 64, 66, 68),
    request: id,
    details: dict({ callee: id, callee_authid: fc.string(), callee_authrole: fc.string(), forward_for: forwardFor }),
    error: uri,
    p: payload,
  })
  .map(({ p, details, ...f }) => new ErrorMessage({ ...f, details: { ...details, ...p.passthru }, ...withPayload(p) }));

const idList = fc.array(id, { maxLength: 3 });
const stringList = fc.array(fc.string(), { maxLength: 3 });

const publish = fc
  .record({
    request: id,
    options: dict({
      acknowledge: fc.boolean(),
      exclude_me: fc.boolean(),
      exclude: idList,
      exclude_authid: stringList,
      exclude_authrole: stringList,
      eligible: idList,
      eligible_authid: stringList,
      eligible_authrole: stringList,
      retain: fc.boolean(),
      disclose_me: fc.boolean(),
      rkey: fc.string(),
      transaction_hash: fc.string(),
      forward_for: forwardFor,
    }),
    topic: uri,
    p: payload,
  })
  .map(({ p, options, ...f }) => new Publish({ ...f, options: { ...options, ...p.passthru }, ...withPayload(p) }));

const published = fc.record({ request: id, publication: id }).map((f) => new Published(f));

const subscribe = fc
  .record({
    request: id,
    rest: dict({ get_retained: fc.boolean(), nkey: fc.string(), forward_for: forwardFor }),
    pattern: fc.oneof(
      uri.map((topic) => ({ topic, match: undefined })),
      uri.map((topic) => ({ topic, match: 'exact' as const })),
      prefixUri.map((topic) => ({ topic, match: 'prefix' as const })),
      wildcardUri.map((topic) => ({ topic, match: 'wildcard' as const })),
    ),
  })
  .map(
    ({ request, rest, pattern }) =>
      new Subscribe({ request, topic: pattern.topic, options: pattern.match === undefined ? rest : { ...rest, match: pattern.match } }),
  );

const subscribed = fc.record({ request: id, subscription: id }).map((f) => new Subscribed(f));

const unsubscribe = fc
  .record({ request: id, subscription: id, options: fc.option(dict({ forward_for: forwardFor }), { nil: undefined }) })
  .map(({ options, ...f }) => new Unsubscribe(options === undefined ? f : { ...f, options }));

const revocation = (key: string): fc.Arbitrary<{ request: number; details?: Dict }> =>
  fc.oneof(
    id.map((request) => ({ request })),
    fc
      .record({ revoked: id, reason: fc.option(fc.string(), { nil: undefined }) })
      .map(({ revoked, reason }) => ({ request: 0, details: reason === undefined ? { [key]: revoked } : { [key]: revoked, reason } })),
  );

const unsubscribed = revocation('subscription').map((f) => new Unsubscribed(f));

const event = fc
  .record({
    subscription: id,
    publication: id,
    details: dict({
      publisher: id,
      publisher_authid: fc.string(),
      publisher_authrole: fc.string(),
      topic: uri,
      retained: fc.boolean(),
      trustlevel: fc.nat(),
      transaction_hash: fc.string(),
      x_acknowledged_delivery: fc.boolean(),
      forward_for: forwardFor,
    }),
    p: payload,
  })
  .map(({ p, details, ...f }) => new Event({ ...f, details: { ...details, ...p.passthru }, ...withPayload(p) }));

const call = fc
  .record({
    request: id,
    options: dict({
      timeout: fc.nat(),
      receive_progress: fc.boolean(),
      progress: fc.boolean(),
      disclose_me: fc.boolean(),
      runmode: fc.constantFrom('all', 'partition'),
      rkey: fc.string(),
      transaction_hash: fc.string(),
      caller: id,
      caller_authid: fc.string(),
      caller_authrole: fc.string(),
      forward_for: forwardFor,
    }),
    procedure: uri,
    p: payload,
  })
  .map(({ p, options, ...f }) => new Call({ ...f, options: { ...options, ...p.passthru }, ...withPayload(p) }));

const cancel = fc
  .record({ request: id, options: dict({ mode: fc.constantFrom('skip', 'kill', 'killnowait'), forward_for: forwardFor }) })
  .map((f) => new Cancel(f));

const result = fc
  .record({
    request: id,
    details: dict({ progress: fc.boolean(), callee: id, callee_authid: fc.string(), callee_authrole: fc.string() }),
    p: payload,
  })
  .map(({ p, details, ...f }) => new Result({ ...f, details: { ...details, ...p.passthru }, ...withPayload(p) }));

const register = fc
  .record({
    request: id,
    rest: dict({
      invoke: fc.constantFrom('single', 'roundrobin', 'random', 'first', 'last'),
      disclose_caller: fc.boolean(),
      forward_timeout: fc.boolean(),
      concurrency: fc.integer({ min: 1, max: 100 }),
      force_reregister: fc.boolean(),
      forward_for: forwardFor,
    }),
    pattern: fc.oneof(
      uri.map((procedure) => ({ procedure, match: undefined })),
      prefixUri.map((procedure) => ({ procedure, match: 'prefix' as const })),
      wildcardUri.map((procedure) => ({ procedure, match: 'wildcard' as const })),
    ),
  })
  .map(
    ({ request, rest, pattern }) =>
      new Register({
        request,
        procedure: pattern.procedure,
        options: pattern.match === undefined ? rest : { ...rest, match: pattern.match },
      }),
  );

const registered = fc.record({ request: id, registration: id }).map((f) => new Registered(f));

const unregister = fc
  .record({ request: id, registration: id, options: fc.option(dict({ forward_for: forwardFor }), { nil: undefined }) })
  .map(({ options, ...f }) => new Unregister(options === undefined ? f : { ...f, options }));

const unregistered = revocation('registration').map((f) => new Unregistered(f));

const invocation = fc
  .record({
    request: id,
    registration: id,
    details: dict({
      caller: id,
      caller_authid: fc.string(),
      caller_authrole: fc.string(),
      procedure: uri,
      receive_progress: fc.boolean(),
      progress: fc.boolean(),
      timeout: fc.nat(),
      trustlevel: fc.nat(),
      transaction_hash: fc.string(),
      forward_for: forwardFor,
    }),
    p: payload,
  })
  .map(({ p, details, ...f }) => new Invocation({ ...f, details: { ...details, ...p.passthru }, ...withPayload(p) }));

const interrupt = fc
  .record({ request: id, options: dict({ mode: fc.constantFrom('kill', 'killnowait'), reason: uri, forward_for: forwardFor }) })
  .map((f) => new Interrupt(f));

const yieldMessage = fc
  .record({
    request: id,
    options: dict({ progress: fc.boolean(), callee: id, callee_authid: fc.string(), callee_authrole: fc.string() }),
    p: payload,
  })
  .map(({ p, options, ...f }) => new Yield({ ...f, options: { ...options, ...p.passthru }, ...withPayload(p) }));

/** One arbitrary per message type, by type code. */
export const messagesByType: ReadonlyMap<number, fc.Arbitrary<IMessage>> = new Map<number, fc.Arbitrary<IMessage>>([
  [1, hello],
  [2, welcome],
  [3, abort],
  [4, challenge],
  [5, authenticate],
  [6, goodbye],
  [8, error],
  [16, publish],
  [17, published],
  [32, subscribe],
  [33, subscribed],
  [34, unsubscribe],
  [35, unsubscribed],
  [36, event],
  [48, call],
  [49, cancel],
  [50, result],
  [64, register],
  [65, registered],
  [66, unregister],
  [67, unregistered],
  [68, invocation],
  [69, interrupt],
  [70, yieldMessage],
]);

/** A valid message of any of the 24 types. */
export const anyMessage: fc.Arbitrary<IMessage> = fc.oneof(...messagesByType.values());

/** Any JSON-like value, including lists that start with a message type code. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  value,
  fc.constantFrom(undefined, NaN, Infinity, -0, 2 ** 53 + 2, 10n, Symbol('s'), () => 1, new Map(), new Date(0)),
  fc.tuple(fc.oneof(fc.integer({ min: -2, max: 1100 }), value), fc.array(value, { maxLength: 6 })).map(([t, rest]) => [t, ...rest]),
);

/** A valid message's list with one position (after the type code) replaced by an arbitrary value. */
export const mutatedList: fc.Arbitrary<unknown[]> = anyMessage.chain((m) => {
  const list = m.marshal();
  return fc
    .tuple(fc.integer({ min: 1, max: list.length }), anyValue)
    .map(([i, v]) => (i === list.length ? [...list, v] : list.map((x, j) => (j === i ? v : x))));
});
