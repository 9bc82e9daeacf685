import { once } from 'node:events';
import type { IMessage, ISerializer, ITransport, ITransportListener } from '@wamp/interfaces';
import { ProtocolError, isProtocolError } from '@wamp/interfaces';
import { Call, Event, Result } from '@wamp/message';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import type { Recorder } from '@wamp/test-support';
import { recorder } from '@wamp/test-support';
import WebSocket from 'ws';
import { webSocket } from '../src/index.js';
import { listenWebSocket } from '../src/server.js';
import { signal } from './support.js';

describe('WebSocket transport facing bad input', () => {
  let listener: ITransportListener | undefined;
  let servers: Recorder[] = [];
  afterEach(async () => {
    await listener?.close();
    listener = undefined;
    servers = [];
  });

  async function listen(serializers: ISerializer[], extra: Record<string, unknown> = {}, onMessage?: (m: IMessage, t: ITransport) => void) {
    listener = await listenWebSocket({ port: 0, serializers, handlerFactory: () => (servers.push(recorder(onMessage)), servers.at(-1)!), ...extra });
    return listener;
  }

  /** A plain ws client speaking `protocol`; resolves once open, recording what arrives. */
  async function rawClient(url: string, protocol: string) {
    const ws = new WebSocket(url, [protocol]);
    const received: { data: Buffer; isBinary: boolean }[] = [];
    ws.on('message', (data: Buffer, isBinary) => received.push({ data, isBinary }));
    const closed = once(ws, 'close') as Promise<[number, Buffer]>;
    await once(ws, 'open');
    return { ws, received, closed };
  }

  it('answers malformed bytes with ABORT protocol_violation and close 1002', async () => {
    const l = await listen([new JsonSerializer()]);
    const { ws, received, closed } = await rawClient(l.address.url, 'wamp.2.json');
    ws.send('[48, 0, {}, "com.x"]');
    const [code] = await closed;
    expect(code).toBe(1002);
    expect(JSON.parse(received[0]!.data.toString())).toEqual([3, { message: 'CALL.Request must be an integer in 1..2^53, got 0' }, 'wamp.error.protocol_violation']);
    const close = await servers[0]!.closed();
    expect(close).toMatchObject({ wasClean: false, info: { reason: expect.stringMatching(/^protocol violation: CALL.Request/) } });
    expect(isProtocolError(close.info?.error)).toBe(true);
  });

  it.each([
    ['a text frame on a binary subprotocol', () => new CborSerializer(), 'wamp.2.cbor', '[6,{},"wamp.close.normal"]', /received a text frame on subprotocol wamp\.2\.cbor, which uses binary frames/],
    ['a binary frame on a text subprotocol', () => new JsonSerializer(), 'wamp.2.json', Buffer.from('[6,{},"wamp.close.normal"]'), /received a binary frame on subprotocol wamp\.2\.json, which uses text frames/],
  ])('refuses %s with ABORT and close 1002', async (_case, make, protocol, frame, reason) => {
    const l = await listen([make()]);
    const { ws, received, closed } = await rawClient(l.address.url, protocol);
    ws.send(frame);
    expect((await closed)[0]).toBe(1002);
    expect(make().unserialize(new Uint8Array(received[0]!.data), received[0]!.isBinary)[0]!.marshal()).toEqual([3, { message: expect.stringMatching(reason) }, 'wamp.error.protocol_violation']);
    expect((await servers[0]!.closed()).info?.reason).toMatch(reason);
    expect(servers[0]!.messages).toEqual([]);
  });

  it('turns a ProtocolError thrown by the handler into ABORT and a close, delivering nothing after it', async () => {
    const l = await listen([new JsonSerializer({ batched: true })], {}, (m) => {
      if (m instanceof Call && m.request === 2) throw new ProtocolError('CALL 2 is not welcome here');
    });
    const client = recorder();
    const t = await webSocket(l.address.url, { serializers: [new JsonSerializer({ batched: true })] }).connect(client, { signal: signal() });
    for (let i = 1; i <= 3; i++) t.send(new Call({ request: i, procedure: 'com.example.x' }));
    expect((await client.received(1))[0]).toEqual([3, { message: 'CALL 2 is not welcome here' }, 'wamp.error.protocol_violation']);
    expect((await client.closed()).info?.code).toBe(1002);
    expect((await servers[0]!.closed()).info?.reason).toBe('protocol violation: CALL 2 is not welcome here');
    expect(servers[0]!.messages.map((m) => m[1])).toEqual([1, 2]);
  });

  it('closes with 1011 when the handler throws another error, without an uncaught exception', async () => {
    const bug = new TypeError('handler bug');
    const l = await listen([new JsonSerializer()], {}, () => {
      throw bug;
    });
    const client = recorder();
    const t = await webSocket(l.address.url, { serializers: [new JsonSerializer()] }).connect(client, { signal: signal() });
    t.send(new Call({ request: 1, procedure: 'com.example.x' }));
    expect((await client.closed()).info).toMatchObject({ code: 1011, reason: 'internal error' });
    const close = await servers[0]!.closed();
    expect(close).toMatchObject({ wasClean: false, info: { reason: 'the transport handler threw: handler bug', error: bug } });
  });

  it('ends a handler whose onOpen throws with close 1011 and onClose(false)', async () => {
    const l = await listen([new JsonSerializer()]);
    const client = recorder();
    client.onOpen = () => {
      throw new Error('not today');
    };
    await webSocket(l.address.url, { serializers: [new JsonSerializer()] }).connect(client, { signal: signal() });
    expect(await client.closed()).toMatchObject({ wasClean: false, info: { reason: 'the transport handler threw: not today' } });
    expect((await servers[0]!.closed()).info?.code).toBe(1011);
  });

  it('closes with 1009 when the server receives a message over maxMessageSize', async () => {
    const l = await listen([new JsonSerializer()], { maxMessageSize: 1024 });
    const client = recorder();
    const t = await webSocket(l.address.url, { serializers: [new JsonSerializer()] }).connect(client, { signal: signal() });
    t.send(new Event({ subscription: 1, publication: 2, args: ['x'.repeat(2000)] }));
    expect((await client.closed()).info?.code).toBe(1009);
    expect(await servers[0]!.closed()).toMatchObject({ wasClean: false, info: { reason: expect.stringMatching(/max payload size exceeded/i) } });
    expect(servers[0]!.messages).toEqual([]);
  });

  it('closes with 1009 when the client receives a message over its maxMessageSize', async () => {
    const l = await listen([new JsonSerializer()], {}, (m, t) => t.send(new Result({ request: (m as Call).request, args: ['y'.repeat(5000)] })));
    const client = recorder();
    const t = await webSocket(l.address.url, { serializers: [new JsonSerializer()], maxMessageSize: 4096 }).connect(client, { signal: signal() });
    t.send(new Call({ request: 1, procedure: 'com.example.big' }));
    expect(await client.closed()).toMatchObject({ wasClean: false, info: { reason: expect.stringMatching(/max payload size exceeded/i) } });
    expect((await servers[0]!.closed()).info?.code).toBe(1009);
    expect(client.messages).toEqual([]);
  });

  it('accepts a message of exactly maxMessageSize', async () => {
    const l = await listen([new JsonSerializer()], { maxMessageSize: 1024 }, (m, t) => t.send(new Result({ request: (m as Call).request })));
    const client = recorder();
    const t = await webSocket(l.address.url, { serializers: [new JsonSerializer()] }).connect(client, { signal: signal() });
    const head = JSON.stringify([48, 1, {}, 'com.x', ['']]).length;
    const call = new Call({ request: 1, procedure: 'com.x', args: ['y'.repeat(1024 - head)] });
    expect(new JsonSerializer().serialize(call)[0].length).toBe(1024);
    t.send(call);
    expect((await client.received(1))[0]).toEqual([50, 1, {}]);
    expect(servers[0]!.messages[0]).toEqual(call.marshal());
    t.close();
    await client.closed();
  });

  it('survives an abrupt disconnect of the peer: onClose(false) once, no uncaught error', async () => {
    const l = await listen([new JsonSerializer()]);
    const { ws } = await rawClient(l.address.url, 'wamp.2.json');
    await new Promise((r) => setImmediate(r));
    ws.terminate();
    expect(await servers[0]!.closed()).toMatchObject({ wasClean: false, info: { code: 1006 } });
    expect(servers[0]!.closes).toHaveLength(1);
  });
});
