/**
 * Autobahn|Python (Debian python3-autobahn 22.7.1), a peer no one here wrote, through our router:
 * it registers procedures our session calls and calls procedures our session registers, and each
 * side receives the other's events — over WebSocket and RawSocket, with JSON, MsgPack and CBOR,
 * and with anonymous, ticket and WAMP-CRA (plain and salted) authentication on both sides.
 */
import { pbkdf2Sync } from 'node:crypto';
import { join } from 'node:path';
import type { IAuthenticator, ISerializer } from '@wamp/interfaces';
import { ApplicationError, CallResult } from '@wamp/interfaces';
import { Router } from '@wamp/router';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { listenRawSocket, rawSocket } from '@wamp/transport-rawsocket';
import { webSocket } from '@wamp/transport-ws';
import { autobahnPythonAvailable, spawnPythonPeer } from '@wamp/test-support';
import { listenWebSocket } from '@wamp/transport-ws/server';
import { TicketAuthenticator, WampCraAuthenticator, connect } from '../src/index.js';

const available = autobahnPythonAvailable();

type Auth = { method: 'ticket'; authid: string; ticket: string } | { method: 'wampcra'; authid: string; secret: string } | null;
interface Scenario {
  name: string;
  kind: 'websocket' | 'rawsocket';
  serializer: 'json' | 'msgpack' | 'cbor';
  auth: Auth;
}

const SERIALIZER: Record<Scenario['serializer'], () => ISerializer> = {
  json: () => new JsonSerializer(),
  msgpack: () => new MsgPackSerializer(),
  cbor: () => new CborSerializer(),
};

const scenarios: Scenario[] = [
  ...(['websocket', 'rawsocket'] as const).flatMap((kind) =>
    (['json', 'msgpack', 'cbor'] as const).map((serializer) => ({ name: `${kind}-${serializer}-anonymous`, kind, serializer, auth: null })),
  ),
  { name: 'websocket-json-ticket', kind: 'websocket', serializer: 'json', auth: { method: 'ticket', authid: 'joe', ticket: 'secret!!!' } },
  { name: 'rawsocket-msgpack-wampcra', kind: 'rawsocket', serializer: 'msgpack', auth: { method: 'wampcra', authid: 'alice', secret: 'pa55word' } },
  { name: 'websocket-cbor-wampcra-salted', kind: 'websocket', serializer: 'cbor', auth: { method: 'wampcra', authid: 'salty', secret: 's4lty-pa55' } },
];

function authenticators(auth: Auth): IAuthenticator[] | undefined {
  if (auth === null) return undefined;
  return auth.method === 'ticket' ? [new TicketAuthenticator(auth)] : [new WampCraAuthenticator(auth)];
}

(available ? describe : describe.skip)('Autobahn|Python and @wamp/session through @wamp/router', () => {
  let router: Router;
  const urls: Record<string, { url: string; port: number }> = {};
  const outcomes = new Map<string, { python: Record<string, any>; ts: Record<string, any> }>();

  beforeAll(async () => {
    router = new Router({
      realms: [{ name: 'realm1', roles: [{ name: 'anonymous', permissions: [{ uri: '', match: 'prefix', allow: { call: true, register: true, publish: true, subscribe: true } }] }, { name: 'backend', permissions: [{ uri: '', match: 'prefix', allow: { call: true, register: true, publish: true, subscribe: true } }] }] }],
      auth: {
        anonymous: true,
        ticket: { principals: { joe: { ticket: 'secret!!!', role: 'backend' } } },
        wampcra: {
          users: {
            alice: { secret: 'pa55word', role: 'backend' },
            salty: { secret: pbkdf2Sync('s4lty-pa55', 'salt123', 1000, 32, 'sha256').toString('base64'), role: 'backend', salt: 'salt123', iterations: 1000, keylen: 32 },
          },
        },
      },
      log: () => {},
    });
    const all = (): ISerializer[] => [new JsonSerializer(), new MsgPackSerializer(), new CborSerializer()];
    const ws = await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: all() });
    const rs = await router.listen(listenRawSocket, { host: '127.0.0.1', port: 0, serializers: all() });
    urls['websocket'] = { url: ws.address.url, port: ws.address.port! };
    urls['rawsocket'] = { url: rs.address.url, port: rs.address.port! };

    const spec = { realm: 'realm1', scenarios: scenarios.map((s) => ({ ...s, url: urls[s.kind]!.url, host: '127.0.0.1', port: urls[s.kind]!.port })) };
    const peer = spawnPythonPeer(join(__dirname, 'py', 'autobahn_peer.py'), [JSON.stringify(spec)]);
    const next = (): Promise<Record<string, any>> => peer.next();
    try {
      for (const scenario of scenarios) {
        const python: Record<string, any> = { ready: await next() };
        const transport = scenario.kind === 'websocket' ? webSocket(urls['websocket']!.url, { serializers: [SERIALIZER[scenario.serializer]()] }) : rawSocket(urls['rawsocket']!.url, { serializers: [SERIALIZER[scenario.serializer]()] });
        const session = await connect({ transport, realm: 'realm1', authenticators: authenticators(scenario.auth) });
        const ts: Record<string, any> = { details: session.sessionDetails };
        await session.register('com.example.ts.mul2', (args) => (args[0] as number) * (args[1] as number));
        await session.register('com.example.ts.fail', (args) => {
          throw new ApplicationError('com.example.error.ts_failed', { args: ['typescript says no', args[0]], kwargs: { code: 9 } });
        });
        await session.register('com.example.ts.echo', (args, kwargs) => new CallResult(args, kwargs));
        let gotNews!: (event: unknown) => void;
        const news = new Promise<unknown>((resolve) => (gotNews = resolve));
        await session.subscribe('com.example.py.news', (args, kwargs) => gotNews({ args, kwargs }));
        peer.send('go');
        python['results'] = (await next())['results'];
        ts['add2'] = await session.call('com.example.py.add2', [2, 3]);
        ts['fail'] = await session.call('com.example.py.fail').catch((e: unknown) => e);
        ts['publication'] = await session.publish('com.example.ts.news', ['from typescript', new Uint8Array([1, 2, 3])], { n: 1 }, { acknowledge: true });
        ts['event'] = await news;
        peer.send('done');
        python['event'] = (await next())['event'];
        ts['left'] = await session.leave();
        outcomes.set(scenario.name, { python, ts });
      }
      expect(await next()).toEqual({ finished: true });
    } finally {
      peer.child.kill();
    }
  }, 120_000);

  afterAll(() => router.close({ timeout: 500 }));

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (name, scenario) => {
    const outcome = outcomes.get(name);
    expect(outcome).toBeDefined();
    const { python, ts } = outcome!;
    const role = scenario.auth === null ? 'anonymous' : 'backend';
    expect(python['ready']['joined']).toMatchObject({ authrole: role, authmethod: scenario.auth?.method ?? 'anonymous' });
    expect(ts['details']).toMatchObject({ authrole: role, authmethod: scenario.auth?.method ?? 'anonymous', serializer: scenario.serializer });
    // Python → our callee.
    expect(python['results']['mul2']).toBe(42);
    expect(python['results']['fail']).toEqual({ error: 'com.example.error.ts_failed', args: ['typescript says no', 'x'], kwargs: { code: 9 } });
    expect(python['results']['echo']).toEqual({ args: [{ bytes: [0, 1, 254, 255] }], kwargs: { text: 'ü→✓' } });
    // Our caller → Python's callee.
    expect(ts['add2']).toBe(5);
    expect(ts['fail']).toBeInstanceOf(ApplicationError);
    expect(ts['fail']).toMatchObject({ uri: 'com.example.error.py_failed', args: ['python says no'], kwargs: { code: 7 } });
    // Events both ways.
    expect(ts['event']).toEqual({ args: ['from python'], kwargs: { binary: new Uint8Array([0, 255]) } });
    expect(python['event']).toEqual({ args: ['from typescript', { bytes: [1, 2, 3] }], kwargs: { n: 1 } });
    expect(ts['left']).toEqual({ reason: 'wamp.close.goodbye_and_out', message: undefined });
  });
});
