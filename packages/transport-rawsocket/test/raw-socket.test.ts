import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect as netConnect } from 'node:net';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ISerializer, ITransportListener } from '@wamp/interfaces';
import { isProtocolError } from '@wamp/interfaces';
import { Call, Event, Result } from '@wamp/message';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { listenRawSocket, rawSocket } from '../src/index.js';
import type { ListenRawSocketOptions } from '../src/index.js';
import type { Recorder } from '@wamp/test-support';
import { recorder } from '@wamp/test-support';
import { tlsCert } from '@wamp/test-support';

const SERIALIZERS: [string, () => ISerializer][] = [
  ['json', () => new JsonSerializer()],
  ['msgpack', () => new MsgPackSerializer()],
  ['cbor', () => new CborSerializer()],
];
const signal = () => AbortSignal.timeout(5000);

let dir = '';
let key = '';
let cert = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wamp-rs-'));
  ({ key, cert } = tlsCert());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let listener: ITransportListener | undefined;
let servers: Recorder[] = [];
afterEach(async () => {
  await listener?.close();
  listener = undefined;
  servers = [];
});

async function listen(options: Partial<ListenRawSocketOptions> & { serializers: ISerializer[] }) {
  listener = await listenRawSocket({
    port: 0,
    handlerFactory: () => {
      const r = recorder((m, t) => {
        if (m instanceof Call) t.send(new Result({ request: m.request, args: m.args }));
      });
      servers.push(r);
      return r;
    },
    ...options,
  });
  return listener;
}

async function rawClient(url: string): Promise<Socket> {
  const port = Number(url.split(':').pop());
  const socket = netConnect(port, '127.0.0.1');
  await once(socket, 'connect');
  // Flowing mode, so 'end' and 'close' arrive even when a test reads nothing.
  socket.resume();
  return socket;
}

describe.each(['tcp', 'unix', 'tls'] as const)('RawSocket over %s', (kind) => {
  it.each(SERIALIZERS)('carries messages both ways in order with %s', async (id, make) => {
    const extra = kind === 'unix' ? { path: join(dir, `wamp-${id}.sock`) } : kind === 'tls' ? { tls: { key, cert } } : {};
    const l = await listen({ serializers: [make()], ...extra });
    expect(l.address.url).toMatch(kind === 'unix' ? /^unix:\/\/\// : kind === 'tls' ? /^rss:\/\// : /^rs:\/\//);
    const client = recorder();
    const t = await rawSocket(l.address.url, { serializers: [make()], tls: { ca: cert } }).connect(client, { signal: signal() });
    expect(t.transportDetails).toMatchObject({ channelType: kind, channelFraming: 'rawsocket', channelSerializer: id, isSecure: kind === 'tls' });
    const payload = { blob: new Uint8Array([7, 8, 9]), text: 'ẅämp' };
    for (let i = 1; i <= 40; i++) t.send(new Call({ request: i, procedure: 'com.example.echo', args: [i, payload] }));
    const got = await client.received(40);
    expect(got.map((m) => m[1])).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(got[39]).toEqual([50, 40, {}, [40, payload]]);
    if (kind === 'tls') {
      const mine = Object.values(t.transportDetails!.channelId)[0]!;
      const theirs = Object.values(servers[0]!.transport!.transportDetails!.channelId)[0]!;
      expect([mine.length, Buffer.from(mine).equals(Buffer.from(theirs))]).toEqual([32, true]);
    }
    t.close();
    expect((await client.closed()).wasClean).toBe(true);
    expect((await servers[0]!.closed()).wasClean).toBe(true);
    expect(client.closes).toHaveLength(1);
  });
});

describe('RawSocket handshake and framing', () => {
  it('drops a client whose first octet is not 0x7F at once', async () => {
    const l = await listen({ serializers: [new JsonSerializer()] });
    const socket = await rawClient(l.address.url);
    socket.write('GET / HTTP/1.1\r\n\r\n');
    await once(socket, 'close');
    expect(servers).toHaveLength(0);
  });

  it.each([
    ['an unsupported serializer', [0x7f, 0xf3, 0, 0], [0x7f, 0x10, 0, 0]],
    ['serializer 0', [0x7f, 0xf0, 0, 0], [0x7f, 0x10, 0, 0]],
    ['reserved octets', [0x7f, 0xf1, 0, 7], [0x7f, 0x30, 0, 0]],
  ])('answers %s with the spec error code', async (_what, hello, reply) => {
    const l = await listen({ serializers: [new JsonSerializer()] });
    const socket = await rawClient(l.address.url);
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.write(new Uint8Array(hello));
    await once(socket, 'close');
    expect([...Buffer.concat(chunks)]).toEqual(reply);
  });

  it('reports a refusal as TransportLost naming the error, and tries the next serializer', async () => {
    const l = await listen({ serializers: [new CborSerializer()] });
    await expect(rawSocket(l.address.url, { serializers: [new JsonSerializer()] }).connect(recorder(), { signal: signal() })).rejects.toMatchObject({
      name: 'TransportLost',
      message: expect.stringContaining('supports none of json'),
    });
    const client = recorder();
    const t = await rawSocket(l.address.url, { serializers: [new JsonSerializer(), new CborSerializer()] }).connect(client, { signal: signal() });
    expect(t.transportDetails?.channelSerializer).toBe('cbor');
    t.close();
    await client.closed();
  });

  it('refuses a client announcing too small a maximum with error 2', async () => {
    const l = await listen({ serializers: [new JsonSerializer()], minPeerMessageSize: 65536 });
    await expect(rawSocket(l.address.url, { serializers: [new JsonSerializer()], maxMessageSize: 4096 }).connect(recorder(), { signal: signal() })).rejects.toMatchObject({
      name: 'TransportLost',
      message: expect.stringContaining('maximum message length unacceptable'),
    });
    const client = recorder();
    const t = await rawSocket(l.address.url, { serializers: [new JsonSerializer()], maxMessageSize: 65536 }).connect(client, { signal: signal() });
    t.close();
    await client.closed();
  });

  it('refuses connections beyond maxConnections with error 4', async () => {
    const l = await listen({ serializers: [new JsonSerializer()], maxConnections: 1 });
    const first = recorder();
    const t = await rawSocket(l.address.url, { serializers: [new JsonSerializer()] }).connect(first, { signal: signal() });
    await expect(rawSocket(l.address.url, { serializers: [new JsonSerializer()] }).connect(recorder(), { signal: signal() })).rejects.toThrow(
      'maximum connection count reached',
    );
    t.close();
    await first.closed();
  });

  it('answers every PING with one PONG carrying the same payload, across fragmented writes', async () => {
    const l = await listen({ serializers: [new JsonSerializer()] });
    const socket = await rawClient(l.address.url);
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    const ping = [0x01, 0, 0, 3, 0xaa, 0xbb, 0xcc];
    const bytes = [0x7f, 0xf1, 0, 0, ...ping, ...ping];
    for (const b of bytes) socket.write(new Uint8Array([b]));
    const expected = [0x7f, 0xf1, 0, 0, 0x02, 0, 0, 3, 0xaa, 0xbb, 0xcc, 0x02, 0, 0, 3, 0xaa, 0xbb, 0xcc];
    while (Buffer.concat(chunks).length < expected.length) await once(socket, 'data');
    expect([...Buffer.concat(chunks)]).toEqual(expected);
    socket.destroy();
  });

  it('closes the connection on a frame over the announced maximum, with ABORT first', async () => {
    const l = await listen({ serializers: [new JsonSerializer()], maxMessageSize: 512 });
    const client = recorder();
    const t = await rawSocket(l.address.url, { serializers: [new JsonSerializer()] }).connect(client, { signal: signal() });
    // The client knows the router's limit and refuses to send more...
    expect(() => t.send(new Event({ subscription: 1, publication: 2, args: ['x'.repeat(600)] }))).toThrow(/exceeds the peer's maximum of 512/);
    // ...so forge an oversize frame on a raw connection instead.
    const socket = await rawClient(l.address.url);
    socket.write(new Uint8Array([0x7f, 0xf1, 0, 0, 0x00, 0, 0x04, 0x00]));
    await once(socket, 'close');
    const close = await servers[1]!.closed();
    expect([close.wasClean, isProtocolError(close.info?.error)]).toEqual([false, true]);
    expect(close.info?.reason).toMatch(/exceeds the announced maximum of 512/);
    t.close();
    await client.closed();
  });

  it('answers malformed WAMP bytes with ABORT protocol_violation and closes', async () => {
    const l = await listen({ serializers: [new JsonSerializer()] });
    const socket = await rawClient(l.address.url);
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    const body = Buffer.from('[48,0,{},"com.x"]');
    socket.write(Buffer.concat([Buffer.from([0x7f, 0xf1, 0, 0, 0, 0, 0, body.length]), body]));
    await once(socket, 'end');
    const all = Buffer.concat(chunks);
    expect(JSON.parse(all.subarray(8).toString())).toEqual([3, { message: 'CALL.Request must be an integer in 1..2^53, got 0' }, 'wamp.error.protocol_violation']);
    socket.destroy();
  });

  it('detects a silent peer with the ping timeout', async () => {
    const l = await listen({ serializers: [new JsonSerializer()], autoPingInterval: 30, autoPingTimeout: 60 });
    const socket = await rawClient(l.address.url);
    socket.on('data', () => {});
    socket.write(new Uint8Array([0x7f, 0xf1, 0, 0]));
    while (servers.length === 0) await new Promise((r) => setImmediate(r));
    const close = await servers[0]!.closed();
    expect([close.wasClean, close.info?.reason]).toEqual([false, expect.stringMatching(/ping timeout/)]);
    socket.destroy();
  });

  it('fails connect with the abort reason, and with TransportLost when nothing listens', async () => {
    const reason = new Error('stop');
    await expect(rawSocket('rs://127.0.0.1:1', { serializers: [new JsonSerializer()] }).connect(recorder(), { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    await expect(rawSocket('rs://127.0.0.1:1', { serializers: [new JsonSerializer()] }).connect(recorder(), { signal: signal() })).rejects.toMatchObject({ name: 'TransportLost' });
    expect(() => rawSocket('http://x', { serializers: [new JsonSerializer()] })).toThrow(TypeError);
  });

  it('throws TransportLost on send after abort and reports onClose(false) once', async () => {
    const l = await listen({ serializers: [new JsonSerializer()] });
    const client = recorder();
    const t = await rawSocket(l.address.url, { serializers: [new JsonSerializer()] }).connect(client, { signal: signal() });
    t.abort();
    expect((await client.closed()).wasClean).toBe(false);
    expect(() => t.send(new Result({ request: 1 }))).toThrow(expect.objectContaining({ name: 'TransportLost' }));
    await servers[0]!.closed();
    expect(client.closes).toHaveLength(1);
  });
});
