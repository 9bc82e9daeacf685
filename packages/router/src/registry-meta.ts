/**
 * The registration and subscription meta APIs (Advanced Profile): procedures about the
 * registrations and subscriptions of a realm, answered by the router itself.
 *
 * @module
 */
import { WAMP_ERROR } from '@wamp/interfaces';
import type { RegistrationTable } from './registration-table.js';
import type { MatchPolicy, Peer, Registration, Subscription } from './routing-records.js';
import type { MetaProcedure } from './session-meta.js';
import { MetaError } from './session-meta.js';
import type { SubscriptionTable } from './subscription-table.js';

/** How the meta API describes a registration or subscription. */
export function describeEntry(entry: Registration | Subscription): Record<string, unknown> {
  const out: Record<string, unknown> = { id: entry.id, created: entry.created, uri: entry.uri, match: entry.match };
  if ('invoke' in entry) out['invoke'] = entry.invoke;
  return out;
}

function byPolicy(entries: Iterable<Registration | Subscription>): Record<MatchPolicy, number[]> {
  const out: Record<MatchPolicy, number[]> = { exact: [], prefix: [], wildcard: [] };
  for (const e of entries) out[e.match].push(e.id);
  return out;
}

function uriArg(args: readonly unknown[]): string {
  if (typeof args[0] !== 'string') throw new MetaError(WAMP_ERROR.INVALID_ARGUMENT, 'the first argument must be a URI');
  return args[0];
}

function matchOption(args: readonly unknown[]): MatchPolicy {
  const options = args[1] as { match?: unknown } | undefined;
  const match = options?.match ?? 'exact';
  if (match !== 'exact' && match !== 'prefix' && match !== 'wildcard') throw new MetaError(WAMP_ERROR.INVALID_ARGUMENT, `match must be exact, prefix or wildcard, got ${JSON.stringify(match)}`);
  return match;
}

function idArg<T>(args: readonly unknown[], get: (id: number) => T | undefined, uri: string, what: string): T {
  const id = args[0];
  if (typeof id !== 'number') throw new MetaError(WAMP_ERROR.INVALID_ARGUMENT, `the first argument must be a ${what} ID`);
  const entry = get(id);
  if (entry === undefined) throw new MetaError(uri, `no ${what} ${id}`);
  return entry;
}

/** Removes a session from a registration or subscription on the router's account, with an optional reason. */
export type Revoke<T> = (entry: T, peer: Peer, reason: string | undefined) => void;

/**
 * The arguments of `remove_callee` / `remove_subscriber`: `(entry_id, session_id, reason?)`
 * positionally, `reason` also as a keyword (Crossbar.io's signature).
 */
function removalArgs<T extends Registration | Subscription>(
  args: readonly unknown[],
  kwargs: Readonly<Record<string, unknown>>,
  entry: T,
  sessions: ReadonlyMap<number, Peer>,
  members: (entry: T) => Iterable<Peer>,
  what: string,
  missingUri: string,
): [Peer, string | undefined] {
  const sessionId = args[1];
  if (typeof sessionId !== 'number') throw new MetaError(WAMP_ERROR.INVALID_ARGUMENT, 'the second argument must be a session ID');
  const peer = sessions.get(sessionId);
  if (peer === undefined) throw new MetaError(WAMP_ERROR.NO_SUCH_SESSION, `no session ${sessionId} on this realm`);
  if (![...members(entry)].includes(peer)) throw new MetaError(missingUri, `session ${sessionId} is not on ${what} ${entry.id}`);
  const reason = args[2] ?? kwargs['reason'];
  if (reason !== undefined && reason !== null && typeof reason !== 'string') throw new MetaError(WAMP_ERROR.INVALID_ARGUMENT, 'reason must be a string');
  return [peer, reason ?? undefined];
}

/** `wamp.registration.*` procedures over a realm's registrations; `remove_callee` revokes through `revoke`. */
export function registrationMetaProcedures(table: RegistrationTable, sessions: ReadonlyMap<number, Peer>, revoke: Revoke<Registration>): Map<string, MetaProcedure> {
  const get = (args: readonly unknown[]): Registration => idArg(args, (id) => table.get(id), WAMP_ERROR.NO_SUCH_REGISTRATION, 'registration');
  return new Map<string, MetaProcedure>([
    [
      'wamp.registration.remove_callee',
      (_c, args, kwargs) => {
        const registration = get(args);
        const [callee, reason] = removalArgs(args, kwargs, registration, sessions, (r) => r.callees, 'registration', WAMP_ERROR.NO_SUCH_REGISTRATION);
        revoke(registration, callee, reason);
        return undefined;
      },
    ],
    ['wamp.registration.list', () => byPolicy(table.values())],
    ['wamp.registration.lookup', (_c, args) => table.find(uriArg(args), matchOption(args))?.id ?? null],
    ['wamp.registration.match', (_c, args) => table.match(uriArg(args))?.id ?? null],
    ['wamp.registration.get', (_c, args) => describeEntry(get(args))],
    ['wamp.registration.list_callees', (_c, args) => get(args).callees.map((p) => p.sessionId)],
    ['wamp.registration.count_callees', (_c, args) => get(args).callees.length],
  ]);
}

/** `wamp.subscription.*` procedures over a realm's subscriptions; `remove_subscriber` revokes through `revoke`. */
export function subscriptionMetaProcedures(table: SubscriptionTable, sessions: ReadonlyMap<number, Peer>, revoke: Revoke<Subscription>): Map<string, MetaProcedure> {
  const get = (args: readonly unknown[]): Subscription => idArg(args, (id) => table.get(id), WAMP_ERROR.NO_SUCH_SUBSCRIPTION, 'subscription');
  return new Map<string, MetaProcedure>([
    [
      'wamp.subscription.remove_subscriber',
      (_c, args, kwargs) => {
        const subscription = get(args);
        const [subscriber, reason] = removalArgs(args, kwargs, subscription, sessions, (s) => s.subscribers, 'subscription', WAMP_ERROR.NO_SUCH_SUBSCRIPTION);
        revoke(subscription, subscriber, reason);
        return undefined;
      },
    ],
    ['wamp.subscription.list', () => byPolicy(table.values())],
    ['wamp.subscription.lookup', (_c, args) => table.find(uriArg(args), matchOption(args))?.id ?? null],
    ['wamp.subscription.match', (_c, args) => table.matching(uriArg(args)).map((s) => s.id)],
    ['wamp.subscription.get', (_c, args) => describeEntry(get(args))],
    ['wamp.subscription.list_subscribers', (_c, args) => [...get(args).subscribers].map((p) => p.sessionId)],
    ['wamp.subscription.count_subscribers', (_c, args) => get(args).subscribers.size],
  ]);
}
