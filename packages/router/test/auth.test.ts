import { loadVectors } from '@wamp/test-vectors';
import { Router, deny, welcome } from '../src/index.js';
import type { AuthOptions, RouterAuthMethod } from '../src/index.js';
import { signWampCraChallenge } from '../src/auth/wampcra-crypto.js';
import { deriveKey } from './support/derive-key.js';
import type { TestClient } from './support/loopback.js';
import { CLIENT_ROLES, connect } from './support/loopback.js';

interface CraVector {
  name: string;
  secret: string;
  salt?: string;
  iterations?: number;
  keylen?: number;
  derived_key?: string;
}

const salted = loadVectors<{ vectors: CraVector[] }>('wampcra.json')?.vectors.find((v) => v.salt !== undefined);

const AUTH: AuthOptions = {
  anonymous: { role: 'guest' },
  ticket: { principals: { joe: { ticket: 'secret!!!', role: 'frontend' }, redirected: { ticket: 't2', role: 'frontend', realm: 'realm2' } } },
  wampcra: {
    users: {
      peter: { secret: 'secret2', role: 'frontend' },
      ...(salted === undefined ? {} : { salty: { secret: salted.derived_key!, role: 'backend', salt: salted.salt, iterations: salted.iterations, keylen: salted.keylen } }),
      ghost: { secret: 'boo', role: 'no-such-role' },
    },
  },
};

const roles = ['guest', 'frontend', 'backend'].map((name) => ({ name, permissions: [{ uri: '', match: 'prefix' as const, allow: { call: true, register: true, publish: true, subscribe: true } }] }));

function router(auth: AuthOptions = AUTH): Router {
  return new Router({ realms: [{ name: 'realm1', roles }, { name: 'realm2', roles }], auth, log: () => {} });
}

function hello(client: TestClient, details: Record<string, unknown>, realm = 'realm1'): void {
  client.send([1, realm, { roles: CLIENT_ROLES, ...details }]);
}

async function signChallenge(challenge: unknown[], secret: string): Promise<string> {
  const extra = challenge[2] as { challenge: string; salt?: string; iterations?: number; keylen?: number };
  const key = extra.salt === undefined ? secret : deriveKey(secret, extra.salt, extra.iterations!, extra.keylen!);
  return signWampCraChallenge(key, extra.challenge);
}

describe('anonymous authentication', () => {
  it('welcomes a HELLO without authmethods as anonymous with the configured role', async () => {
    const client = connect(router());
    hello(client, { authid: 'whoever', authrole: 'admin' });
    const details = (await client.expect(2))[2] as Record<string, unknown>;
    expect(details).toMatchObject({ authrole: 'guest', authmethod: 'anonymous', authprovider: 'static' });
    expect(details['authid']).not.toBe('whoever');
  });

  it('is refused with no_matching_auth_method when the listener does not offer it', async () => {
    const client = connect(router({ ticket: AUTH.ticket! }));
    hello(client, {});
    expect((await client.expect(3))[2]).toBe('wamp.error.no_matching_auth_method');
  });

  it('picks the first of the client’s methods that the listener offers', async () => {
    const client = connect(router());
    hello(client, { authmethods: ['cryptosign', 'ticket', 'anonymous'], authid: 'joe' });
    expect(await client.next()).toEqual([4, 'ticket', {}]);
  });
});

describe('ticket authentication', () => {
  it('challenges with [4, "ticket", {}] and welcomes the right ticket with the principal’s role', async () => {
    const client = connect(router());
    hello(client, { authmethods: ['ticket'], authid: 'joe' });
    expect(await client.next()).toEqual([4, 'ticket', {}]);
    client.send([5, 'secret!!!', {}]);
    const details = (await client.expect(2))[2];
    expect(details).toMatchObject({ realm: 'realm1', authid: 'joe', authrole: 'frontend', authmethod: 'ticket', authprovider: 'static' });
  });

  it('aborts a wrong ticket with wamp.error.authentication_failed', async () => {
    const client = connect(router());
    hello(client, { authmethods: ['ticket'], authid: 'joe' });
    await client.expect(4);
    client.send([5, 'secret!!', {}]);
    expect(await client.next()).toEqual([3, { message: 'invalid authid or ticket' }, 'wamp.error.authentication_failed']);
    await client.closed();
  });

  it('treats an unknown authid exactly like a wrong ticket (does not reveal which authids exist)', async () => {
    const client = connect(router());
    hello(client, { authmethods: ['ticket'], authid: 'nobody' });
    expect(await client.next()).toEqual([4, 'ticket', {}]);
    client.send([5, 'secret!!!', {}]);
    expect(await client.next()).toEqual([3, { message: 'invalid authid or ticket' }, 'wamp.error.authentication_failed']);
  });

  it('needs an authid', async () => {
    const client = connect(router());
    hello(client, { authmethods: ['ticket'] });
    expect(await client.next()).toEqual([3, { message: 'ticket authentication needs HELLO.Details.authid' }, 'wamp.error.authentication_failed']);
  });

  it('joins the principal’s realm when one is configured', async () => {
    const client = connect(router());
    hello(client, { authmethods: ['ticket'], authid: 'redirected' });
    await client.expect(4);
    client.send([5, 't2', {}]);
    expect((await client.expect(2))[2]).toMatchObject({ realm: 'realm2', authid: 'redirected' });
  });

  it('treats a second AUTHENTICATE, or one without CHALLENGE, as a protocol violation', async () => {
    const client = connect(router());
    hello(client, { authmethods: ['ticket'], authid: 'joe' });
    await client.expect(4);
    client.send([5, 'secret!!!', {}]);
    await client.expect(2);
    client.send([5, 'secret!!!', {}]);
    expect(await client.next()).toEqual([3, { message: 'AUTHENTICATE after the session was established' }, 'wamp.error.protocol_violation']);
  });

  it('treats a message other than AUTHENTICATE during the challenge as a protocol violation', async () => {
    const client = connect(router());
    hello(client, { authmethods: ['ticket'], authid: 'joe' });
    await client.expect(4);
    client.send([32, 1, {}, 'com.example.topic']);
    expect(await client.next()).toEqual([3, { message: 'SUBSCRIBE before the session was established' }, 'wamp.error.protocol_violation']);
  });
});

describe('WAMP-CRA authentication', () => {
  it('challenges with the spec’s JSON challenge and welcomes a correct signature', async () => {
    const client = connect(router());
    hello(client, { authmethods: ['wampcra'], authid: 'peter' });
    const challenge = await client.expect(4);
    expect(challenge[1]).toBe('wampcra');
    const extra = challenge[2] as Record<string, unknown>;
    expect(Object.keys(extra)).toEqual(['challenge']);
    const parsed = JSON.parse(extra['challenge'] as string) as Record<string, unknown>;
    expect(Object.keys(parsed).sort()).toEqual(['authid', 'authmethod', 'authprovider', 'authrole', 'nonce', 'session', 'timestamp']);
    expect(parsed).toMatchObject({ authid: 'peter', authrole: 'frontend', authmethod: 'wampcra', authprovider: 'static' });
    expect(parsed['timestamp']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(typeof parsed['nonce']).toBe('string');
    client.send([5, await signChallenge(challenge, 'secret2'), {}]);
    const welcomeMessage = await client.expect(2);
    // The challenge is bound to the session ID the session gets.
    expect(welcomeMessage[1]).toBe(parsed['session']);
    expect(welcomeMessage[2]).toMatchObject({ authid: 'peter', authrole: 'frontend', authmethod: 'wampcra', authprovider: 'static' });
  });

  it('uses a fresh nonce for every challenge', async () => {
    const nonces = new Set<unknown>();
    for (let i = 0; i < 3; i++) {
      const client = connect(router());
      hello(client, { authmethods: ['wampcra'], authid: 'peter' });
      nonces.add((JSON.parse(((await client.expect(4))[2] as { challenge: string }).challenge) as { nonce: string }).nonce);
    }
    expect(nonces.size).toBe(3);
  });

  it('aborts a wrong signature with wamp.error.authentication_failed', async () => {
    const client = connect(router());
    hello(client, { authmethods: ['wampcra'], authid: 'peter' });
    const challenge = await client.expect(4);
    client.send([5, await signChallenge(challenge, 'secret3'), {}]);
    expect(await client.next()).toEqual([3, { message: 'invalid authid or signature' }, 'wamp.error.authentication_failed']);
  });

  (salted === undefined ? it.skip : it)('challenges a salted user with salt, iterations and keylen and welcomes the signature made with the derived key (vector %s)', async () => {
    const v = salted!;
    const client = connect(router());
    hello(client, { authmethods: ['wampcra'], authid: 'salty' });
    const challenge = await client.expect(4);
    expect(challenge[2]).toMatchObject({ salt: v.salt, iterations: v.iterations, keylen: v.keylen });
    // The client side of the vector: derive the key from the password, then sign.
    const key = deriveKey(v.secret, v.salt!, v.iterations!, v.keylen!);
    expect(key).toBe(v.derived_key);
    client.send([5, await signWampCraChallenge(key, (challenge[2] as { challenge: string }).challenge), {}]);
    expect((await client.expect(2))[2]).toMatchObject({ authid: 'salty', authrole: 'backend', authmethod: 'wampcra' });
  });

  (salted === undefined ? it.skip : it)('refuses a salted user signing with the plain password instead of the derived key', async () => {
    const client = connect(router());
    hello(client, { authmethods: ['wampcra'], authid: 'salty' });
    const challenge = await client.expect(4);
    client.send([5, await signWampCraChallenge(salted!.secret, (challenge[2] as { challenge: string }).challenge), {}]);
    expect((await client.expect(3))[2]).toBe('wamp.error.authentication_failed');
  });

  (salted === undefined ? it.skip : it)('gives an unknown authid a challenge of the same shape, with a salt stable across attempts', async () => {
    const salts: unknown[] = [];
    const r = router();
    for (let i = 0; i < 2; i++) {
      const client = connect(r);
      hello(client, { authmethods: ['wampcra'], authid: 'mallory' });
      const challenge = await client.expect(4);
      const extra = challenge[2] as Record<string, unknown>;
      expect(Object.keys(extra).sort()).toEqual(['challenge', 'iterations', 'keylen', 'salt']);
      salts.push(extra['salt']);
      client.send([5, await signChallenge(challenge, 'guess'), {}]);
      expect(await client.next()).toEqual([3, { message: 'invalid authid or signature' }, 'wamp.error.authentication_failed']);
    }
    expect(salts[0]).toBe(salts[1]);
    expect(salts[0]).toMatch(/^[0-9a-f]+$/);
    expect((salts[0] as string).length).toBe(salted!.salt!.length);
  });

  it('refuses a principal whose role the realm does not have with wamp.error.no_such_role', async () => {
    const client = connect(router());
    hello(client, { authmethods: ['wampcra'], authid: 'ghost' });
    const challenge = await client.expect(4);
    client.send([5, await signChallenge(challenge, 'boo'), {}]);
    expect(await client.next()).toEqual([3, { message: 'realm realm1 has no role no-such-role' }, 'wamp.error.no_such_role']);
  });

  it('refuses a challenge answered too late', async () => {
    const r = router({ wampcra: { users: { peter: { secret: 's', role: 'frontend' } }, challengeTimeout: 0 } });
    const client = connect(r);
    hello(client, { authmethods: ['wampcra'], authid: 'peter' });
    const challenge = await client.expect(4);
    await new Promise((resolve) => setTimeout(resolve, 5));
    client.send([5, await signChallenge(challenge, 's'), {}]);
    expect(await client.next()).toEqual([3, { message: 'the WAMP-CRA challenge expired' }, 'wamp.error.authentication_failed']);
  });

  it('refuses options with a partly salted user', () => {
    expect(() => router({ wampcra: { users: { x: { secret: 's', role: 'r', salt: 'abc' } } } })).toThrow('auth.wampcra.users.x: salt, iterations and keylen must be given together');
  });
});

describe('custom authentication methods', () => {
  it('runs a plugged-in method, with multiple challenge rounds', async () => {
    const method: RouterAuthMethod = {
      authmethod: 'x-two-step',
      async hello(request) {
        expect(request.sessionId).toBeGreaterThan(0);
        expect(request.transportDetails?.channelType).toBe('memory');
        return {
          kind: 'challenge',
          extra: { step: 1 },
          authenticate: async (first) => ({
            kind: 'challenge',
            extra: { step: 2 },
            authenticate: async (second) =>
              first === 'a' && second === 'b' ? welcome({ authid: request.authid ?? '?', authrole: 'frontend', authmethod: 'x-two-step', authprovider: 'custom', authextra: { hint: 42 } }) : deny('wamp.error.authentication_denied', 'no'),
          }),
        };
      },
    };
    const r = router({ methods: [method] });
    const client = connect(r);
    hello(client, { authmethods: ['x-two-step'], authid: 'kim' });
    expect(await client.next()).toEqual([4, 'x-two-step', { step: 1 }]);
    client.send([5, 'a', {}]);
    expect(await client.next()).toEqual([4, 'x-two-step', { step: 2 }]);
    client.send([5, 'b', {}]);
    expect((await client.expect(2))[2]).toMatchObject({ authid: 'kim', authprovider: 'custom', authextra: { hint: 42 } });
  });

  it('turns a method that throws into wamp.error.authentication_failed', async () => {
    const errors: unknown[] = [];
    const r = new Router({
      realms: [{ name: 'realm1' }],
      auth: { methods: [{ authmethod: 'x-broken', hello: async () => Promise.reject(new Error('boom')) }] },
      log: (level, _m, e) => void (level === 'error' && errors.push(e)),
    });
    const client = connect(r);
    hello(client, { authmethods: ['x-broken'] });
    expect(await client.next()).toEqual([3, { message: 'authentication failed' }, 'wamp.error.authentication_failed']);
    expect(errors).toHaveLength(1);
  });

  it('forgets a join whose transport closed while authentication ran', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const r = new Router({ realms: [{ name: 'realm1' }], auth: { methods: [{ authmethod: 'x-slow', hello: async () => (await gate, welcome({ authid: 'a', authrole: 'r', authmethod: 'x-slow', authprovider: 'p' })) }] }, log: () => {} });
    const client = connect(r);
    hello(client, { authmethods: ['x-slow'] });
    await client.settle();
    client.close();
    await client.closed();
    release();
    await client.settle();
    expect(r.sessionCount).toBe(0);
  });

  it('uses per-listener authentication methods', async () => {
    const r = router();
    const client = connect(r, { auth: { ticket: { principals: { only: { ticket: 'x', role: 'guest' } } } } });
    hello(client, { authmethods: ['anonymous'] });
    expect((await client.expect(3))[2]).toBe('wamp.error.no_matching_auth_method');
  });
});
