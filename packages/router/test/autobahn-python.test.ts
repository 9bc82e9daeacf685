/**
 * Autobahn|Python (Debian python3-autobahn 22.7.1), a peer no one here wrote, as a client of the
 * router: WebSocket and RawSocket × JSON, MessagePack and CBOR; RPC, PubSub, errors; anonymous,
 * ticket and WAMP-CRA (plain and salted) authentication. One Python process runs everything.
 */
import { join } from 'node:path';
import type { ISerializer } from '@wamp/interfaces';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { listenRawSocket } from '@wamp/transport-rawsocket';
import { listenWebSocket } from '@wamp/transport-ws/server';
import { autobahnPythonAvailable, runPythonJson } from '@wamp/test-support';
import { loadVectors } from '@wamp/test-vectors';
import { Router } from '../src/index.js';
import { deriveKey } from './support/derive-key.js';

const available = autobahnPythonAvailable();

// A salted user from the shared vectors (Autobahn derived its key); an inline one when they are absent.
const vector = loadVectors<{ vectors: { secret: string; salt?: string; iterations?: number; keylen?: number }[] }>('wampcra.json')?.vectors.find((v) => v.salt !== undefined && v.secret !== '');
const SALTED = vector ?? { secret: 'L3L1YUE8Txlw', salt: 'salt123', iterations: 1000, keylen: 32 };
// The router holds the derived key, as a Crossbar.io config.json does; Autobahn derives it from the password.
const SALTED_KEY = deriveKey(SALTED.secret, SALTED.salt!, SALTED.iterations!, SALTED.keylen!);

const runPython = (spec: unknown): Promise<Record<string, any>> => runPythonJson(join(__dirname, 'py', 'autobahn_client.py'), [JSON.stringify(spec)]);

(available ? describe : describe.skip)('Autobahn|Python clients through @wamp/router', () => {
  let router: Router;
  let results: Record<string, any>;
  const endpoints: { name: string; kind: string; url: string; host: string; port: number; serializer: string }[] = [];

  beforeAll(async () => {
    router = new Router({
      realms: [{ name: 'realm1' }],
      auth: {
        anonymous: true,
        ticket: { principals: { joe: { ticket: 'secret!!!', role: 'frontend' } } },
        wampcra: { users: { peter: { secret: 'secret2', role: 'frontend' }, salty: { secret: SALTED_KEY, role: 'backend', salt: SALTED.salt, iterations: SALTED.iterations, keylen: SALTED.keylen } } },
      },
      log: () => {},
    });
    const serializers: ISerializer[] = [new JsonSerializer(), new MsgPackSerializer(), new CborSerializer()];
    const ws = await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers });
    const rs = await router.listen(listenRawSocket, { host: '127.0.0.1', port: 0, serializers });
    for (const serializer of ['json', 'msgpack', 'cbor']) {
      endpoints.push({ name: `websocket-${serializer}`, kind: 'websocket', url: ws.address.url, host: '127.0.0.1', port: ws.address.port!, serializer });
      endpoints.push({ name: `rawsocket-${serializer}`, kind: 'rawsocket', url: rs.address.url, host: '127.0.0.1', port: rs.address.port!, serializer });
    }
    results = await runPython({
      realm: 'realm1',
      endpoints,
      ticket: { authid: 'joe', ticket: 'secret!!!' },
      wampcra: [
        { authid: 'peter', secret: 'secret2' },
        { authid: 'salty', secret: SALTED.secret },
      ],
    });
  }, 60_000);

  afterAll(() => router.close({ timeout: 500 }));

  const names = ['websocket', 'rawsocket'].flatMap((kind) => ['json', 'msgpack', 'cbor'].map((s) => `${kind}-${s}`));

  it.each(names)('%s: joins, registers and calls, gets errors back, subscribes and receives an event', (name) => {
    const r = results[name];
    expect(r.joined).toMatchObject({ joined: true, realm: 'realm1', authmethod: 'anonymous', authrole: 'anonymous' });
    expect(r.call).toBe(5);
    expect(r.error).toEqual({ error: 'com.example.error.oops', args: ['it failed'], kwargs: { code: 42 } });
    expect(r.missing).toBe('wamp.error.no_such_procedure');
    expect(r.published).toBe(true);
    expect(r.event).toEqual({ args: ['hello', name.split('-')[1]], kwargs: { binary: [0, 1, 255] } });
    expect(r.left).toEqual(['wamp.close.goodbye_and_out', 'wamp.close.goodbye_and_out']);
  });

  it.each(names)('%s: authenticates with ticket, and a wrong ticket is refused', (name) => {
    const r = results[name];
    expect(r.ticket).toMatchObject({ joined: true, authid: 'joe', authrole: 'frontend', authmethod: 'ticket', authprovider: 'static' });
    expect(r.ticket_wrong).toEqual({ joined: false, reason: 'wamp.error.authentication_failed', message: 'invalid authid or ticket' });
  });

  it.each(names)('%s: authenticates with WAMP-CRA, plain and salted, and a wrong secret is refused', (name) => {
    const r = results[name];
    expect(r.wampcra[0]).toMatchObject({ joined: true, authid: 'peter', authrole: 'frontend', authmethod: 'wampcra', authprovider: 'static' });
    expect(r.wampcra[1]).toMatchObject({ joined: true, authid: 'salty', authrole: 'backend', authmethod: 'wampcra' });
    expect(r.wampcra_wrong).toEqual({ joined: false, reason: 'wamp.error.authentication_failed', message: 'invalid authid or signature' });
  });

  it('left no session behind', () => {
    expect(router.sessionCount).toBe(0);
  });
});
