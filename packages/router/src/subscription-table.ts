/**
 * `SubscriptionTable`: a realm's subscriptions by topic and match policy, and by ID.
 *
 * @module
 */
import { uniqueRandomId } from './id.js';
import type { MatchPolicy, Peer, Subscription } from './routing-records.js';
import { matchesPrefix, matchesWildcard } from './uri-pattern.js';

/** Subscriptions of one realm: one per topic and match policy, shared by its subscribers. */
export class SubscriptionTable {
  readonly #byPolicy: Record<MatchPolicy, Map<string, Subscription>> = { exact: new Map(), prefix: new Map(), wildcard: new Map() };
  readonly #byId = new Map<number, Subscription>();

  /** The number of subscriptions. */
  get size(): number {
    return this.#byId.size;
  }

  /** The exact subscription of `topic`, if any. */
  exact(topic: string): Subscription | undefined {
    return this.#byPolicy.exact.get(topic);
  }

  /** The subscription of exactly `topic` under `match`, if any. */
  find(topic: string, match: MatchPolicy): Subscription | undefined {
    return this.#byPolicy[match].get(topic);
  }

  /** Every subscription an event on `topic` goes to: the exact one and every matching pattern. */
  matching(topic: string): Subscription[] {
    const out: Subscription[] = [];
    const exact = this.#byPolicy.exact.get(topic);
    if (exact !== undefined) out.push(exact);
    for (const s of this.#byPolicy.prefix.values()) if (matchesPrefix(s.uri, topic)) out.push(s);
    for (const s of this.#byPolicy.wildcard.values()) if (matchesWildcard(s.uri, topic)) out.push(s);
    return out;
  }

  /** The subscription with this ID, if any. */
  get(id: number): Subscription | undefined {
    return this.#byId.get(id);
  }

  /** Every subscription. */
  values(): IterableIterator<Subscription> {
    return this.#byId.values();
  }

  /** Adds `subscriber` to the subscription of `topic` under `match`, creating it when needed. */
  add(topic: string, match: MatchPolicy, subscriber: Peer): Subscription {
    const map = this.#byPolicy[match];
    let subscription = map.get(topic);
    if (subscription === undefined) {
      subscription = { id: uniqueRandomId(this.#byId), uri: topic, match, created: new Date().toISOString(), subscribers: new Set() };
      map.set(topic, subscription);
      this.#byId.set(subscription.id, subscription);
    }
    subscription.subscribers.add(subscriber);
    return subscription;
  }

  /** Removes `subscriber`; returns true when that removed the subscription's last subscriber (and the subscription). */
  remove(subscription: Subscription, subscriber: Peer): boolean {
    subscription.subscribers.delete(subscriber);
    if (subscription.subscribers.size > 0) return false;
    this.#byPolicy[subscription.match].delete(subscription.uri);
    this.#byId.delete(subscription.id);
    return true;
  }
}
