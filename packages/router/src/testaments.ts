/**
 * Session testaments (Advanced Profile, "Session Testament"): events a session leaves with the
 * router, published on its behalf when it goes away, however it goes.
 *
 * @module
 */
import { WAMP_ERROR } from '@wamp/interfaces';
import type { MetaProcedure } from './session-meta.js';
import { MetaError } from './session-meta.js';
import type { Peer } from './routing-records.js';

/** When a testament is published. This router has no session resumption: both happen when the session ends. */
export type TestamentScope = 'detached' | 'destroyed';

/** The error Crossbar.io answers a bad testament request with (no spec URI exists for it). */
export const TESTAMENT_ERROR = 'wamp.error.testament_error';

/** One stored testament: what to publish. */
export interface Testament {
  readonly topic: string;
  readonly args: unknown[];
  readonly kwargs: Record<string, unknown>;
  /** PUBLISH.Options, without `acknowledge` and `exclude_me` (meaningless once the publisher is gone). */
  readonly options: Record<string, unknown>;
}

/** The testaments of each session of a realm, in two buckets, in the order they were added. */
export class TestamentStore {
  readonly #byPeer = new Map<Peer, Record<TestamentScope, Testament[]>>();

  add(peer: Peer, scope: TestamentScope, testament: Testament): void {
    let buckets = this.#byPeer.get(peer);
    if (buckets === undefined) this.#byPeer.set(peer, (buckets = { detached: [], destroyed: [] }));
    buckets[scope].push(testament);
  }

  /** Drops the testaments of `scope`; returns how many there were. */
  flush(peer: Peer, scope: TestamentScope): number {
    const bucket = this.#byPeer.get(peer)?.[scope];
    if (bucket === undefined) return 0;
    return bucket.splice(0).length;
  }

  /**
   * Removes and returns everything `peer` left: `detached` testaments before `destroyed` ones, as
   * the spec requires of a router without session resumption.
   */
  take(peer: Peer): Testament[] {
    const buckets = this.#byPeer.get(peer);
    if (buckets === undefined) return [];
    this.#byPeer.delete(peer);
    return [...buckets.detached, ...buckets.destroyed];
  }
}

function scopeOf(value: unknown): TestamentScope {
  if (value === undefined || value === null) return 'destroyed';
  if (value === 'destroyed' || value === 'detached') return value;
  throw new MetaError(TESTAMENT_ERROR, `scope must be destroyed or detached, got ${JSON.stringify(value)}`);
}

function isDict(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `wamp.session.add_testament(topic, args, kwargs, {publish_options, scope})` (returns nothing, as
 * the spec says) and `wamp.session.flush_testaments({scope})` (returns the number dropped, as
 * Crossbar.io does). `checkTopic` refuses a topic the caller may not publish to, with a
 * {@link MetaError}.
 */
export function testamentMetaProcedures(store: TestamentStore, checkTopic: (caller: Peer, topic: string) => void): Map<string, MetaProcedure> {
  return new Map<string, MetaProcedure>([
    [
      'wamp.session.add_testament',
      (caller, args, kwargs) => {
        const [topic, eventArgs = [], eventKwargs = {}] = args;
        if (typeof topic !== 'string') throw new MetaError(WAMP_ERROR.INVALID_ARGUMENT, 'the first argument must be the topic URI');
        if (!Array.isArray(eventArgs)) throw new MetaError(WAMP_ERROR.INVALID_ARGUMENT, 'the second argument (the event args) must be a list');
        if (!isDict(eventKwargs)) throw new MetaError(WAMP_ERROR.INVALID_ARGUMENT, 'the third argument (the event kwargs) must be a dict');
        const publishOptions = kwargs['publish_options'] ?? {};
        if (!isDict(publishOptions)) throw new MetaError(WAMP_ERROR.INVALID_ARGUMENT, 'publish_options must be a dict');
        const scope = scopeOf(kwargs['scope']);
        checkTopic(caller, topic);
        const { acknowledge: _ack, exclude_me: _excludeMe, ...options } = publishOptions;
        store.add(caller, scope, { topic, args: [...(eventArgs as unknown[])], kwargs: { ...eventKwargs }, options });
        return undefined;
      },
    ],
    ['wamp.session.flush_testaments', (caller, _args, kwargs) => store.flush(caller, scopeOf(kwargs['scope']))],
  ]);
}
