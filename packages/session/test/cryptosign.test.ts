/**
 * WAMP-cryptosign end to end: our session (with @wamp/cryptosign's authenticator) against our
 * router over WebSocket and RawSocket, plain and over TLS with channel binding, router
 * authentication, and every way it must fail.
 */
import type { Challenge, IAuthenticator, ISerializer, ITransportConnector } from '@wamp/interfaces';
import { WAMP_ERROR } from '@wamp/interfaces';
import { CryptosignAuthenticator, CryptosignKey } from '@wamp/cryptosign';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { connect } from '../src/index.js';
import { tlsCert } from '@wamp/test-support';
import { listenRawSocket, rawSocket } from '@wamp/transport-rawsocket';
import { webSocket } from '@wamp/transport-ws';
import { listenWebSocket } from '@wamp/transport-ws/server';
import { Router } from '@wamp/router';

const serializers = (): ISerializer[] => [new JsonSerializer(), new CborSerializer()];

describe('WAMP-cryptosign between @wamp/session and @wamp/router', () => {
  let router: Router;
  let client: CryptosignKey;
  let stranger: CryptosignKey;
  let routerKey: CryptosignKey;
  const urls: Record<string, string> = {};
  const { cert, key } = tlsCert();

  const transports: Record<string, () => ITransportConnector> = {
    ws: () => webSocket(urls['ws']!, { serializers: [new JsonSerializer()] }),
    rs: () => rawSocket(urls['rs']!, { serializers: [new CborSerializer()] }),
    // TLS 1.3 (Node's default): tls-exporter. TLS 1.2: tls-unique.
    wss: () => webSocket(urls['wss']!, { serializers: [new JsonSerializer()], tls: { ca: cert } }),
    'rss (TLS 1.2)': () => rawSocket(urls['rss']!, { serializers: [new CborSerializer()], tls: { ca: cert, maxVersion: 'TLSv1.2' } }),
  };

  beforeAll(async () => {
    client = await CryptosignKey.fromSeedHex('4d57d97a68f555696620a6d849c0ce582568518d729eb753dc7c732de2804510');
    stranger = await CryptosignKey.generate();
    routerKey = await CryptosignKey.generate();
    router = new Router({
      realms: [{ name: 'realm1' }],
      auth: { cryptosign: { principals: { client01: { authorizedKeys: [client.publicKey()], role: 'user' } }, routerKey } },
      log: () => {},
    });
    urls['ws'] = (await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: serializers() })).address.url;
    urls['rs'] = (await router.listen(listenRawSocket, { host: '127.0.0.1', port: 0, serializers: serializers() })).address.url;
    urls['wss'] = (await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: serializers(), tls: { key, cert } })).address.url;
    urls['rss'] = (await router.listen(listenRawSocket, { host: '127.0.0.1', port: 0, serializers: serializers(), tls: { key, cert } })).address.url;
  });

  afterAll(() => router.close({ timeout: 500 }));

  const join = (transport: string, authenticator: IAuthenticator) =>
    connect({ transport: transports[transport]!(), realm: 'realm1', authenticators: [authenticator], onUserError: () => {} });

  it.each(['ws', 'rs', 'wss', 'rss (TLS 1.2)'])('authenticates over %s, the authid found from the key', async (transport) => {
    const session = await join(transport, new CryptosignAuthenticator({ key: client }));
    expect(session.sessionDetails).toMatchObject({ authid: 'client01', authrole: 'user', authmethod: 'cryptosign', authprovider: 'static' });
    await session.leave();
  });

  it.each([
    ['wss', 'tls-exporter'],
    // tls-unique under TLS 1.3 as well: Autobahn|Python and Crossbar.io bind to it there.
    ['wss', 'tls-unique'],
    ['rss (TLS 1.2)', 'tls-unique'],
  ] as const)('binds the signature to the TLS channel over %s with %s', async (transport, channelBinding) => {
    const session = await join(transport, new CryptosignAuthenticator({ key: client, authid: 'client01', channelBinding }));
    expect(session.sessionDetails?.authmethod).toBe('cryptosign');
    expect(session.transport?.transportDetails?.channelId[channelBinding]).toHaveLength(32);
    await session.leave();
  });

  it('authenticates the router when the client pins its key, and refuses a router with another key', async () => {
    const session = await join('wss', new CryptosignAuthenticator({ key: client, routerKey: routerKey.publicKey(), channelBinding: 'tls-exporter' }));
    await session.leave();
    const other = (await CryptosignKey.generate()).publicKey();
    await expect(join('ws', new CryptosignAuthenticator({ key: client, routerKey: other }))).rejects.toMatchObject({
      uri: WAMP_ERROR.CANNOT_AUTHENTICATE,
      message: expect.stringContaining('router authentication failed'),
    });
  });

  it('refuses an unknown key with wamp.error.not_authorized, and a key under another authid', async () => {
    await expect(join('ws', new CryptosignAuthenticator({ key: stranger }))).rejects.toMatchObject({ uri: WAMP_ERROR.NOT_AUTHORIZED });
    await expect(join('ws', new CryptosignAuthenticator({ key: client, authid: 'someone.else' }))).rejects.toMatchObject({ uri: WAMP_ERROR.NOT_AUTHORIZED });
  });

  /** Announces `announced` but signs with `signer`, or answers with a fixed signature. */
  function forger(announced: CryptosignKey, answer: (challenge: Challenge) => Promise<string>, extra: Record<string, unknown> = {}): IAuthenticator {
    return {
      authmethod: 'cryptosign',
      authextra: { pubkey: announced.publicKey(), ...extra },
      onChallenge: (_session, challenge) => answer(challenge),
      onWelcome: async () => undefined,
    };
  }

  it('refuses a signature made with another key with wamp.error.authentication_failed', async () => {
    await expect(join('ws', forger(client, (c) => stranger.signChallenge(c)))).rejects.toMatchObject({ uri: WAMP_ERROR.AUTHENTICATION_FAILED });
  });

  it('refuses a signature replayed from another connection', async () => {
    let recorded = '';
    const session = await join('rs', forger(client, async (c) => (recorded = await client.signChallenge(c))));
    await session.leave();
    expect(recorded).toMatch(/^[0-9a-f]{192}$/);
    await expect(join('rs', forger(client, async () => recorded))).rejects.toMatchObject({ uri: WAMP_ERROR.AUTHENTICATION_FAILED });
  });

  it('refuses a channel binding that does not match the connection', async () => {
    // Signed without the channel id although binding was asked for.
    await expect(join('wss', forger(client, (c) => client.signChallenge(c), { channel_binding: 'tls-exporter' }))).rejects.toMatchObject({
      uri: WAMP_ERROR.AUTHENTICATION_FAILED,
    });
    // Signed with another connection's channel id.
    await expect(join('wss', forger(client, (c) => client.signChallenge(c, new Uint8Array(32).fill(7)), { channel_binding: 'tls-exporter' }))).rejects.toMatchObject({
      uri: WAMP_ERROR.AUTHENTICATION_FAILED,
    });
    // Binding asked for on a connection without TLS.
    await expect(join('ws', new CryptosignAuthenticator({ key: client, channelBinding: 'tls-unique' }))).rejects.toMatchObject({
      uri: WAMP_ERROR.AUTHENTICATION_FAILED,
      message: expect.stringContaining('has no tls-unique channel id'),
    });
  });

  it('refuses HELLO without a well-formed pubkey', async () => {
    await expect(join('ws', { authmethod: 'cryptosign', authextra: { pubkey: 'abc' }, onChallenge: async () => '', onWelcome: async () => undefined })).rejects.toMatchObject({
      uri: WAMP_ERROR.AUTHENTICATION_FAILED,
      message: expect.stringContaining('authextra.pubkey'),
    });
  });
});
