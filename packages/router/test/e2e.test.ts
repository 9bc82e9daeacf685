/** The router over real sockets: WebSocket and RawSocket (TCP, Unix, TLS), every serializer. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ISerializer, ITransportConnector } from '@wamp/interfaces';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { listenRawSocket, rawSocket } from '@wamp/transport-rawsocket';
import { webSocket } from '@wamp/transport-ws';
import { listenWebSocket } from '@wamp/transport-ws/server';
import { tlsCert } from '@wamp/test-support';
import { Router, loadRouterConfig } from '../src/index.js';
import { WireClient } from './support/wire-client.js';

const SERIALIZERS: [string, () => ISerializer][] = [
  ['json', () => new JsonSerializer()],
  ['msgpack', () => new MsgPackSerializer()],
  ['cbor', () => new CborSerializer()],
];
const all = (): ISerializer[] => SERIALIZERS.map(([, make]) => make());

describe('the router over real sockets', () => {
  let router: Router;
  let dir: string;
  const urls: Record<string, string> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wamp-router-'));
    router = new Router({ realms: [{ name: 'realm1' }], log: () => {} });
    urls['ws'] = (await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: all() })).address.url;
    urls['rs'] = (await router.listen(listenRawSocket, { host: '127.0.0.1', port: 0, serializers: all() })).address.url;
    urls['unix'] = (await router.listen(listenRawSocket, { path: join(dir, 'router.sock'), serializers: all() })).address.url;
  });

  afterAll(async () => {
    await router.close({ timeout: 500 });
    rmSync(dir, { recursive: true, force: true });
  });

  const connectors: [string, (s: ISerializer) => ITransportConnector][] = [
    ['WebSocket', (s) => webSocket(urls['ws']!, { serializers: [s] })],
    ['RawSocket over TCP', (s) => rawSocket(urls['rs']!, { serializers: [s] })],
    ['RawSocket over a Unix socket', (s) => rawSocket(urls['unix']!, { serializers: [s] })],
  ];
  const pairs = connectors.flatMap(([transport, connect]) => SERIALIZERS.map(([name, make]) => [transport, name, () => connect(make())] as const));

  it.each(pairs)('routes RPC and PubSub over %s with %s', async (_transport, _serializer, connector) => {
    const callee = await WireClient.connect(connector());
    const caller = await WireClient.connect(connector());
    expect((await callee.join('realm1'))[0]).toBe(2);
    expect((await caller.join('realm1'))[0]).toBe(2);
    callee.send([64, callee.request(), {}, 'com.example.add2']);
    await callee.expect(65);
    caller.send([32, caller.request(), {}, 'com.example.added']);
    await caller.expect(33);
    const bytes = new Uint8Array([0, 1, 2, 255]);
    caller.send([48, caller.request(), {}, 'com.example.add2', [2, 3, bytes], { unicode: 'ü→✓' }]);
    const invocation = await callee.expect(68);
    expect(invocation.slice(4)).toEqual([[2, 3, bytes], { unicode: 'ü→✓' }]);
    callee.send([70, invocation[1], {}, [5]]);
    callee.send([16, callee.request(), {}, 'com.example.added', [5]]);
    expect(await caller.next()).toEqual([50, 2, {}, [5]]);
    expect((await caller.expect(36))[4]).toEqual([5]);
    await caller.leave();
    await callee.leave();
  });

  it('routes between clients on different transports and serializers, binary payload intact', async () => {
    const callee = await WireClient.connect(rawSocket(urls['rs']!, { serializers: [new CborSerializer()] }));
    const caller = await WireClient.connect(webSocket(urls['ws']!, { serializers: [new JsonSerializer()] }));
    await callee.join('realm1');
    await caller.join('realm1');
    callee.send([64, callee.request(), {}, 'com.example.echo']);
    await callee.expect(65);
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => i % 256);
    caller.send([48, caller.request(), {}, 'com.example.echo', [bytes]]);
    const invocation = await callee.expect(68);
    callee.send([70, invocation[1], {}, invocation[4] as unknown[]]);
    expect(await caller.next()).toEqual([50, 1, {}, [bytes]]);
    await caller.leave();
    await callee.leave();
  });

  it('aborts a protocol violation over a real socket and closes that connection only', async () => {
    const offender = await WireClient.connect(webSocket(urls['ws']!, { serializers: [new JsonSerializer()] }));
    const bystander = await WireClient.connect(webSocket(urls['ws']!, { serializers: [new JsonSerializer()] }));
    await offender.join('realm1');
    await bystander.join('realm1');
    offender.send([32, 7, {}, 'com.example.topic']);
    expect(await offender.next()).toEqual([3, { message: 'SUBSCRIBE.Request 7 is out of sequence: expected 1 (request IDs start at 1 and go up by 1 per request)' }, 'wamp.error.protocol_violation']);
    await offender.closed();
    bystander.send([32, bystander.request(), {}, 'com.example.topic']);
    await bystander.expect(33);
    await bystander.leave();
  });
});

describe('Router.fromConfig with real listeners', () => {
  it('serves the configured WebSocket (TLS), RawSocket (TCP) and Unix transports with their authentication', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wamp-router-config-'));
    const { key, cert } = tlsCert();
    writeFileSync(join(dir, 'server.key'), key);
    writeFileSync(join(dir, 'server.crt'), cert);
    const config = loadRouterConfig({
      version: 2,
      workers: [
        {
          type: 'router',
          realms: [{ name: 'realm1', roles: [{ name: 'user', permissions: [{ uri: 'com.example.', match: 'prefix', allow: { call: true, register: true } }] }] }],
          transports: [
            {
              type: 'web',
              endpoint: { type: 'tcp', port: 0, interface: '127.0.0.1', tls: { key: 'server.key', certificate: 'server.crt' } },
              paths: { ws: { type: 'websocket', serializers: ['cbor', 'json'], auth: { ticket: { type: 'static', principals: { joe: { ticket: 'secret!!!', role: 'user' } } } } } },
            },
            { type: 'rawsocket', endpoint: { type: 'tcp', port: 0, interface: '127.0.0.1' }, serializers: ['msgpack'], auth: { anonymous: { type: 'static', role: 'user' } } },
            { type: 'rawsocket', endpoint: { type: 'unix', path: join(dir, 'r.sock') }, auth: { anonymous: { type: 'static', role: 'user' } } },
          ],
        },
      ],
    });
    const router = await Router.fromConfig(config, {
      listeners: { websocket: listenWebSocket, rawsocket: listenRawSocket },
      serializers: { json: new JsonSerializer(), msgpack: new MsgPackSerializer(), cbor: new CborSerializer() },
      readFile: (path) => readFileSync(join(dir, path), 'utf8'),
      log: () => {},
    });
    try {
      const [wss, rs, unix] = router.listeners.map((l) => l.address.url);
      expect(wss).toMatch(/^wss:\/\/127\.0\.0\.1:\d+\/ws$/);
      const secure = await WireClient.connect(webSocket(wss!, { serializers: [new CborSerializer()], tls: { ca: cert } }));
      expect(secure.transport.transportDetails?.isSecure).toBe(true);
      const welcome = await secure.join('realm1', { authmethods: ['ticket'], authid: 'joe' }, () => 'secret!!!');
      expect(welcome[2]).toMatchObject({ authid: 'joe', authrole: 'user', authmethod: 'ticket' });
      secure.send([64, secure.request(), {}, 'com.example.hello']);
      await secure.expect(65);
      const plain = await WireClient.connect(rawSocket(rs!, { serializers: [new MsgPackSerializer()] }));
      await plain.join('realm1');
      plain.send([48, plain.request(), {}, 'com.example.hello', ['over msgpack']]);
      const invocation = await secure.expect(68);
      secure.send([70, invocation[1], {}, ['hi']]);
      expect(await plain.next()).toEqual([50, 1, {}, ['hi']]);
      const local = await WireClient.connect(rawSocket(unix!, { serializers: [new JsonSerializer()] }));
      await local.join('realm1');
      // Permissions of the configured role apply: publishing is not granted.
      local.send([16, local.request(), { acknowledge: true }, 'com.example.news']);
      expect((await local.next())[4]).toBe('wamp.error.not_authorized');
      for (const c of [secure, plain, local]) await c.leave();
    } finally {
      await router.close({ timeout: 500 });
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says goodbye to every session when it closes', async () => {
    const router = new Router({ realms: [{ name: 'realm1' }], log: () => {} });
    const listener = await router.listen(listenRawSocket, { host: '127.0.0.1', port: 0, serializers: [new JsonSerializer()] });
    const client = await WireClient.connect(rawSocket(listener.address.url, { serializers: [new JsonSerializer()] }));
    await client.join('realm1');
    const closing = router.close();
    expect(await client.next()).toEqual([6, { message: 'the router is shutting down' }, 'wamp.close.system_shutdown']);
    client.send([6, {}, 'wamp.close.goodbye_and_out']);
    await client.closed();
    await closing;
  });
});
