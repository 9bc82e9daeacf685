/**
 * rawSocket against scripted routers that answer with hand-built bytes: the request it sends,
 * every error reply, serializer retry, invalid replies, timeouts, cancellation.
 */
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { ITransportListener } from '@wamp/interfaces';
import { isProtocolError } from '@wamp/interfaces';
import { Event } from '@wamp/message';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { recorder, tlsCert } from '@wamp/test-support';
import type { RawSocketOptions } from '../src/index.js';
import { listenRawSocket, rawSocket } from '../src/index.js';
import type { RawPeer } from './support.js';
import { concat, frame, rawRouter, soon, utf8 } from './support.js';

type Router = Awaited<ReturnType<typeof rawRouter>>;
let router: Router | undefined;
afterEach(async () => {
  await router?.close();
  router = undefined;
});

/** A router that records each request and answers it with `reply(request)` (nothing when undefined). */
async function scripted(reply: (request: Uint8Array, index: number) => readonly number[] | Uint8Array | undefined, after?: (peer: RawPeer) => void) {
  const requests: number[][] = [];
  router = await rawRouter(async (peer) => {
    const request = await peer.read(4);
    requests.push([...request]);
    const answer = reply(request, requests.length - 1);
    if (answer !== undefined) peer.write(answer);
    after?.(peer);
  });
  return { url: router.url, requests };
}

const json = (options: Partial<RawSocketOptions> = {}) => ({ serializers: [new JsonSerializer()], ...options });

describe('rawSocket handshake request', () => {
  it.each([
    ['json, default 16 MiB', [0x7f, 0xf1, 0, 0], json()],
    ['json, 65536 octets', [0x7f, 0x71, 0, 0], json({ maxMessageSize: 65_536 })],
    ['json, 1000 octets rounded up to 1024', [0x7f, 0x11, 0, 0], json({ maxMessageSize: 1000 })],
    ['cbor, 100 octets rounded up to 512', [0x7f, 0x03, 0, 0], { serializers: [new CborSerializer()], maxMessageSize: 100 }],
  ])('asks for %s with the octets %j', async (_what, expected, options) => {
    const { url, requests } = await scripted((r) => Uint8Array.of(0x7f, 0xf0 | (r[1]! & 0x0f), 0, 0));
    const client = recorder();
    const t = await rawSocket(url, options).connect(client, { signal: soon() });
    expect(requests).toEqual([expected]);
    t.close();
    await client.closed();
  });
});

describe('rawSocket handshake reply', () => {
  it.each([
    [2, 'maximum message length unacceptable'],
    [3, 'use of reserved bits (unsupported feature)'],
    [4, 'maximum connection count reached'],
  ])('reports error %i as TransportLost naming "%s", without retrying', async (code, name) => {
    const { url, requests } = await scripted(() => [0x7f, code << 4, 0, 0]);
    const connector = rawSocket(url, { serializers: [new JsonSerializer(), new CborSerializer()] });
    await expect(connector.connect(recorder(), { signal: soon() })).rejects.toMatchObject({
      name: 'TransportLost',
      message: `${url}: the router refused the RawSocket handshake for json: error ${code} (${name})`,
    });
    expect(requests).toHaveLength(1);
  });

  it('retries the next serializer on a new connection after error 1, and uses the one accepted', async () => {
    const { url, requests } = await scripted((r) => ((r[1]! & 0x0f) === 3 ? [0x7f, 0x53, 0, 0] : [0x7f, 0x10, 0, 0]));
    const client = recorder();
    const t = await rawSocket(url, { serializers: [new JsonSerializer(), new CborSerializer()] }).connect(client, { signal: soon() });
    expect(requests).toEqual([
      [0x7f, 0xf1, 0, 0],
      [0x7f, 0xf3, 0, 0],
    ]);
    expect(router!.connections).toHaveLength(2);
    expect(t.transportDetails?.channelSerializer).toBe('cbor');
    t.close();
    await client.closed();
  });

  it('reports "no common serializer" when error 1 refuses every serializer, keeping the refusal as cause', async () => {
    const { url, requests } = await scripted(() => [0x7f, 0x10, 0, 0]);
    const error = await rawSocket(url, { serializers: [new JsonSerializer(), new CborSerializer()] })
      .connect(recorder(), { signal: soon() })
      .catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'TransportLost', message: `${url}: no common serializer: the router refused each of json, cbor with error 1 (serializer unsupported)` });
    expect((error as Error).cause).toMatchObject({ message: expect.stringContaining('handshake for cbor: error 1 (serializer unsupported)') });
    expect(requests).toHaveLength(2);
  });

  it('also moves on to the next serializer when the router closes without a reply (as Autobahn|Python does)', async () => {
    const { url, requests } = await scripted(
      (r) => ((r[1]! & 0x0f) === 3 ? [0x7f, 0xf3, 0, 0] : undefined),
      (peer) => {
        if (peer.socket.bytesWritten === 0) peer.socket.end();
      },
    );
    const client = recorder();
    const t = await rawSocket(url, { serializers: [new JsonSerializer(), new CborSerializer()] }).connect(client, { signal: soon() });
    expect(requests.map((r) => r[1])).toEqual([0xf1, 0xf3]);
    expect(t.transportDetails?.channelSerializer).toBe('cbor');
    t.close();
    await client.closed();
  });

  it('names both kinds of refusal when every serializer was refused or dropped', async () => {
    const { url } = await scripted(
      (_r, i) => (i === 0 ? [0x7f, 0x10, 0, 0] : undefined),
      (peer) => peer.socket.end(),
    );
    await expect(rawSocket(url, { serializers: [new JsonSerializer(), new CborSerializer()] }).connect(recorder(), { signal: soon() })).rejects.toMatchObject({
      name: 'TransportLost',
      message: `${url}: no common serializer: the router refused (error 1) or closed the connection without a reply for each of json, cbor`,
    });
  });

  it.each([
    ['a wrong magic octet', [0x48, 0x54, 0x54, 0x50], 'first octet 0x48 is not the RawSocket magic 0x7f'],
    ['nonzero reserved octets', [0x7f, 0xf1, 0, 1], 'reserved octets are 0x00 0x01, not zero'],
    ['another serializer than asked for', [0x7f, 0xf2, 0, 0], 'the router echoed serializer 2, not the 1 asked for'],
    ['error code 0', [0x7f, 0x00, 0, 0], 'error code 0 is illegal'],
  ])('fails on a reply with %s', async (_what, reply, reason) => {
    const { url } = await scripted(() => reply);
    await expect(rawSocket(url, json()).connect(recorder(), { signal: soon() })).rejects.toMatchObject({
      name: 'TransportLost',
      message: `${url}: invalid RawSocket handshake reply ${reply.map((o) => o.toString(16).padStart(2, '0')).join(' ')}: ${reason}`,
    });
  });

  it('reads a reply that arrives one octet at a time, and frames coalesced with its last octet', async () => {
    const { url } = await scripted(
      () => undefined,
      (peer) => {
        for (const octet of [0x7f, 0xf1, 0]) peer.write([octet]);
        peer.write(concat(Uint8Array.of(0), frame(0, utf8('[36,1,2,{},["first"]]')), frame(0, utf8('[36,1,3,{},["second"]]'))));
      },
    );
    const client = recorder();
    const t = await rawSocket(url, json()).connect(client, { signal: soon() });
    expect(await client.received(2)).toEqual([
      [36, 1, 2, {}, ['first']],
      [36, 1, 3, {}, ['second']],
    ]);
    t.close();
  });

  it('keeps the router maximum: a larger message throws ProtocolError at send, one at the limit goes out', async () => {
    let routerSide: RawPeer | undefined;
    const { url } = await scripted(
      () => [0x7f, 0x01, 0, 0],
      (peer) => (routerSide = peer),
    );
    const t = await rawSocket(url, json()).connect(recorder(), { signal: soon() });
    const fits = new Event({ subscription: 1, publication: 2, args: ['x'.repeat(512 - 16)] });
    expect(new JsonSerializer().serialize(fits)[0].length).toBe(512);
    t.send(fits);
    expect([...(await routerSide!.read(4))]).toEqual([0, 0, 0x02, 0x00]);
    expect(() => t.send(new Event({ subscription: 1, publication: 2, args: ['x'.repeat(512 - 15)] }))).toThrow(
      "RawSocket: WAMP message (type 36) of 513 octets exceeds the peer's maximum of 512 octets; not sent",
    );
    t.close();
  });

  it('fails the connection when the router sends more than the client announced', async () => {
    const { url } = await scripted(
      () => undefined,
      (peer) => peer.write(concat(Uint8Array.of(0x7f, 0xf1, 0, 0), Uint8Array.of(0, 0, 0x04, 0x01))),
    );
    const client = recorder();
    await rawSocket(url, json({ maxMessageSize: 1024 })).connect(client, { signal: soon() });
    const close = await client.closed();
    expect(close.wasClean).toBe(false);
    expect(isProtocolError(close.info?.error)).toBe(true);
    expect(close.info?.reason).toBe('protocol violation: RawSocket: incoming message frame of 1025 octets exceeds the announced maximum of 1024 octets');
  });
});

describe('rawSocket connect failures', () => {
  it('fails with TransportLost when the router closes during the handshake', async () => {
    const { url } = await scripted(
      () => undefined,
      (peer) => peer.destroy(),
    );
    await expect(rawSocket(url, json()).connect(recorder(), { signal: soon() })).rejects.toMatchObject({
      name: 'TransportLost',
      message: `${url}: the router closed the connection during the RawSocket handshake for json, without a reply`,
    });
  });

  it('fails without retrying when the router closes in the middle of its reply', async () => {
    const { url, requests } = await scripted(
      () => [0x7f, 0xf1],
      (peer) => peer.socket.end(),
    );
    await expect(rawSocket(url, { serializers: [new JsonSerializer(), new CborSerializer()] }).connect(recorder(), { signal: soon() })).rejects.toMatchObject({
      name: 'TransportLost',
      message: `${url}: the router closed the connection during the RawSocket handshake for json`,
    });
    expect(requests).toHaveLength(1);
  });

  it('fails with TransportLost after connectTimeout when the router never answers, dropping the socket', async () => {
    const { url } = await scripted(() => undefined);
    await expect(rawSocket(url, json({ connectTimeout: 50 })).connect(recorder(), { signal: soon() })).rejects.toMatchObject({
      name: 'TransportLost',
      message: `${url}: no RawSocket connection within 50 ms`,
    });
    if (!router!.connections[0]!.closed) await once(router!.connections[0]!, 'close');
  });

  it('rejects with signal.reason at once for an aborted signal, without connecting', async () => {
    const { url } = await scripted(() => [0x7f, 0xf1, 0, 0]);
    const reason = new Error('not now');
    await expect(rawSocket(url, json()).connect(recorder(), { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(router!.connections).toHaveLength(0);
  });

  it('rejects with signal.reason when aborted during the handshake, dropping the socket', async () => {
    const controller = new AbortController();
    const reason = new Error('changed my mind');
    const { url } = await scripted(() => {
      controller.abort(reason);
      return undefined;
    });
    await expect(rawSocket(url, json()).connect(recorder(), { signal: controller.signal })).rejects.toBe(reason);
    if (!router!.connections[0]!.closed) await once(router!.connections[0]!, 'close');
  });

  it('fails with TransportLost naming the refusal, keeping the socket error as cause, when nothing listens', async () => {
    const probe = createServer().listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const error = await rawSocket(`rs://127.0.0.1:${port}`, json())
      .connect(recorder(), { signal: soon() })
      .catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'TransportLost', message: expect.stringContaining(`rs://127.0.0.1:${port}: cannot connect: connect ECONNREFUSED`) });
    expect((error as Error).cause).toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('fails with TransportLost when the TLS certificate is not trusted', async () => {
    const { key, cert } = tlsCert();
    const listener: ITransportListener = await listenRawSocket({ port: 0, tls: { key, cert }, serializers: [new JsonSerializer()], handlerFactory: () => recorder() });
    try {
      await expect(rawSocket(listener.address.url, json()).connect(recorder(), { signal: soon() })).rejects.toMatchObject({
        name: 'TransportLost',
        message: expect.stringMatching(/cannot connect: self[- ]signed certificate/),
      });
    } finally {
      await listener.close();
    }
  });
});
