import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect as netConnect } from 'node:net';
import type { ISerializer, ITransportListener } from '@wamp/interfaces';
import { isProtocolError } from '@wamp/interfaces';
import { Call, Event, Goodbye, Result } from '@wamp/message';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import WebSocket, { WebSocketServer } from 'ws';
import { webSocket } from '../src/index.js';
import { listenWebSocket } from '../src/server.js';
import type { Recorder } from '@wamp/test-support';
import { recorder } from '@wamp/test-support';

const FORMATS: [string, () => ISerializer][] = [
  ['json', () => new JsonSerializer()],
  ['msgpack', () => new MsgPackSerializer()],
  ['cbor', () => new CborSerializer()],
  ['json.batched', () => new JsonSerializer({ batched: true })],
  ['msgpack.batched', () => new MsgPackSerializer({ batched: true })],
  ['cbor.batched', () => new CborSerializer({ batched: true })],
];

const signal = () => AbortSignal.timeout(5000);

describe('WebSocket transport over 127.0.0.1', () => {
  let listener: ITransportListener | undefined;
  let servers: Recorder[] = [];
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

  it.each(FORMATS)('carries messages both ways in order with %s', async (_id, make) => {
    const l = await listen([make()]);
    const client = recorder();
    const transport = await webSocket(l.address.url, { serializers: [make()] }).connect(client, { signal: signal() });
    expect(transport.transportDetails).toMatchObject({ channelType: 'tcp', channelFraming: 'websocket', channelSerializer: _id, isServer: false, websocketProtocol: `wamp.2.${_id}` });
    const payload = { blob: new Uint8Array([0, 1, 255]), text: 'ünïcödé' };
    for (let i = 1; i <= 50; i++) transport.send(new Call({ request: i, procedure: 'com.example.echo', args: [i, payload] }));
    const got = await client.received(50);
    expect(got.map((m) => m[1])).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(got[49]).toEqual([50, 50, {}, [50, payload]]);
    expect(servers[0]!.transport!.transportDetails).toMatchObject({ isServer: true, channelSerializer: _id });
    transport.close();
    expect(await client.closed()).toMatchObject({ wasClean: true });
    expect(await servers[0]!.closed()).toMatchObject({ wasClean: true });
    expect([client.closes.length, servers[0]!.closes.length]).toEqual([1, 1]);
  });

  it('negotiates by the server preference among the offered subprotocols', async () => {
    const l = await listen([new CborSerializer(), new JsonSerializer()]);
    const client = recorder();
    const t = await webSocket(l.address.url, { serializers: [new JsonSerializer(), new CborSerializer()] }).connect(client, { signal: signal() });
    expect(t.transportDetails?.websocketProtocol).toBe('wamp.2.cbor');
    t.close();
    await client.closed();
  });

  it('refuses a client offering no supported subprotocol at the handshake', async () => {
    const l = await listen([new CborSerializer()]);
    const attempt = webSocket(l.address.url, { serializers: [new JsonSerializer()] }).connect(recorder(), { signal: signal() });
    await expect(attempt).rejects.toMatchObject({ name: 'TransportLost', message: expect.stringContaining('HTTP 400') });
    await expect(attempt).rejects.toThrow('no supported WAMP subprotocol offered');
    expect(servers).toHaveLength(0);
  });

  it('rejects when the server picks a subprotocol the client did not offer', async () => {
    const http = createServer();
    const wss = new WebSocketServer({ server: http, handleProtocols: () => 'wamp.2.ubjson' });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    const { port } = http.address() as AddressInfo;
    await expect(webSocket(`ws://127.0.0.1:${port}/`, { serializers: [new JsonSerializer()] }).connect(recorder(), { signal: signal() })).rejects.toThrow(
      /selected subprotocol "wamp.2.ubjson", not one of wamp.2.json|Server sent an invalid subprotocol/,
    );
    wss.close();
    await new Promise((r) => http.close(r));
  });

  it('reports a refused connection as TransportLost naming the URL', async () => {
    const l = await listen([new JsonSerializer()]);
    const url = l.address.url;
    await l.close();
    listener = undefined;
    await expect(webSocket(url, { serializers: [new JsonSerializer()] }).connect(recorder(), { signal: signal() })).rejects.toMatchObject({
      name: 'TransportLost',
      message: expect.stringContaining(url),
    });
  });

  it('rejects with the abort reason when the signal is already aborted', async () => {
    const reason = new Error('stop');
    await expect(webSocket('ws://127.0.0.1:1/ws', { serializers: [new JsonSerializer()] }).connect(recorder(), { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });

  it('throws TransportLost on send after close, and onClose(false) once after abort', async () => {
    const l = await listen([new JsonSerializer()]);
    const client = recorder();
    const t = await webSocket(l.address.url, { serializers: [new JsonSerializer()] }).connect(client, { signal: signal() });
    t.abort();
    expect(await client.closed()).toMatchObject({ wasClean: false });
    expect(() => t.send(new Goodbye({ reason: 'wamp.close.normal' }))).toThrow(expect.objectContaining({ name: 'TransportLost' }));
    await servers[0]!.closed();
    expect(client.closes).toHaveLength(1);
    expect(t.isOpen()).toBe(false);
  });

  it('answers malformed bytes with ABORT protocol_violation and a close', async () => {
    const l = await listen([new JsonSerializer()]);
    const raw = new WebSocket(l.address.url, ['wamp.2.json']);
    await once(raw, 'open');
    const received: string[] = [];
    raw.on('message', (d) => received.push(d.toString()));
    raw.send('[48, 0, {}, "com.x"]');
    const [code] = (await once(raw, 'close')) as [number];
    expect(code).toBe(1002);
    expect(JSON.parse(received[0]!)).toEqual([3, { message: 'CALL.Request must be an integer in 1..2^53, got 0' }, 'wamp.error.protocol_violation']);
    const close = await servers[0]!.closed();
    expect(close.wasClean).toBe(false);
    expect(isProtocolError(close.info?.error)).toBe(true);
  });

  it('refuses a text frame on a binary subprotocol', async () => {
    const l = await listen([new CborSerializer()]);
    const raw = new WebSocket(l.address.url, ['wamp.2.cbor']);
    await once(raw, 'open');
    raw.send('[6,{},"wamp.close.normal"]');
    const [code] = (await once(raw, 'close')) as [number];
    expect(code).toBe(1002);
    expect((await servers[0]!.closed()).info?.reason).toMatch(/received a text payload, expected binary/);
  });

  it('closes with 1009 when a message exceeds maxMessageSize', async () => {
    const l = await listen([new JsonSerializer()], { maxMessageSize: 1024 });
    const client = recorder();
    const t = await webSocket(l.address.url, { serializers: [new JsonSerializer()] }).connect(client, { signal: signal() });
    t.send(new Event({ subscription: 1, publication: 2, args: ['x'.repeat(2000)] }));
    expect((await client.closed()).info?.code).toBe(1009);
    expect((await servers[0]!.closed()).wasClean).toBe(false);
  });

  it('accepts a message of exactly maxMessageSize', async () => {
    const l = await listen([new JsonSerializer()], { maxMessageSize: 1024 });
    const client = recorder();
    const t = await webSocket(l.address.url, { serializers: [new JsonSerializer()] }).connect(client, { signal: signal() });
    const head = JSON.stringify([48, 1, {}, 'com.x', ['']]).length;
    t.send(new Call({ request: 1, procedure: 'com.x', args: ['y'.repeat(1024 - head)] }));
    expect((await client.received(1))[0]![0]).toBe(50);
    t.close();
    await client.closed();
  });

  it('detects a silent peer with the ping timeout', async () => {
    const l = await listen([new JsonSerializer()], { autoPingInterval: 50, autoPingTimeout: 100 });
    // A raw TCP client completes the handshake, then never answers pings.
    const { port } = l.address;
    const socket = netConnect(port!, '127.0.0.1');
    await once(socket, 'connect');
    socket.write(
      'GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: wamp.2.json\r\n\r\n',
    );
    socket.on('data', () => {});
    await new Promise((r) => socket.once('data', r));
    const close = await (async () => {
      while (servers.length === 0) await new Promise((r) => setImmediate(r));
      return servers[0]!.closed();
    })();
    expect(close.wasClean).toBe(false);
    expect(close.info?.reason).toMatch(/ping timeout/);
    socket.destroy();
  });

  it('attaches to an existing http.Server at a path and answers 404 elsewhere', async () => {
    const http = createServer((_req, res) => res.end('hello'));
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    const { port } = http.address() as AddressInfo;
    const l = await listenWebSocket({ server: http, path: '/wamp', serializers: [new JsonSerializer()], handlerFactory: () => recorder() });
    expect(l.address.url).toBe(`ws://127.0.0.1:${port}/wamp`);
    const client = recorder();
    const t = await webSocket(l.address.url, { serializers: [new JsonSerializer()] }).connect(client, { signal: signal() });
    t.close();
    await client.closed();
    await l.close();
    expect(http.listening).toBe(true);
    await new Promise((r) => http.close(r));
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
    await t.onDrain();
    await servers[0]!.received(1);
    t.close();
    await client.closed();
  });

  it('closes every connection when the listener closes', async () => {
    const l = await listen([new JsonSerializer()]);
    const client = recorder();
    await webSocket(l.address.url, { serializers: [new JsonSerializer()] }).connect(client, { signal: signal() });
    await l.close();
    listener = undefined;
    expect((await client.closed()).info?.code).toBe(1001);
  });
});
