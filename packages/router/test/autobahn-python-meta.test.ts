/**
 * Autobahn|Python clients using the meta API of our router: session, registration and
 * subscription meta procedures and events, testaments, revocation, kill.
 */
import { join } from 'node:path';
import { JsonSerializer } from '@wamp/serializers/json';
import { listenWebSocket } from '@wamp/transport-ws/server';
import { Router } from '../src/index.js';
import { autobahnPythonAvailable, runPythonJson } from '@wamp/test-support';

const available = autobahnPythonAvailable();

(available ? describe : describe.skip)('Autobahn|Python using the meta API of @wamp/router', () => {
  let router: Router;
  let result: Record<string, any>;

  beforeAll(async () => {
    router = new Router({ realms: [{ name: 'realm1' }], log: () => {} });
    const { address } = await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: [new JsonSerializer()] });
    result = await runPythonJson<Record<string, any>>(join(__dirname, 'py', 'autobahn_meta.py'), [address.url, '127.0.0.1', String(address.port)]);
  }, 60_000);

  afterAll(() => router.close({ timeout: 200 }));

  it('answers the session meta procedures', () => {
    expect(result['session']).toEqual({ count: true, listed: true, get: [true, 'anonymous', 'anonymous'], unknown: 'wamp.error.no_such_session' });
  });

  it('answers the registration and subscription meta procedures', () => {
    expect(result['registration']).toEqual({ lookup: true, match: true, get: 'com.example.meta.proc', callees: true, count: 1, in_list: true });
    expect(result['subscription']).toEqual({ lookup: true, match: true, get: 'prefix', subscribers: true, count: 1 });
  });

  it('publishes the meta events Autobahn subscribed to', () => {
    expect(result['events']).toEqual({ on_join: true, on_leave: true, reg_create: true, reg_register: true, reg_unregister: true, reg_delete: true, sub_subscribe: true });
  });

  it('revokes a registration: Autobahn takes [UNREGISTERED, 0, …] and stays joined; the procedure is gone', () => {
    expect(result['revoke_registration']).toEqual({ call_after: 'wamp.error.no_such_procedure', callee_attached: true });
  });

  it('publishes testaments of a session that went away, detached first, flushed ones not', () => {
    expect(result['testament']).toEqual({
      flushed: 2,
      bad_scope: 'wamp.error.testament_error',
      events: [
        [['detached again'], {}],
        [['destroyed'], { n: 1 }],
      ],
    });
  });

  it('kills a session with the reason and message given', () => {
    expect(result['kill']).toEqual(['com.example.go_away', 'bye']);
  });

  it('revokes a subscription (Autobahn 22.7.1 announces subscription_revocation but treats the revocation as a protocol violation)', () => {
    expect(result['revoke_subscription']['count']).toBeNull();
    // Recorded, not endorsed: Autobahn 22.7.1's session has no branch for UNSUBSCRIBED with
    // request 0, raises ProtocolError ("UNSUBSCRIBED received for non-pending request ID 0") and
    // drops its own connection. Crossbar.io sends the same message, so this is Autobahn's bug.
    expect(result['revoke_subscription']['subscriber_left']).toEqual(['wamp.close.transport_lost', expect.any(String)]);
  });
});
