/**
 * Transport and listener lifecycle: close/abort semantics, send after close, backpressure,
 * handler failures at open, listener close, Unix socket paths.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ITransportListener } from '@wamp/interfaces';
import { Event, Result } from '@wamp/message';
import { JsonSerializer } from '@wamp/serializers/json';
import type { Recorder } from '@wamp/test-support';
import { recorder, tlsCert } from '@wamp/test-support';
import type { ListenRawSocketOptions } from '../src/index.js';
import { listenRawSocket, rawSocket } from '../src/index.js';
import type { RawPeer } from './support.js';
import { rawRouter, soon, tempDir } from './support.js';

const dir = tempDir();
let listener: ITransportListener | undefined;
let servers: Recorder[] = [];
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  await listener?.close();
  listener = undefined;
  servers = [];
});

async function listen(options: Partial<ListenRawSocketOptions> = {}) {
  listener = await listenRawSocket({
    port: 0,
    serializers: [new JsonSerializer()],
    handlerFactory: () => {
      const r = recorder();
      servers.push(r);
      return r;
    },
    ...options,
  });
  return listener;
}

const connect = (url: string, client = recorder(), options = {}) => rawSocket(url, { serializers: [new JsonSerializer()], ...options }).connect(client, { signal: soon() });

describe('close and abort', () => {
  it('abort() closes at once: onClose(false) exactly once, and the router side sees the end', async () => {
    await listen();
    const client = recorder();
    const t = await connect(listener!.address.url, client);
    t.abort();
    t.abort();
    t.close();
    expect(t.isOpen()).toBe(false);
    expect(await client.closed()).toEqual({ wasClean: false, info: { reason: 'aborted locally', error: undefined } });
    await servers[0]!.closed();
    expect(client.closes).toHaveLength(1);
  });

  it('throws TransportLost on send after close() and after abort()', async () => {
    await listen();
    const a = await connect(listener!.address.url);
    a.close();
    expect(() => a.send(new Result({ request: 1 }))).toThrow(expect.objectContaining({ name: 'TransportLost', message: 'RawSocket transport is closed (closed locally)' }));
    const b = await connect(listener!.address.url);
    b.abort();
    expect(() => b.send(new Result({ request: 1 }))).toThrow(expect.objectContaining({ name: 'TransportLost' }));
  });

  it('drops a peer that does not close its side within closeTimeout after close()', async () => {
    const router = await rawRouter(
      async (peer) => {
        await peer.read(4);
        peer.write([0x7f, 0xf1, 0, 0]);
      },
      { allowHalfOpen: true },
    );
    cleanups.push(() => router.close());
    const client = recorder();
    const t = await connect(router.url, client, { closeTimeout: 30 });
    t.close();
    expect(await client.closed()).toEqual({ wasClean: false, info: { reason: 'the peer did not close within 30 ms', error: undefined } });
  });

  it('reports the peer closing as a clean close with that reason', async () => {
    await listen();
    const client = recorder();
    await connect(listener!.address.url, client);
    servers[0]!.transport!.close();
    expect(await client.closed()).toEqual({ wasClean: true, info: { reason: 'closed by the peer' } });
  });
});

describe('backpressure', () => {
  it('returns false from send above highWaterMark and resolves onDrain once the peer reads again', async () => {
    let routerSide: RawPeer | undefined;
    const router = await rawRouter(async (peer) => {
      await peer.read(4);
      peer.socket.pause();
      routerSide = peer;
      peer.write([0x7f, 0xf1, 0, 0]);
    });
    cleanups.push(() => router.close());
    const t = await connect(router.url, recorder(), { highWaterMark: 65_536 });
    const event = new Event({ subscription: 1, publication: 2, args: ['z'.repeat(256 * 1024)] });
    let sent = 0;
    while (t.send(event)) if (++sent > 1000) throw new Error('send never reported backpressure');
    const aborted = new AbortController();
    const abortedWait = t.onDrain({ signal: aborted.signal });
    aborted.abort(new Error('stop waiting'));
    await expect(abortedWait).rejects.toThrow('stop waiting');
    const drained = t.onDrain();
    routerSide!.socket.resume();
    await drained;
    await expect(t.onDrain()).resolves.toBeUndefined();
    t.abort();
    await expect(t.onDrain()).rejects.toMatchObject({ name: 'TransportLost' });
  });
});

describe('handler failures at open', () => {
  it('rejects connect with TransportLost when the client handler throws in onOpen, and tells the handler it closed', async () => {
    await listen();
    const client = recorder();
    client.onOpen = () => {
      throw new Error('not ready');
    };
    await expect(connect(listener!.address.url, client)).rejects.toMatchObject({
      name: 'TransportLost',
      message: `${listener!.address.url}: the handler's onOpen failed: not ready`,
    });
    expect(await client.closed()).toMatchObject({ wasClean: false, info: { reason: "the handler's onOpen failed: not ready" } });
  });

  it('drops a connection whose handler factory or onOpen throws, and keeps listening', async () => {
    let calls = 0;
    await listen({
      handlerFactory: () => {
        calls++;
        if (calls === 1) throw new Error('factory failed');
        const r = recorder();
        if (calls === 2)
          r.onOpen = () => {
            throw new Error('open failed');
          };
        servers.push(r);
        return r;
      },
    });
    await expect(connect(listener!.address.url)).rejects.toMatchObject({ name: 'TransportLost' });
    const second = recorder();
    await connect(listener!.address.url, second).catch(() => {});
    await second.closed();
    expect(await servers[0]!.closed()).toMatchObject({ wasClean: false, info: { reason: "the handler's onOpen failed: open failed" } });
    const third = recorder();
    const t = await connect(listener!.address.url, third);
    expect(t.isOpen()).toBe(true);
    t.close();
  });
});

describe('listener', () => {
  it('close() closes every accepted connection cleanly and is idempotent', async () => {
    await listen();
    const a = recorder();
    const b = recorder();
    await connect(listener!.address.url, a);
    await connect(listener!.address.url, b);
    const first = listener!.close();
    expect(listener!.close()).toBe(first);
    await first;
    expect([await a.closed(), await b.closed()]).toEqual([
      { wasClean: true, info: { reason: 'closed by the peer' } },
      { wasClean: true, info: { reason: 'closed by the peer' } },
    ]);
    expect(servers.map((s) => s.closes)).toEqual([[{ wasClean: true, info: { reason: 'closed locally' } }], [{ wasClean: true, info: { reason: 'closed locally' } }]]);
  });

  it('reports its address as a URL a client connects to: rs://, rss:// or unix://', async () => {
    await listen();
    expect(listener!.address).toEqual({ kind: 'tcp', host: '127.0.0.1', port: expect.any(Number), url: `rs://127.0.0.1:${listener!.address.port}` });
    await listener!.close();
    const path = join(dir(), 'address.sock');
    await listen({ path, port: undefined });
    expect(listener!.address).toEqual({ kind: 'unix', path, url: `unix://${path}` });
  });

  it('serves TLS over a Unix socket at rss://unix:<path>, the form Autobahn|Python uses', async () => {
    const { key, cert } = tlsCert();
    const path = join(dir(), 'tls.sock');
    await listen({ path, port: undefined, tls: { key, cert } });
    expect(listener!.address.url).toBe(`rss://unix:${path}`);
    // The certificate names 127.0.0.1, not a socket path: identity is pinned by the CA alone here.
    const t = await connect(listener!.address.url, recorder(), { tls: { ca: cert, checkServerIdentity: () => undefined } });
    expect(t.transportDetails).toMatchObject({ channelType: 'tls', isSecure: true, own: `unix:${path}` });
    expect(Object.keys(t.transportDetails!.channelId).sort()).toEqual(['tls-exporter', 'tls-unique']);
    t.close();
  });

  it('reclaims a stale Unix socket file, but leaves a live socket and other files alone', async () => {
    const stale = join(dir(), 'stale.sock');
    // A process that dies while listening leaves its socket file behind.
    spawnSync(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(stale)}, () => process.kill(process.pid, 'SIGKILL'))`]);
    expect(lstatSync(stale).isSocket()).toBe(true);
    await listen({ path: stale, port: undefined });
    const t = await connect(listener!.address.url);
    t.close();
    await expect(listenRawSocket({ path: stale, serializers: [new JsonSerializer()], handlerFactory: () => recorder() })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    const file = join(dir(), 'not-a-socket');
    writeFileSync(file, 'keep me');
    await expect(listenRawSocket({ path: file, serializers: [new JsonSerializer()], handlerFactory: () => recorder() })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    expect(existsSync(file)).toBe(true);
    await listener!.close();
    expect(existsSync(stale)).toBe(false);
  });
});
