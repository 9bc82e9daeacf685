/**
 * `Broker`: publish and subscribe within one realm (Basic Profile, "Publish and Subscribe").
 *
 * @module
 */
import { WAMP_ERROR } from '@wamp/interfaces';
import { Event, MESSAGE_TYPE, Subscribed, Unsubscribed } from '@wamp/message';
import type { Publish, Subscribe, Unsubscribe } from '@wamp/message';
import { randomId } from './id.js';
import { derivedDetails, errorReply } from './replies.js';
import type { MatchPolicy, Peer, Subscription } from './routing-records.js';
import { describeEntry } from './registry-meta.js';
import { SubscriptionTable } from './subscription-table.js';
import { matchesPrefix, matchesWildcard } from './uri-pattern.js';

const { UNSUBSCRIBE } = MESSAGE_TYPE;

/**
 * The broker of one realm: keeps subscriptions (one per topic and match policy, shared by all
 * its subscribers) and fans each publication out as one EVENT per subscription, built once and
 * sent to every subscriber, so each wire format encodes it once. Requests reach it already
 * checked by the session's message handlers; fan-out is synchronous, so events from one
 * publisher reach one subscriber in publication order, after its SUBSCRIBED.
 */
export class Broker {
  /** The realm's subscriptions. */
  readonly subscriptions = new SubscriptionTable();

  /** Receives the subscription meta events (`wamp.subscription.on_*`) to publish. */
  onMeta: (topic: string, args: unknown[]) => void = () => {};

  /** The retained event of each topic (Advanced Profile, "Event Retention"). */
  readonly #retained = new Map<string, Retained>();

  /**
   * Subscribes `subscriber` (again subscribing returns the same ID) and answers SUBSCRIBED; with
   * `get_retained`, then sends the retained events of the topics the subscription matches that the
   * subscriber would have received, marked `retained`.
   */
  subscribe(subscriber: Peer, msg: Subscribe, match: MatchPolicy): void {
    const created = this.subscriptions.find(msg.topic, match) === undefined;
    const subscription = this.subscriptions.add(msg.topic, match, subscriber);
    subscriber.subscriptions.add(subscription);
    subscriber.send(new Subscribed({ request: msg.request, subscription: subscription.id }));
    if (created) this.onMeta('wamp.subscription.on_create', [subscriber.sessionId, describeEntry(subscription)]);
    this.onMeta('wamp.subscription.on_subscribe', [subscriber.sessionId, subscription.id]);
    if (msg.options.get_retained !== true) return;
    for (const retained of this.#retained.values()) {
      if (!covers(subscription, retained.msg.topic) || !eligible(retained, subscriber)) continue;
      const details = this.#details(retained.publisher, retained.msg, subscription);
      details['retained'] = true;
      const { args, kwargs, payload } = retained.msg;
      subscriber.send(new Event({ subscription: subscription.id, publication: retained.publication, details, args, kwargs, payload }));
    }
  }

  /** Ends one of `subscriber`'s subscriptions, answering UNSUBSCRIBED or ERROR `no_such_subscription`. */
  unsubscribe(subscriber: Peer, msg: Unsubscribe): void {
    const subscription = this.subscriptions.get(msg.subscription);
    if (subscription === undefined || !subscriber.subscriptions.has(subscription)) {
      subscriber.send(errorReply(UNSUBSCRIBE, msg.request, WAMP_ERROR.NO_SUCH_SUBSCRIPTION, `no subscription ${msg.subscription} of this session`));
      return;
    }
    subscriber.subscriptions.delete(subscription);
    const deleted = this.subscriptions.remove(subscription, subscriber);
    subscriber.send(new Unsubscribed({ request: msg.request }));
    this.#metaRemoved(subscriber, subscription, deleted);
  }

  /**
   * Removes `subscriber` from `subscription` on the router's own account (Advanced Profile,
   * "Subscription Revocation"): a subscriber that announced `subscription_revocation` is told with
   * `[UNSUBSCRIBED, 0, {subscription, reason}]`; others are not, as the spec requires.
   */
  revoke(subscription: Subscription, subscriber: Peer, reason: string | undefined): void {
    if (!subscriber.subscriptions.delete(subscription)) return;
    const deleted = this.subscriptions.remove(subscription, subscriber);
    if (subscriber.supports('subscriber', 'subscription_revocation')) {
      subscriber.send(new Unsubscribed({ request: 0, details: reason === undefined ? { subscription: subscription.id } : { subscription: subscription.id, reason } }));
    }
    this.#metaRemoved(subscriber, subscription, deleted);
  }

  /**
   * Delivers a publication to every subscriber of its topic, except the publisher unless
   * `exclude_me` is false (Advanced Profile, "Publisher Exclusion"; default true). A subscriber
   * whose transport cannot take the event is skipped; the others still get it.
   *
   * @returns the publication ID (global scope, random).
   */
  publish(publisher: Peer, msg: Publish): number {
    const publication = randomId();
    for (const subscription of this.subscriptions.matching(msg.topic)) this.#deliver(publisher, msg, publication, subscription);
    if (msg.options.retain === true) {
      this.#retained.set(msg.topic, { msg, publication, publisher: { sessionId: publisher.sessionId, authid: publisher.authid, authrole: publisher.authrole } });
    }
    return publication;
  }

  /** Publishes a meta event (the router is the publisher) to every subscription of `topic`. */
  publishMeta(topic: string, args: unknown[]): void {
    const publication = randomId();
    for (const subscription of this.subscriptions.matching(topic)) {
      const details = subscription.match === 'exact' ? {} : { topic };
      const event = new Event({ subscription: subscription.id, publication, details, args });
      for (const subscriber of subscription.subscribers) subscriber.send(event);
    }
  }

  #metaRemoved(subscriber: Peer, subscription: Subscription, deleted: boolean): void {
    this.onMeta('wamp.subscription.on_unsubscribe', [subscriber.sessionId, subscription.id]);
    if (deleted) this.onMeta('wamp.subscription.on_delete', [subscriber.sessionId, subscription.id]);
  }

  /** EVENT.Details of `msg` for `subscription`: passthru keys, the concrete topic for patterns, the disclosed publisher. */
  #details(publisher: PublisherIdentity, msg: Publish, subscription: Subscription): Record<string, unknown> {
    const details = derivedDetails(msg.options, msg.payload);
    // Pattern-based subscription: the subscriber learns the concrete topic.
    if (subscription.match !== 'exact') details['topic'] = msg.topic;
    // Publisher identification (Advanced Profile): the publisher asked to be disclosed.
    if (msg.options.disclose_me === true) {
      details['publisher'] = publisher.sessionId;
      details['publisher_authid'] = publisher.authid;
      details['publisher_authrole'] = publisher.authrole;
    }
    return details;
  }

  #deliver(publisher: Peer, msg: Publish, publication: number, subscription: Subscription): void {
    const excludeMe = msg.options.exclude_me !== false;
    const details = this.#details(publisher, msg, subscription);
    const event = new Event({ subscription: subscription.id, publication, details, args: msg.args, kwargs: msg.kwargs, payload: msg.payload });
    const receives = receiverFilter(msg.options);
    for (const subscriber of subscription.subscribers) {
      if (excludeMe && subscriber === publisher) continue;
      if (receives !== undefined && !receives(subscriber)) continue;
      subscriber.send(event);
    }
  }

  /** Removes every subscription `peer` holds. */
  detach(peer: Peer): void {
    for (const subscription of peer.subscriptions) this.#metaRemoved(peer, subscription, this.subscriptions.remove(subscription, peer));
    peer.subscriptions.clear();
  }
}

/**
 * Subscriber black- and whitelisting (Advanced Profile): `exclude*` lists drop receivers,
 * `eligible*` lists (when given) are the only ones allowed. `undefined` when the PUBLISH has none.
 */
function receiverFilter(options: Readonly<Record<string, unknown>>): ((peer: Peer) => boolean) | undefined {
  const list = (key: string): readonly unknown[] | undefined => (Array.isArray(options[key]) ? (options[key] as unknown[]) : undefined);
  const exclude = list('exclude');
  const excludeAuthid = list('exclude_authid');
  const excludeAuthrole = list('exclude_authrole');
  const eligible = list('eligible');
  const eligibleAuthid = list('eligible_authid');
  const eligibleAuthrole = list('eligible_authrole');
  if (!exclude && !excludeAuthid && !excludeAuthrole && !eligible && !eligibleAuthid && !eligibleAuthrole) return undefined;
  return (peer) =>
    !exclude?.includes(peer.sessionId) &&
    !excludeAuthid?.includes(peer.authid) &&
    !excludeAuthrole?.includes(peer.authrole) &&
    (eligible === undefined || eligible.includes(peer.sessionId)) &&
    (eligibleAuthid === undefined || eligibleAuthid.includes(peer.authid)) &&
    (eligibleAuthrole === undefined || eligibleAuthrole.includes(peer.authrole));
}

/** Who published a retained event (the session may be gone when the event is sent again). */
interface PublisherIdentity {
  readonly sessionId: number;
  readonly authid: string;
  readonly authrole: string;
}

interface Retained {
  readonly msg: Publish;
  readonly publication: number;
  readonly publisher: PublisherIdentity;
}

/** True when an event on `topic` goes to `subscription`. */
function covers(subscription: Subscription, topic: string): boolean {
  if (subscription.match === 'exact') return subscription.uri === topic;
  return subscription.match === 'prefix' ? matchesPrefix(subscription.uri, topic) : matchesWildcard(subscription.uri, topic);
}

/** True when `subscriber` would have received `retained` had it been subscribed then. */
function eligible(retained: Retained, subscriber: Peer): boolean {
  if (retained.msg.options.exclude_me !== false && subscriber.sessionId === retained.publisher.sessionId) return false;
  const receives = receiverFilter(retained.msg.options);
  return receives === undefined || receives(subscriber);
}
