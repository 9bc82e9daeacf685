import type { TransportHandlerFactory } from '@wamp/interfaces';
import { Call, Hello, Welcome } from '@wamp/message';
import { Router } from '../src/index.js';
import type { RouterLog } from '../src/index.js';
import { CLIENT_ROLES, connect, join } from './support/loopback.js';

const logs: [string, string][] = [];
const log: RouterLog = (level, message) => void logs.push([level, message]);

function router(): Router {
  return new Router({ realms: [{ name: 'realm1' }, { name: 'realm2' }], log });
}

describe('RouterSession lifecycle', () => {
  it('welcomes an anonymous HELLO with realm, identity, agent and exactly the implemented roles', async () => {
    const r = router();
    const { welcome, session } = await join(r);
    expect(session).toBeGreaterThanOrEqual(1);
    expect(session).toBeLessThanOrEqual(2 ** 53);
    const details = welcome[2] as Record<string, unknown>;
    expect(details).toMatchObject({
      realm: 'realm1',
      authrole: 'anonymous',
      authmethod: 'anonymous',
      authprovider: 'static',
      authextra: {},
      agent: '@wamp/router',
      roles: { broker: { features: { publisher_exclusion: true } }, dealer: { features: {} } },
    });
    expect(details['authid']).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/);
    // The WELCOME is one a strict client parser accepts.
    expect(() => Welcome.parse(welcome)).not.toThrow();
    expect(r.sessionCount).toBe(1);
  });

  it('gives each session its own random session ID', async () => {
    const r = router();
    const ids = new Set<number>();
    for (let i = 0; i < 20; i++) ids.add((await join(r)).session);
    expect(ids.size).toBe(20);
  });

  it('aborts a HELLO for an unknown realm with wamp.error.no_such_realm and closes the transport', async () => {
    const client = connect(router());
    client.send([1, 'nope', { roles: CLIENT_ROLES }]);
    const abort = await client.expect(3);
    expect(abort[2]).toBe('wamp.error.no_such_realm');
    expect((abort[1] as { message: string }).message).toContain('nope');
    await client.closed();
  });

  it('aborts with wamp.error.no_matching_auth_method when no offered method is accepted', async () => {
    const client = connect(router());
    client.send([1, 'realm1', { roles: CLIENT_ROLES, authmethods: ['ticket', 'cryptosign'], authid: 'joe' }]);
    const abort = await client.expect(3);
    expect(abort[2]).toBe('wamp.error.no_matching_auth_method');
    expect((abort[1] as { message: string }).message).toMatch(/ticket, cryptosign.*anonymous/);
    await client.closed();
  });

  it('answers GOODBYE with wamp.close.goodbye_and_out and lets the connection carry a new session', async () => {
    const r = router();
    const { client, session } = await join(r);
    client.send([6, {}, 'wamp.close.normal']);
    expect(await client.next()).toEqual([6, {}, 'wamp.close.goodbye_and_out']);
    expect(r.sessionCount).toBe(0);
    client.send([1, 'realm2', { roles: CLIENT_ROLES }]);
    const welcome = await client.expect(2);
    expect(welcome[1]).not.toBe(session);
    expect((welcome[2] as { realm: string }).realm).toBe('realm2');
    // Request IDs start over in the new session.
    client.send([32, 1, {}, 'com.example.topic']);
    await client.expect(33);
  });

  it('never answers a GOODBYE that is itself a goodbye_and_out reply', async () => {
    const { client } = await join(router());
    client.send([6, {}, 'wamp.close.goodbye_and_out']);
    client.send([1, 'realm1', { roles: CLIENT_ROLES }]);
    // The next message is the WELCOME of the new session, not a GOODBYE.
    await client.expect(2);
  });

  it('ends a session that sends HELLO twice with ABORT wamp.error.protocol_violation', async () => {
    const { client } = await join(router());
    client.send([1, 'realm1', { roles: CLIENT_ROLES }]);
    const abort = await client.expect(3);
    expect(abort).toEqual([3, { message: 'HELLO after the session was established' }, 'wamp.error.protocol_violation']);
    await client.closed();
  });

  it.each([
    ['GOODBYE', [6, {}, 'wamp.close.normal'], 'GOODBYE before the session was established'],
    ['CALL', [48, 1, {}, 'com.example.add2'], 'CALL before the session was established'],
    ['AUTHENTICATE', [5, 'sig', {}], 'AUTHENTICATE without a pending CHALLENGE'],
    ['YIELD', [70, 1, {}], 'YIELD before the session was established'],
  ])('treats %s before WELCOME as a protocol violation', async (_name, message, text) => {
    const client = connect(router());
    client.send(message);
    expect(await client.expect(3)).toEqual([3, { message: text }, 'wamp.error.protocol_violation']);
    await client.closed();
  });

  it.each([
    ['WELCOME', [2, 1, { roles: { broker: {} } }]],
    ['CHALLENGE', [4, 'ticket', {}]],
    ['EVENT', [36, 1, 2, {}]],
    ['RESULT', [50, 1, {}]],
    ['INVOCATION', [68, 1, 2, {}]],
    ['REGISTERED', [65, 1, 2]],
    ['SUBSCRIBED', [33, 1, 2]],
    ['PUBLISHED', [17, 1, 2]],
    ['INTERRUPT', [69, 1, {}]],
  ])('refuses %s from a client (a router-to-client message) as a protocol violation', async (name, message) => {
    const { client } = await join(router());
    client.send(message);
    expect(await client.expect(3)).toEqual([3, { message: `a client must not send ${name}` }, 'wamp.error.protocol_violation']);
    await client.closed();
  });

  it('ignores a CANCEL for a call that is not pending (Advanced Profile, "Call Canceling")', async () => {
    const { client } = await join(router());
    client.send([49, 1, { mode: 'kill' }]);
    client.send([32, client.request(), {}, 'com.example.still.here']);
    expect((await client.next())[0]).toBe(33); // still joined: SUBSCRIBED, no ABORT
  });

  it('checks HELLO itself: a HELLO without roles is a protocol violation even when no parser ran', async () => {
    const client = connect(router());
    client.send(new Hello({ realm: 'realm1', details: {} as never }));
    expect(await client.expect(3)).toEqual([3, { message: 'HELLO.Details.roles is required (a dict of the client roles)' }, 'wamp.error.protocol_violation']);
  });

  it('checks HELLO itself: roles must name a client role, and the realm must be a URI', async () => {
    const a = connect(router());
    a.send(new Hello({ realm: 'realm1', details: { roles: { broker: {} } } }));
    expect(((await a.expect(3))[1] as { message: string }).message).toBe('HELLO.Details.roles must name at least one of caller, callee, publisher, subscriber');
    const b = connect(router());
    b.send(new Hello({ realm: 'bad realm', details: { roles: CLIENT_ROLES } }));
    expect(((await b.expect(3))[1] as { message: string }).message).toBe('HELLO.Realm must be a valid WAMP URI, got "bad realm"');
  });

  it('ends the offending session only: other sessions keep working after a protocol violation', async () => {
    const r = router();
    const callee = await join(r);
    const caller = await join(r);
    const offender = await join(r);
    callee.client.send([64, callee.client.request(), {}, 'com.example.ping']);
    await callee.client.expect(65);
    offender.client.send([70, 99, {}]);
    expect((await offender.client.expect(3))[2]).toBe('wamp.error.protocol_violation');
    await offender.client.closed();
    caller.client.send([48, caller.client.request(), {}, 'com.example.ping']);
    const invocation = await callee.client.expect(68);
    callee.client.send([70, invocation[1], {}, ['pong']]);
    expect(await caller.client.next()).toEqual([50, 1, {}, ['pong']]);
    expect(r.sessionCount).toBe(2);
  });

  it('closes quietly when the client sends ABORT, and cleans the session up', async () => {
    const r = router();
    const { client } = await join(r);
    client.send([64, client.request(), {}, 'com.example.x']);
    await client.expect(65);
    client.send([3, { message: 'bye' }, 'wamp.error.whatever']);
    await client.closed();
    expect(client.unread()).toEqual([]);
    expect(r.sessionCount).toBe(0);
    const other = await join(r);
    other.client.send([64, other.client.request(), {}, 'com.example.x']);
    await other.client.expect(65);
  });

  it('drops the session when the transport is lost', async () => {
    const r = router();
    const { client } = await join(r);
    client.abort();
    await client.closed();
    expect(r.sessionCount).toBe(0);
  });

  it('ignores messages after it aborted a session (nothing else is answered)', async () => {
    const { client } = await join(router());
    // Both arrive in one turn: the second must not be processed after the violation.
    client.send([70, 5, {}]);
    client.send([32, 1, {}, 'com.example.topic']);
    await client.expect(3);
    await client.closed();
    expect(client.unread()).toEqual([]);
  });

  it('hands a message the transport could not parse to the transport contract: ABORT protocol_violation', async () => {
    const client = connect(router());
    client.send([48, 0, {}, 'com.example.add2']);
    const abort = await client.expect(3);
    expect(abort[2]).toBe('wamp.error.protocol_violation');
    expect((abort[1] as { message: string }).message).toContain('CALL.Request');
  });
});

describe('Router.close', () => {
  it('sends GOODBYE wamp.close.system_shutdown to every session and closes each transport after its reply', async () => {
    const r = router();
    const a = await join(r);
    const b = await join(r);
    const idle = connect(r);
    const closing = r.close({ timeout: 5000 });
    expect(await a.client.next()).toEqual([6, { message: 'the router is shutting down' }, 'wamp.close.system_shutdown']);
    expect(await b.client.next()).toEqual([6, { message: 'the router is shutting down' }, 'wamp.close.system_shutdown']);
    await idle.closed();
    a.client.send([6, {}, 'wamp.close.goodbye_and_out']);
    b.client.send([6, {}, 'wamp.close.goodbye_and_out']);
    await closing;
    expect((await a.client.closed()).wasClean).toBe(true);
    expect((await b.client.closed()).wasClean).toBe(true);
    expect(r.sessionCount).toBe(0);
  });

  it('drops sessions that do not answer GOODBYE within the timeout', async () => {
    const r = router();
    const a = await join(r);
    await r.close({ timeout: 10 });
    expect((await a.client.closed()).wasClean).toBe(false);
  });

  it('turns away connections opened after close and closes listeners', async () => {
    const r = router();
    let closed = 0;
    const listener = await r.listen(async (options: { handlerFactory: TransportHandlerFactory; port: number }) => ({ address: { kind: 'tcp' as const, url: `fake://${options.port}` }, close: async () => void closed++ }), { port: 1 });
    expect(listener.address.url).toBe('fake://1');
    expect(r.listeners).toEqual([listener]);
    await r.close();
    expect(closed).toBe(1);
    expect(r.listeners).toEqual([]);
    const late = connect(r);
    await late.closed();
    await expect(r.listen(async () => listener, {})).rejects.toThrow('the router is closing');
  });

  it('drops requests that arrive while it waits for the GOODBYE reply', async () => {
    const r = router();
    const { client } = await join(r);
    const closing = r.close({ timeout: 5000 });
    client.send([48, client.request(), {}, 'com.example.add2']);
    await client.expect(6);
    client.send([6, {}, 'wamp.close.goodbye_and_out']);
    await closing;
    expect(client.unread()).toEqual([]);
  });
});

describe('request IDs', () => {
  it('rejects a first request ID other than 1 as out of sequence', async () => {
    const { client } = await join(router());
    client.send([32, 2, {}, 'com.example.topic']);
    expect(await client.expect(3)).toEqual([
      3,
      { message: 'SUBSCRIBE.Request 2 is out of sequence: expected 1 (request IDs start at 1 and go up by 1 per request)' },
      'wamp.error.protocol_violation',
    ]);
  });

  it('rejects a duplicate request ID across request kinds', async () => {
    const { client } = await join(router());
    client.send([32, 1, {}, 'com.example.topic']);
    await client.expect(33);
    client.send(new Call({ request: 1, procedure: 'com.example.add2' }));
    const abort = await client.expect(3);
    expect((abort[1] as { message: string }).message).toBe('CALL.Request 1 is out of sequence: expected 2 (request IDs start at 1 and go up by 1 per request)');
  });

  it('accepts IDs counted across every request kind', async () => {
    const { client } = await join(router());
    client.send([32, 1, {}, 'com.example.t']);
    client.send([16, 2, { acknowledge: true }, 'com.example.t']);
    client.send([64, 3, {}, 'com.example.p']);
    client.send([48, 4, {}, 'com.example.missing']);
    expect((await client.next())[0]).toBe(33);
    expect((await client.next())[0]).toBe(17);
    expect((await client.next())[0]).toBe(65);
    expect((await client.next())[0]).toBe(8);
  });
});

afterAll(() => {
  // Protocol violations are logged as warnings.
  expect(logs.some(([level, m]) => level === 'warn' && m.includes('protocol violation'))).toBe(true);
});

describe('Router construction', () => {
  it('refuses a realm given twice', () => {
    expect(() => new Router({ realms: [{ name: 'realm1' }, { name: 'realm1' }] })).toThrow('Router: realm realm1 is given twice');
  });

  it('treats an empty authmethods list like none: anonymous', async () => {
    const client = connect(router());
    client.send([1, 'realm1', { roles: CLIENT_ROLES, authmethods: [] }]);
    expect(((await client.expect(2))[2] as { authmethod: string }).authmethod).toBe('anonymous');
  });

  it('announces the agent it is given', async () => {
    const r = new Router({ realms: [{ name: 'realm1' }], agent: 'my-app-router/1.0', log });
    expect(((await join(r)).welcome[2] as { agent: string }).agent).toBe('my-app-router/1.0');
  });
});
