import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ISerializer, ITransportListener } from '@wamp/interfaces';
import { Call, Event, Goodbye, Result } from '@wamp/message';
import { JsonSerializer } from '@wamp/serializers/json';
import type { Recorder } from '@wamp/test-support';
import { recorder } from '@wamp/test-support';
import { webSocket } from '../src/index.js';
import { listenWebSocket } from '../src/server.js';
import { FORMATS, deferred, signal } from './support.js';

describe('WebSocket transport', () => {
  const defer = deferred();
  let listener: ITransportListener | undefined;
  let servers: Recorder[] = [];
  let dir = '';
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'wamp-ws-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(async () => {
    await listener?.close();
    listener = undefined;
    servers = [];
  });

  async function listen(serializers: ISerializer[], extra: Record<string, unknown> = {}, echo = true) {
    listener = await listenWebSocket({
      port: 0,
      serializers,
      handlerFactory: () => {
        // The server side echoes every CALL as a RESULT with the same args.
        const r = recorder((m, t) => {
          if (echo && m instanceof Call) t.send(new Result({ request: m.request, args: m.args }));
        });
        servers.push(r);
        return r;
      },
      ...extra,
    });
    return listener;
  }

  describe.each([
    ['ws:// on 127.0.0.1', 'tcp', () => ({})],
    ['ws+unix:// on a Unix socket', 'unix', () => ({ socketPath: join(dir, `wamp-${Math.random().toString(36).slice(2)}.sock`) })],
  ] as const)('over %s', (_name, channelType, where) => {
    it.each(FORMATS)('carries 50 messages each way in order with %s', async (id, make) => {
      const l = await listen([make()], where());
      expect(l.address.kind).toBe(channelType);
      const client = recorder();
      const transport = await webSocket(l.address.url, { serializers: [make()] }).connect(client, { signal: signal() });
      expect(transport.transportDetails).toMatchObject({ channelType, channelFraming: 'websocket', channelSerializer: id, isServer: false, isSecure: false, websocketProtocol: `wamp.2.${id}` });
      const payload = { blob: new Uint8Array([0, 1, 255]), text: 'ünïcödé' };
      for (let i = 1; i <= 50; i++) transport.send(new Call({ request: i, procedure: 'com.example.echo', args: [i, payload] }));
      const got = await client.received(50);
      expect(got.map((m) => m[1])).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      expect(got[49]).toEqual([50, 50, {}, [50, payload]]);
      expect(servers[0]!.messages.map((m) => m[1])).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      expect(servers[0]!.transport!.transportDetails).toMatchObject({ channelType, isServer: true, channelSerializer: id });
      transport.close();
      expect(await client.closed()).toMatchObject({ wasClean: true });
      expect(await servers[0]!.closed()).toMatchObject({ wasClean: true });
      expect([client.closes.length, servers[0]!.closes.length]).toEqual([1, 1]);
    });
  });

  it('fills transportDetails with addresses, the subprotocol and the handshake headers', async () => {
    const l = await listen([new JsonSerializer()]);
    const client = recorder();
    const t = await webSocket(l.address.url, { serializers: [new JsonSerializer()], headers: { 'X-Wamp-Test': 'yes' } }).connect(client, { signal: signal() });
    const mine = t.transportDetails!;
    const theirs = servers[0]!.transport!.transportDetails!;
    expect(mine.peer).toBe(`tcp4:127.0.0.1:${l.address.port}`);
    expect(theirs.own).toBe(mine.peer);
    expect(theirs.peer).toBe(mine.own);
    expect(mine.own).toMatch(/^tcp4:127\.0\.0\.1:\d+$/);
    expect(theirs.httpHeadersReceived).toMatchObject({ 'x-wamp-test': 'yes', 'sec-websocket-protocol': 'wamp.2.json' });
    expect(theirs.httpHeadersSent).toMatchObject({ 'sec-websocket-protocol': 'wamp.2.json', upgrade: 'websocket' });
    expect(mine.httpHeadersSent).toMatchObject({ 'x-wamp-test': 'yes' });
    expect(mine.httpHeadersReceived).toMatchObject({ 'sec-websocket-protocol': 'wamp.2.json' });
    expect([mine.channelId, theirs.channelId, mine.peerCert]).toEqual([{}, {}, undefined]);
    t.close();
    await client.closed();
  });

  it('leaves permessage-deflate off by default and negotiates it when both ends enable it', async () => {
    const l = await listen([new JsonSerializer()], { perMessageDeflate: true });
    const plain = recorder();
    const t1 = await webSocket(l.address.url, { serializers: [new JsonSerializer()] }).connect(plain, { signal: signal() });
    expect(t1.transportDetails!.websocketExtensionsInUse).toEqual([]);
    expect(servers[0]!.transport!.transportDetails!.httpHeadersReceived!['sec-websocket-extensions']).toBeUndefined();
    const deflated = recorder();
    const t2 = await webSocket(l.address.url, { serializers: [new JsonSerializer()], perMessageDeflate: true }).connect(deflated, { signal: signal() });
    expect(t2.transportDetails!.websocketExtensionsInUse).toEqual(['permessage-deflate']);
    t2.send(new Call({ request: 1, procedure: 'com.example.echo', args: ['a'.repeat(10_000)] }));
    expect((await deflated.received(1))[0]).toEqual([50, 1, {}, ['a'.repeat(10_000)]]);
    t1.close();
    t2.close();
    await Promise.all([plain.closed(), deflated.closed()]);
  });

  it('throws TransportLost on send after close, and onClose(false) once after abort', async () => {
    const l = await listen([new JsonSerializer()]);
    const client = recorder();
    const t = await webSocket(l.address.url, { serializers: [new JsonSerializer()] }).connect(client, { signal: signal() });
    t.abort();
    t.abort();
    t.close();
    expect(t.isOpen()).toBe(false);
    expect(await client.closed()).toMatchObject({ wasClean: false, info: { reason: 'aborted' } });
    expect(() => t.send(new Goodbye({ reason: 'wamp.close.normal' }))).toThrow(expect.objectContaining({ name: 'TransportLost' }));
    await expect(t.onDrain()).rejects.toMatchObject({ name: 'TransportLost' });
    expect((await servers[0]!.closed()).wasClean).toBe(false);
    expect(client.closes).toHaveLength(1);
  });

  it('reports the peer closing as a clean close at both ends, once each', async () => {
    const l = await listen([new JsonSerializer()]);
    const client = recorder();
    const t = await webSocket(l.address.url, { serializers: [new JsonSerializer()] }).connect(client, { signal: signal() });
    servers[0]!.transport!.close();
    expect(await client.closed()).toMatchObject({ wasClean: true, info: { code: 1000 } });
    expect(await servers[0]!.closed()).toMatchObject({ wasClean: true });
    expect(t.isOpen()).toBe(false);
    expect(() => t.send(new Goodbye({ reason: 'wamp.close.normal' }))).toThrow(expect.objectContaining({ name: 'TransportLost' }));
  });

  it('attaches to an existing http.Server at a path, leaving other requests and the server alone', async () => {
    const http = createServer((_req, res) => res.end('hello'));
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    defer(() => new Promise((r) => http.close(r)));
    const { port } = http.address() as AddressInfo;
    const accepted: Recorder[] = [];
    const l = await listenWebSocket({ server: http, path: '/wamp', serializers: [new JsonSerializer()], handlerFactory: () => (accepted.push(recorder()), accepted.at(-1)!) });
    expect(l.address.url).toBe(`ws://127.0.0.1:${port}/wamp`);
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('hello');
    const client = recorder();
    const t = await webSocket(l.address.url, { serializers: [new JsonSerializer()] }).connect(client, { signal: signal() });
    t.send(new Goodbye({ reason: 'wamp.close.normal' }));
    expect(await accepted[0]!.received(1)).toEqual([[6, {}, 'wamp.close.normal']]);
    await l.close();
    expect((await client.closed()).info?.code).toBe(1001);
    expect(http.listening).toBe(true);
  });

  it('refuses to attach to an http.Server that is not listening', async () => {
    await expect(listenWebSocket({ server: createServer(), serializers: [new JsonSerializer()], handlerFactory: () => recorder() })).rejects.toThrow(/must be listening/);
  });

  it('reports backpressure through send() and onDrain()', async () => {
    const l = await listen([new JsonSerializer()], {}, false);
    const client = recorder();
    const t = await webSocket(l.address.url, { serializers: [new JsonSerializer()], highWaterMark: 1024 }).connect(client, { signal: signal() });
    // The peer cannot read while this loop runs, so once the kernel's buffers are full the
    // socket queues and send() reports it.
    let full = false;
    const chunk = 'z'.repeat(65536);
    for (let i = 1; i <= 2000 && !full; i++) full = !t.send(new Event({ subscription: 1, publication: i, args: [chunk] }));
    expect(full).toBe(true);
    const reason = new Error('gave up waiting');
    await expect(t.onDrain({ signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    await t.onDrain({ signal: signal() });
    await servers[0]!.received(1);
    t.close();
    await client.closed();
  });

  it('closes every connection with 1001 when the listener closes, and refuses new ones', async () => {
    const l = await listen([new JsonSerializer()]);
    const client = recorder();
    await webSocket(l.address.url, { serializers: [new JsonSerializer()] }).connect(client, { signal: signal() });
    await Promise.all([l.close(), l.close()]);
    listener = undefined;
    expect(await client.closed()).toMatchObject({ wasClean: true, info: { code: 1001 } });
    expect((await servers[0]!.closed()).info?.code).toBe(1001);
    await expect(webSocket(l.address.url, { serializers: [new JsonSerializer()] }).connect(recorder(), { signal: signal() })).rejects.toMatchObject({ name: 'TransportLost' });
  });
});
