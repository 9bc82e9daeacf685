import { Authorizer, fromStarredUri } from '../src/authorizer.js';
import { Router } from '../src/index.js';
import type { RoleOptions } from '../src/index.js';
import type { TestClient } from './support/loopback.js';
import { connect, join } from './support/loopback.js';

const ALL = { call: true, register: true, publish: true, subscribe: true };
const NONE = { call: false, register: false, publish: false, subscribe: false };

describe('Authorizer', () => {
  const roles: RoleOptions[] = [
    {
      name: 'frontend',
      permissions: [
        { uri: 'com.example.add2', match: 'exact', allow: { call: true } },
        { uri: 'com.example.', match: 'prefix', allow: { publish: true, subscribe: true } },
        { uri: 'com.example.topic2', match: 'exact', allow: NONE },
        { uri: 'com.example.private.', match: 'prefix', allow: NONE },
        { uri: 'com..status', match: 'wildcard', allow: { subscribe: true } },
        { uri: 'org.*', allow: { call: true } },
        { uri: 'net.*.create', allow: { register: true } },
      ],
    },
    { name: 'nobody' },
  ];
  const authorizer = new Authorizer(roles);

  it.each([
    ['call', 'com.example.add2', true],
    ['register', 'com.example.add2', false],
    ['publish', 'com.example.add2', false],
    ['publish', 'com.example.topic1', true],
    ['subscribe', 'com.example.x.y', true],
    ['call', 'com.example.topic1', false],
    ['publish', 'com.example.topic2', false],
    ['publish', 'com.example.private.x', false],
    ['publish', 'com.examplex', false],
    ['subscribe', 'com.other.status', true],
    ['subscribe', 'com.other.x.status', false],
    ['call', 'org.anything.at.all', true],
    ['register', 'net.foo.create', true],
    ['register', 'net.foo.delete', false],
    ['call', 'io.unrelated', false],
  ] as const)('lets frontend %s %s: %s (most specific rule wins)', (action, uri, allowed) => {
    expect(authorizer.authorize('frontend', uri, action)).toBe(allowed);
    // The cached answer is the same.
    expect(authorizer.authorize('frontend', uri, action)).toBe(allowed);
  });

  it('denies everything to a role without permissions and to an unknown role', () => {
    expect(authorizer.authorize('nobody', 'com.example.add2', 'call')).toBe(false);
    expect(authorizer.authorize('stranger', 'com.example.add2', 'call')).toBe(false);
    expect(authorizer.hasRole('nobody')).toBe(true);
    expect(authorizer.hasRole('stranger')).toBe(false);
  });

  it('allows everything when the realm configures no roles', () => {
    const open = new Authorizer(undefined);
    expect(open.hasRole('anyone')).toBe(true);
    expect(open.authorize('anyone', 'com.example.x', 'register')).toBe(true);
  });

  it('reads Crossbar.io starred URIs', () => {
    expect(fromStarredUri('com.example.add2')).toEqual({ uri: 'com.example.add2', match: 'exact' });
    expect(fromStarredUri('com.example.*')).toEqual({ uri: 'com.example.', match: 'prefix' });
    expect(fromStarredUri('*')).toEqual({ uri: '', match: 'prefix' });
    expect(fromStarredUri('com.*.create.*')).toEqual({ uri: 'com..create.', match: 'wildcard' });
  });

  it('prefers the longer prefix and the more specific wildcard', () => {
    const a = new Authorizer([
      {
        name: 'r',
        permissions: [
          { uri: 'a.', match: 'prefix', allow: ALL },
          { uri: 'a.b.', match: 'prefix', allow: NONE },
          { uri: 'x..z', match: 'wildcard', allow: NONE },
          { uri: 'x.y.', match: 'wildcard', allow: ALL },
        ],
      },
    ]);
    expect(a.authorize('r', 'a.c', 'call')).toBe(true);
    expect(a.authorize('r', 'a.b.c', 'call')).toBe(false);
    expect(a.authorize('r', 'x.y.z', 'call')).toBe(true);
    expect(a.authorize('r', 'x.q.z', 'call')).toBe(false);
  });
});

describe('authorization in the router', () => {
  const realm = {
    name: 'realm1',
    roles: [
      {
        name: 'anonymous',
        permissions: [
          { uri: 'com.allowed.proc', match: 'exact' as const, allow: { call: true, register: true } },
          { uri: 'com.allowed.topics.', match: 'prefix' as const, allow: { publish: true, subscribe: true } },
          { uri: 'com.allowed.', match: 'prefix' as const, allow: { call: true } },
        ],
      },
    ],
  };

  async function session(): Promise<TestClient> {
    return (await join(new Router({ realms: [realm], log: () => {} }))).client;
  }

  function denied(type: number, request: number, action: string, uri: string): unknown[] {
    return [8, type, request, {}, 'wamp.error.not_authorized', [expect.stringMatching(new RegExp(`^session \\d+ \\(authrole anonymous\\) is not authorized to ${action} ${uri.replaceAll('.', '\\.')}$`))]];
  }

  it.each([
    ['register', 64, 'com.allowed.proc', 65],
    ['subscribe', 32, 'com.allowed.topics.news', 33],
  ])('allows %s by an exact or prefix rule', async (_action, type, uri, reply) => {
    const client = await session();
    client.send([type, client.request(), {}, uri]);
    expect((await client.next())[0]).toBe(reply);
  });

  it('allows call by exact and by prefix rule (reaching the dealer)', async () => {
    const client = await session();
    client.send([48, client.request(), {}, 'com.allowed.proc']);
    client.send([48, client.request(), {}, 'com.allowed.other']);
    expect((await client.next())[4]).toBe('wamp.error.no_such_procedure');
    expect((await client.next())[4]).toBe('wamp.error.no_such_procedure');
  });

  it('allows publish by a prefix rule (acknowledged)', async () => {
    const client = await session();
    client.send([16, client.request(), { acknowledge: true }, 'com.allowed.topics.news']);
    expect((await client.next())[0]).toBe(17);
  });

  it.each([
    ['call', 48, 'com.denied.proc'],
    ['register', 64, 'com.allowed.other'],
    ['subscribe', 32, 'com.allowed.proc'],
    ['publish', 16, 'com.allowed.proc'],
  ])('denies %s with ERROR wamp.error.not_authorized and a message', async (action, type, uri) => {
    const client = await session();
    client.send([type, client.request(), type === 16 ? { acknowledge: true } : {}, uri]);
    expect(await client.next()).toEqual(denied(type, 1, action, uri));
  });

  it('logs a denied PUBLISH without acknowledge instead of answering it', async () => {
    const logs: string[] = [];
    const { client } = await join(new Router({ realms: [realm], log: (_l, m) => void logs.push(m) }));
    client.send([16, client.request(), {}, 'com.denied.topic']);
    client.send([32, client.request(), {}, 'com.allowed.topics.x']);
    expect((await client.next())[0]).toBe(33);
    expect(logs.some((m) => m.includes('wamp.error.not_authorized') && m.includes('com.denied.topic'))).toBe(true);
  });

  it('refuses a session whose role the realm does not list with wamp.error.no_such_role', async () => {
    const r = new Router({ realms: [realm], auth: { anonymous: { role: 'visitor' } }, log: () => {} });
    const client = connect(r);
    client.send([1, 'realm1', { roles: { caller: {} } }]);
    expect(await client.next()).toEqual([3, { message: 'realm realm1 has no role visitor' }, 'wamp.error.no_such_role']);
  });
});
