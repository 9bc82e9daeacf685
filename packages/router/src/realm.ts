/**
 * `Realm`: one routing domain with its own dealer, broker, roles and sessions.
 *
 * @module
 */
import { WAMP_ERROR } from '@wamp/interfaces';
import { isUri, Publish } from '@wamp/message';
import type { UriRules } from '@wamp/message';
import { Authorizer } from './authorizer.js';
import { Broker } from './broker.js';
import { Dealer } from './dealer.js';
import { registrationMetaProcedures, subscriptionMetaProcedures } from './registry-meta.js';
import { MetaError, sessionMetaProcedures } from './session-meta.js';
import { TestamentStore, testamentMetaProcedures } from './testaments.js';
import type { RealmOptions } from './router-options.js';
import type { MatchPolicy, Peer } from './routing-records.js';

/**
 * A realm: sessions attached to it see each other's registrations and subscriptions, and nothing
 * of other realms. Holds the dealer, the broker, the authorizer of its roles and its URI rules.
 */
export class Realm {
  /** The realm name. */
  readonly name: string;
  /** Routed RPC of this realm. */
  readonly dealer = new Dealer();
  /** Publish and subscribe of this realm. */
  readonly broker = new Broker();
  /** The roles and permissions of this realm. */
  readonly authorizer: Authorizer;
  /** The sessions attached, by session ID. */
  readonly sessions = new Map<number, Peer>();
  readonly #testaments = new TestamentStore();
  // One rules object for the realm: checking a URI on the CALL/PUBLISH path allocates nothing.
  readonly #rules: UriRules;

  /** @throws {TypeError} when `options.name` is not a WAMP URI. */
  constructor(options: RealmOptions) {
    if (!isUri(options.name)) throw new TypeError(`realm name must be a WAMP URI, got ${JSON.stringify(options.name)}`);
    this.name = options.name;
    this.authorizer = new Authorizer(options.roles);
    this.#rules = { strict: options.uriCheck === 'strict' };
    for (const procedures of [
      sessionMetaProcedures(this.sessions),
      registrationMetaProcedures(this.dealer.registrations, this.sessions, (r, p, reason) => this.dealer.revoke(r, p, reason)),
      subscriptionMetaProcedures(this.broker.subscriptions, this.sessions, (s, p, reason) => this.broker.revoke(s, p, reason)),
      testamentMetaProcedures(this.#testaments, (caller, topic) => this.#checkTestamentTopic(caller, topic)),
    ]) {
      for (const [uri, procedure] of procedures) this.dealer.meta.set(uri, procedure);
    }
    // Registration and subscription meta events (the dealer and broker report, the broker publishes).
    const publish = (topic: string, args: unknown[]): void => this.broker.publishMeta(topic, args);
    this.dealer.onMeta = publish;
    this.broker.onMeta = publish;
  }

  /** True when `uri` is a valid request URI under this realm's rules (`uri_check`). */
  isValidUri(uri: string, match?: MatchPolicy): boolean {
    return isUri(uri, match === undefined || match === 'exact' ? this.#rules : { ...this.#rules, match });
  }

  // A testament's topic must be one the session could publish to now.
  #checkTestamentTopic(caller: Peer, topic: string): void {
    if (!this.isValidUri(topic)) throw new MetaError(WAMP_ERROR.INVALID_URI, `invalid topic URI ${JSON.stringify(topic)}`);
    if (!this.authorizer.authorize(caller.authrole, topic, 'publish')) {
      throw new MetaError(WAMP_ERROR.NOT_AUTHORIZED, `role ${caller.authrole} may not publish to ${topic}`);
    }
  }

  /** Attaches a session that was just welcomed. */
  attach(peer: Peer): void {
    this.sessions.set(peer.sessionId, peer);
    this.broker.publishMeta('wamp.session.on_join', [peer.describe()]);
  }

  /** Detaches a session that left: drops its registrations and subscriptions, settles its calls. */
  detach(peer: Peer): void {
    if (!this.sessions.delete(peer.sessionId)) return;
    this.dealer.detach(peer);
    this.broker.detach(peer);
    // The session's testaments, published as if it had published them (it no longer receives them).
    for (const t of this.#testaments.take(peer)) this.broker.publish(peer, new Publish({ request: 1, topic: t.topic, options: t.options, args: t.args, kwargs: t.kwargs }));
    this.broker.publishMeta('wamp.session.on_leave', [peer.sessionId, peer.authid, peer.authrole]);
  }
}
