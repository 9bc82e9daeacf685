import { once } from 'node:events';
import { request } from 'node:http';
import type { ITransportListener } from '@wamp/interfaces';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import type { Recorder } from '@wamp/test-support';
import { recorder } from '@wamp/test-support';
import { webSocket } from '../src/index.js';
import { listenWebSocket } from '../src/server.js';
import type { RawServer } from './support.js';
import { rawServer, signal, silentWebSocketPeer } from './support.js';

const json = () => new JsonSerializer();

describe('WebSocket opening handshake', () => {
  let listener: ITransportListener | undefined;
  let raw: RawServer | undefined;
  let servers: Recorder[] = [];
  afterEach(async () => {
    await listener?.close();
    await raw?.close();
    listener = raw = undefined;
    servers = [];
  });
  const listen = async (serializers = [json()]) =>
    (listener = await listenWebSocket({ port: 0, serializers, handlerFactory: () => (servers.push(recorder()), servers.at(-1)!) }));

  it('offers wamp.2.<id> for each serializer, in order', async () => {
    raw = await rawServer();
    const connecting = webSocket(`ws://127.0.0.1:${raw.port}/ws`, { serializers: [new CborSerializer({ batched: true }), new MsgPackSerializer(), json()] }).connect(recorder(), {
      signal: AbortSignal.timeout(3000),
    });
    const socket = await raw.accepted;
    const [head] = (await once(socket, 'data')) as [Buffer];
    expect(/sec-websocket-protocol: (.*)\r\n/i.exec(head.toString())?.[1]).toBe('wamp.2.cbor.batched,wamp.2.msgpack,wamp.2.json');
    expect(head.toString()).not.toMatch(/sec-websocket-extensions/i);
    socket.destroy();
    await expect(connecting).rejects.toMatchObject({ name: 'TransportLost' });
  });

  it('negotiates by the server preference among the offered subprotocols', async () => {
    const l = await listen([new CborSerializer(), json()]);
    const client = recorder();
    const t = await webSocket(l.address.url, { serializers: [json(), new MsgPackSerializer(), new CborSerializer()] }).connect(client, { signal: signal() });
    expect(t.transportDetails).toMatchObject({ websocketProtocol: 'wamp.2.cbor', channelSerializer: 'cbor' });
    t.close();
    await client.closed();
  });

  it('refuses a client offering no supported subprotocol with HTTP 400 naming what is supported', async () => {
    const l = await listen([new CborSerializer()]);
    const attempt = webSocket(l.address.url, { serializers: [json()] }).connect(recorder(), { signal: signal() });
    await expect(attempt).rejects.toMatchObject({ name: 'TransportLost', message: expect.stringContaining('HTTP 400') });
    await expect(attempt).rejects.toThrow('no supported WAMP subprotocol offered (offered: wamp.2.json; supported: wamp.2.cbor)');
    expect(servers).toHaveLength(0);
  });

  it('refuses a plain HTTP request and an upgrade to another path', async () => {
    const l = await listen();
    const get = (path: string, headers: Record<string, string> = {}) =>
      new Promise<number>((resolve, reject) => request({ host: '127.0.0.1', port: l.address.port, path, headers }, (res) => (res.resume(), resolve(res.statusCode!))).on('error', reject).end());
    expect(await get('/ws')).toBe(426);
    await expect(webSocket(l.address.url.replace('/ws', '/other'), { serializers: [json()] }).connect(recorder(), { signal: signal() })).rejects.toThrow(/HTTP 404: no WAMP endpoint at \/other/);
    expect(servers).toHaveLength(0);
  });

  it.each([
    ['picks no subprotocol', undefined, /no common serializer: the server selected no subprotocol, not one of wamp\.2\.json/],
    ['picks one not offered', 'wamp.2.ubjson', /no common serializer: the server selected subprotocol "wamp\.2\.ubjson", not one of wamp\.2\.json/],
  ])('fails connect with TransportLost when the server %s', async (_case, protocol, message) => {
    raw = await rawServer(silentWebSocketPeer(protocol));
    const socket = raw.accepted;
    await expect(webSocket(`ws://127.0.0.1:${raw.port}/ws`, { serializers: [json()] }).connect(recorder(), { signal: signal() })).rejects.toMatchObject({
      name: 'TransportLost',
      message: expect.stringMatching(message),
    });
    // The client dropped the upgraded socket.
    await once(await socket, 'close');
  });

  it('reports a refused connection as TransportLost naming the URL, with the cause', async () => {
    const l = await listen();
    const url = l.address.url;
    await l.close();
    listener = undefined;
    const error = (await webSocket(url, { serializers: [json()] })
      .connect(recorder(), { signal: signal() })
      .catch((e: unknown) => e)) as Error & { cause?: { code?: string } };
    expect(error).toMatchObject({ name: 'TransportLost', message: expect.stringMatching(new RegExp(`^${url}: cannot connect: .*ECONNREFUSED`)) });
    expect(error.cause?.code).toBe('ECONNREFUSED');
  });

  it('gives up after connectTimeout when the server never answers the upgrade', async () => {
    raw = await rawServer();
    const attempt = webSocket(`ws://127.0.0.1:${raw.port}/ws`, { serializers: [json()], connectTimeout: 100 }).connect(recorder(), { signal: signal() });
    await expect(attempt).rejects.toMatchObject({ name: 'TransportLost', message: `ws://127.0.0.1:${raw.port}/ws: no connection within 100 ms` });
    await once(await raw.accepted, 'close');
  });

  it('rejects with the abort reason when the signal is already aborted, without connecting', async () => {
    raw = await rawServer();
    let accepted = false;
    void raw.accepted.then(() => (accepted = true));
    const reason = new Error('stop');
    await expect(webSocket(`ws://127.0.0.1:${raw.port}/ws`, { serializers: [json()] }).connect(recorder(), { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    await new Promise((r) => setImmediate(r));
    expect(accepted).toBe(false);
  });

  it('tears the socket down and rejects with the abort reason when aborted during the handshake', async () => {
    raw = await rawServer();
    const controller = new AbortController();
    const attempt = webSocket(`ws://127.0.0.1:${raw.port}/ws`, { serializers: [json()] }).connect(recorder(), { signal: controller.signal });
    const socket = await raw.accepted;
    await once(socket, 'data');
    const reason = new Error('user gave up');
    controller.abort(reason);
    await expect(attempt).rejects.toBe(reason);
    await once(socket, 'close');
  });

  it('rejects URLs of other schemes and an empty serializer list at once', () => {
    expect(() => webSocket('http://127.0.0.1/ws', { serializers: [json()] })).toThrow(TypeError);
    expect(() => webSocket('ws://127.0.0.1/ws', { serializers: [] })).toThrow(/at least one serializer/);
    expect(webSocket('ws://127.0.0.1:8080/ws', { serializers: [json(), new CborSerializer()] }).description).toBe('ws://127.0.0.1:8080/ws (wamp.2.json, wamp.2.cbor)');
  });
});
