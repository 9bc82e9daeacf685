import type { IMessage } from '@wamp/interfaces';
import { Call, Publish, Register, Subscribe, Yield } from '@wamp/message';
import { RequestIdCounter } from '../src/id.js';
import { Realm } from '../src/realm.js';
import type { PendingCall, Peer, Registration, Subscription } from '../src/routing-records.js';

class FakePeer implements Peer {
  readonly registrations = new Set<Registration>();
  readonly subscriptions = new Set<Subscription>();
  readonly invocations = new Map<number, PendingCall>();
  readonly calls = new Map<number, PendingCall>();
  readonly inbox: unknown[][] = [];
  readonly #ids = new RequestIdCounter();
  constructor(readonly sessionId: number, readonly authid = 'a', readonly authrole = 'r') {}
  send(message: IMessage): undefined {
    this.inbox.push(message.marshal());
    return undefined;
  }
  nextInvocationRequest(): number {
    return this.#ids.next(this.invocations);
  }
  supports(): boolean {
    return false;
  }
  describe(): Record<string, unknown> {
    return { session: this.sessionId };
  }
  kill(): void {}
}

describe('Realm bookkeeping', () => {
  it('holds nothing of a session once it is detached, whatever it was doing', () => {
    const realm = new Realm({ name: 'realm1' });
    const a = new FakePeer(1);
    const b = new FakePeer(2);
    realm.attach(a);
    realm.attach(b);
    realm.dealer.register(a, new Register({ request: 1, procedure: 'com.example.p' }), 'exact');
    realm.broker.subscribe(a, new Subscribe({ request: 2, topic: 'com.example.t' }), 'exact');
    realm.broker.subscribe(b, new Subscribe({ request: 1, topic: 'com.example.t' }), 'exact');
    realm.dealer.call(b, new Call({ request: 2, procedure: 'com.example.p' }));
    realm.dealer.register(b, new Register({ request: 3, procedure: 'com.example.q' }), 'exact');
    realm.dealer.call(a, new Call({ request: 3, procedure: 'com.example.q' }));
    expect(realm.dealer.registrations.size).toBe(2);
    expect(a.invocations.size).toBe(1);
    expect(b.calls.size).toBe(1);

    realm.detach(a);
    expect(realm.sessions.has(1)).toBe(false);
    expect(a.registrations.size + a.subscriptions.size + a.invocations.size + a.calls.size).toBe(0);
    expect(realm.dealer.registrations.size).toBe(1);
    expect(realm.broker.subscriptions.size).toBe(1);
    // b's call to a failed; a's call to b is still owed by b, whose answer will be dropped.
    expect(b.calls.size).toBe(0);
    expect(b.inbox.at(-1)?.[4]).toBe('wamp.error.canceled');
    expect(b.invocations.size).toBe(1);
    expect(realm.dealer.yield(b, new Yield({ request: 1, options: {} }))).toBe(true);
    expect(b.invocations.size).toBe(0);

    realm.detach(b);
    expect(realm.dealer.registrations.size).toBe(0);
    expect(realm.broker.subscriptions.size).toBe(0);
    expect(realm.sessions.size).toBe(0);
  });

  it('sends a publication to nobody when nobody subscribed, and still returns its ID', () => {
    const realm = new Realm({ name: 'realm1' });
    const a = new FakePeer(1);
    realm.attach(a);
    const publication = realm.broker.publish(a, new Publish({ request: 1, topic: 'com.example.t' }));
    expect(publication).toBeGreaterThanOrEqual(1);
    expect(a.inbox).toEqual([]);
  });

  it('refuses a realm name that is not a URI', () => {
    expect(() => new Realm({ name: 'not a uri' })).toThrow('realm name must be a WAMP URI, got "not a uri"');
  });
});
