/**
 * `SubscriptionTable`: the broker's subscriptions by topic and match policy, and by ID.
 *
 * @module
 */
import { uniqueRandomId } from './id.js';
import type { MatchPolicy, Peer, Subscription } from './routing-records.js';

/**
 * The subscriptions of one realm. Every session subscribed to the same (topic, match) shares one
 * subscription and its ID, so an event is built once per subscription. Today only exact
 * subscriptions exist; prefix and wildcard tables slot in beside the exact map.
 */
export class SubscriptionTable {
  readonly #exact = new Map<string, Subscription>();
  readonly #byId = new Map<number, Subscription>();

  /** Number of subscriptions. */
  get size(): number {
    return this.#byId.size;
  }

  /** The exact subscription of `topic`, if any: the one a PUBLISH to `topic` reaches. */
  exact(topic: string): Subscription | undefined {
    return this.#exact.get(topic);
  }

  /** The subscription with ID `id`, if any. */
  get(id: number): Subscription | undefined {
    return this.#byId.get(id);
  }

  /** Every subscription (for inspection and the meta API). */
  values(): IterableIterator<Subscription> {
    return this.#byId.values();
  }

  /**
   * Adds `subscriber` to the subscription of (`topic`, `match`), creating it when needed.
   *
   * @throws {RangeError} for a match policy the table does not hold yet.
   */
  add(topic: string, match: MatchPolicy, subscriber: Peer): Subscription {
    if (match !== 'exact') throw new RangeError(`SubscriptionTable: match policy ${match} is not supported`);
    let subscription = this.#exact.get(topic);
    if (subscription === undefined) {
      subscription = { id: uniqueRandomId(this.#byId), uri: topic, match, created: new Date().toISOString(), subscribers: new Set() };
      this.#exact.set(topic, subscription);
      this.#byId.set(subscription.id, subscription);
    }
    subscription.subscribers.add(subscriber);
    return subscription;
  }

  /** Removes `subscriber`; deletes the subscription when nobody is left. Returns true when deleted. */
  remove(subscription: Subscription, subscriber: Peer): boolean {
    subscription.subscribers.delete(subscriber);
    if (subscription.subscribers.size > 0) return false;
    this.#exact.delete(subscription.uri);
    this.#byId.delete(subscription.id);
    return true;
  }
}
