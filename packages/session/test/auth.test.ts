/** Authentication and authorization through our router over WebSocket, plus WAMP-CRA's known answers. */
import { pbkdf2Sync } from 'node:crypto';
import type { Challenge } from '@wamp/interfaces';
import { NotAuthorized, WAMP_ERROR } from '@wamp/interfaces';
import { Router } from '@wamp/router';
import { JsonSerializer } from '@wamp/serializers/json';
import { loadVectors } from '@wamp/test-vectors';
import { webSocket } from '@wamp/transport-ws';
import { listenWebSocket } from '@wamp/transport-ws/server';
import { AnonymousAuthenticator, TicketAuthenticator, WampCraAuthenticator, connect } from '../src/index.js';

interface CraVector {
  name: string;
  secret: string;
  challenge: string;
  signature: string;
  salt?: string;
  iterations?: number;
  keylen?: number;
}

describe('WAMP-CRA signatures match Autobahn|Python (../shared/vectors/wampcra.json)', () => {
  const vectors = loadVectors<{ vectors: CraVector[] }>('wampcra.json')?.vectors ?? [];
  if (vectors.length === 0) {
    it.skip('vectors not present', () => {});
    return;
  }
  it.each(vectors.map((v) => [v.name, v] as const))('%s', async (_name, v) => {
    const auth = new WampCraAuthenticator({ authid: 'user', secret: v.secret });
    const extra: Record<string, unknown> = { challenge: v.challenge };
    if (v.salt !== undefined) Object.assign(extra, { salt: v.salt, iterations: v.iterations, keylen: v.keylen });
    const challenge: Challenge = { method: 'wampcra', extra };
    expect(await auth.onChallenge(undefined, challenge)).toBe(v.signature);
  });

  it('refuses a CHALLENGE without a challenge string or with bad salt parameters', async () => {
    const auth = new WampCraAuthenticator({ authid: 'user', secret: 's' });
    await expect(auth.onChallenge(undefined, { method: 'wampcra', extra: {} })).rejects.toThrow('wampcra CHALLENGE.Extra.challenge must be a string');
    await expect(auth.onChallenge(undefined, { method: 'wampcra', extra: { challenge: 'c', salt: 's', iterations: -1 } })).rejects.toThrow(
      'wampcra CHALLENGE.Extra.iterations must be a positive integer, got -1',
    );
  });
});

describe('authentication and authorization against @wamp/router', () => {
  let router: Router;
  let url: string;

  beforeAll(async () => {
    router = new Router({
      realms: [
        {
          name: 'realm1',
          roles: [
            { name: 'anonymous', permissions: [{ uri: 'com.example.public.', match: 'prefix', allow: { call: true, subscribe: true } }] },
            { name: 'backend', permissions: [{ uri: '', match: 'prefix', allow: { call: true, register: true, publish: true, subscribe: true } }] },
          ],
        },
      ],
      auth: {
        anonymous: true,
        ticket: { principals: { joe: { ticket: 'secret!!!', role: 'backend' } } },
        wampcra: {
          users: {
            alice: { secret: 'pa55word', role: 'backend' },
            // The router holds the derived key, as Crossbar.io's config does; the client has the password.
            salty: { secret: pbkdf2Sync('s4lty-pa55', 'salt123', 100, 32, 'sha256').toString('base64'), role: 'backend', salt: 'salt123', iterations: 100, keylen: 32 },
          },
        },
      },
      log: () => {},
    });
    url = (await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: [new JsonSerializer()] })).address.url;
  });

  afterAll(() => router.close({ timeout: 500 }));

  const transport = () => webSocket(url, { serializers: [new JsonSerializer()] });

  it('joins anonymously by default and with an explicit AnonymousAuthenticator', async () => {
    for (const authenticators of [undefined, [new AnonymousAuthenticator()]]) {
      const session = await connect({ transport: transport(), realm: 'realm1', authenticators });
      expect(session.sessionDetails).toMatchObject({ authmethod: 'anonymous', authrole: 'anonymous' });
      await session.leave();
    }
  });

  it('joins with a ticket, and fails with the router’s reason for a wrong one', async () => {
    const session = await connect({ transport: transport(), realm: 'realm1', authenticators: [new TicketAuthenticator({ authid: 'joe', ticket: 'secret!!!' })] });
    expect(session.sessionDetails).toMatchObject({ authid: 'joe', authrole: 'backend', authmethod: 'ticket' });
    await session.leave();
    await expect(connect({ transport: transport(), realm: 'realm1', authenticators: [new TicketAuthenticator({ authid: 'joe', ticket: 'wrong' })] })).rejects.toMatchObject({
      uri: WAMP_ERROR.AUTHENTICATION_FAILED,
    });
  });

  it('joins with WAMP-CRA, plain and salted, and fails with a wrong secret', async () => {
    for (const [authid, secret] of [
      ['alice', 'pa55word'],
      ['salty', 's4lty-pa55'],
    ] as const) {
      const session = await connect({ transport: transport(), realm: 'realm1', authenticators: [new WampCraAuthenticator({ authid, secret })] });
      expect(session.sessionDetails).toMatchObject({ authid, authrole: 'backend', authmethod: 'wampcra' });
      await session.leave();
      await expect(connect({ transport: transport(), realm: 'realm1', authenticators: [new WampCraAuthenticator({ authid, secret: 'nope' })] })).rejects.toMatchObject({
        uri: WAMP_ERROR.AUTHENTICATION_FAILED,
      });
    }
  });

  it('offers several methods in order and uses the one the router picks', async () => {
    const session = await connect({
      transport: transport(),
      realm: 'realm1',
      authenticators: [new WampCraAuthenticator({ authid: 'alice', secret: 'pa55word' }), new TicketAuthenticator({ authid: 'alice', ticket: 'x' })],
    });
    expect(session.sessionDetails?.authmethod).toBe('wampcra');
    await session.leave();
  });

  it('fails the join for a realm the router does not have', async () => {
    await expect(connect({ transport: transport(), realm: 'realm.none' })).rejects.toMatchObject({ uri: WAMP_ERROR.NO_SUCH_REALM });
  });

  it('gets wamp.error.not_authorized for every denied action, as a NotAuthorized when defined', async () => {
    const backend = await connect({ transport: transport(), realm: 'realm1', authenticators: [new TicketAuthenticator({ authid: 'joe', ticket: 'secret!!!' })] });
    const guest = await connect({ transport: transport(), realm: 'realm1' });
    guest.define(NotAuthorized, WAMP_ERROR.NOT_AUTHORIZED);
    await backend.register('com.example.private.add', (args) => (args[0] as number) + 1);
    await backend.register('com.example.public.add', (args) => (args[0] as number) + 1);
    expect(await guest.call('com.example.public.add', [1])).toBe(2);
    const denied = await guest.call('com.example.private.add', [1]).catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(NotAuthorized);
    await expect(guest.register('com.example.public.mine', () => 1)).rejects.toMatchObject({ uri: WAMP_ERROR.NOT_AUTHORIZED });
    await expect(guest.subscribe('com.example.private.topic', () => {})).rejects.toMatchObject({ uri: WAMP_ERROR.NOT_AUTHORIZED });
    await expect(guest.publish('com.example.public.topic', [], {}, { acknowledge: true })).rejects.toMatchObject({ uri: WAMP_ERROR.NOT_AUTHORIZED });
    await Promise.all([backend.leave(), guest.leave()]);
  });
});
