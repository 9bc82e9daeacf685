import type { ITransportListener } from '@wamp/interfaces';
import { Goodbye } from '@wamp/message';
import { JsonSerializer } from '@wamp/serializers/json';
import type { Recorder } from '@wamp/test-support';
import { recorder } from '@wamp/test-support';
import { WebSocketServer } from 'ws';
import { webSocket } from '../src/index.js';
import { listenWebSocket } from '../src/server.js';
import type { RawServer } from './support.js';
import { deferred, rawServer, signal, silentWebSocketClient, silentWebSocketPeer, until } from './support.js';

describe('WebSocket auto-ping', () => {
  const defer = deferred();
  let listener: ITransportListener | undefined;
  let raw: RawServer | undefined;
  afterEach(async () => {
    await listener?.close();
    await raw?.close();
    listener = raw = undefined;
  });

  it('lets the server side close a silent client with a ping timeout', async () => {
    const servers: Recorder[] = [];
    listener = await listenWebSocket({
      port: 0,
      serializers: [new JsonSerializer()],
      autoPingInterval: 30,
      autoPingTimeout: 60,
      handlerFactory: () => (servers.push(recorder()), servers.at(-1)!),
    });
    const socket = await silentWebSocketClient(listener.address.port!, 'wamp.2.json');
    defer(() => socket.destroy());
    await until(() => servers.length > 0);
    const close = await servers[0]!.closed();
    expect(close).toMatchObject({ wasClean: false, info: { reason: 'ping timeout: no pong within 60 ms' } });
    expect(close.info?.error?.name).toBe('TransportLost');
    expect(servers[0]!.closes).toHaveLength(1);
    await new Promise((r) => (socket.destroyed ? r(null) : socket.once('close', r)));
  });

  it('lets the client close a silent server with a ping timeout', async () => {
    raw = await rawServer(silentWebSocketPeer('wamp.2.json'));
    const client = recorder();
    const t = await webSocket(`ws://127.0.0.1:${raw.port}/ws`, { serializers: [new JsonSerializer()], autoPingInterval: 30, autoPingTimeout: 60 }).connect(client, { signal: signal() });
    expect(await client.closed()).toMatchObject({ wasClean: false, info: { reason: 'ping timeout: no pong within 60 ms' } });
    expect(t.isOpen()).toBe(false);
    expect(() => t.send(new Goodbye({ reason: 'wamp.close.normal' }))).toThrow(/ping timeout/);
  });

  it('keeps a connection whose peer answers pings open', async () => {
    // A plain ws server answers pings by itself; count them to know several round trips passed.
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, handleProtocols: () => 'wamp.2.json' });
    await new Promise((r) => wss.once('listening', r));
    defer(() => new Promise((r) => wss.close(r)));
    let pings = 0;
    let enough: () => void = () => {};
    const thirtyPings = new Promise<void>((r) => (enough = r));
    wss.on('connection', (ws) => ws.on('ping', () => ++pings === 30 && enough()));
    const client = recorder();
    const { port } = wss.address() as { port: number };
    const t = await webSocket(`ws://127.0.0.1:${port}/`, { serializers: [new JsonSerializer()], autoPingInterval: 10, autoPingTimeout: 100 }).connect(client, { signal: signal() });
    defer(() => t.abort());
    // 30 pings take at least three times the timeout: a missed pong would have closed it.
    await thirtyPings;
    expect(t.isOpen()).toBe(true);
    expect(client.closes).toEqual([]);
    t.close();
    expect((await client.closed()).wasClean).toBe(true);
  });
});
