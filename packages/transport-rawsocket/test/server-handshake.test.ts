/**
 * listenRawSocket against hand-built client bytes: handshake replies and error codes as the spec
 * lays them out, wrong magic, garbage, timeouts, connection limits, coalesced and fragmented input.
 */
import type { ITransportListener } from '@wamp/interfaces';
import { isProtocolError } from '@wamp/interfaces';
import { Event } from '@wamp/message';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import type { Recorder } from '@wamp/test-support';
import { recorder } from '@wamp/test-support';
import type { ListenRawSocketOptions } from '../src/index.js';
import { listenRawSocket } from '../src/index.js';
import { RawPeer, concat, frame, listenWhere, tempDir, utf8 } from './support.js';

const dir = tempDir();
let listener: ITransportListener | undefined;
let servers: Recorder[] = [];
const peers: RawPeer[] = [];
afterEach(async () => {
  peers.splice(0).forEach((p) => p.destroy());
  await listener?.close();
  listener = undefined;
  servers = [];
});

async function listen(options: Partial<ListenRawSocketOptions> = {}): Promise<ITransportListener> {
  listener = await listenRawSocket({
    port: 0,
    serializers: [new JsonSerializer()],
    maxMessageSize: 65_536,
    handlerFactory: () => {
      const r = recorder();
      servers.push(r);
      return r;
    },
    ...options,
  });
  return listener;
}

async function peer(): Promise<RawPeer> {
  const p = await RawPeer.connect(listener!);
  peers.push(p);
  return p;
}

describe('listenRawSocket handshake', () => {
  it('answers a request sent one octet at a time by echoing the serializer with its own maximum (2^16 → L=7)', async () => {
    await listen();
    const p = await peer();
    for (const octet of [0x7f, 0xf1, 0x00, 0x00]) p.write([octet]);
    expect([...(await p.read(4))]).toEqual([0x7f, 0x71, 0x00, 0x00]);
    expect(servers).toHaveLength(1);
    expect(servers[0]!.transport!.isOpen()).toBe(true);
  });

  it('takes L=15 as a 16 MiB client maximum and L=0 as 512 octets, never sending the latter more', async () => {
    await listen({ serializers: [new CborSerializer()] });
    const big = await peer();
    big.write([0x7f, 0xf3, 0, 0]);
    expect([...(await big.read(4))]).toEqual([0x7f, 0x73, 0, 0]);
    const small = await peer();
    small.write([0x7f, 0x03, 0, 0]);
    expect([...(await small.read(4))]).toEqual([0x7f, 0x73, 0, 0]);
    const event = new Event({ subscription: 1, publication: 1, args: ['y'.repeat(600)] });
    expect(servers[0]!.transport!.send(event)).toBe(true);
    expect(() => servers[1]!.transport!.send(event)).toThrow(expect.objectContaining({ name: 'ProtocolError', message: expect.stringContaining("exceeds the peer's maximum of 512 octets") }));
  });

  it.each([
    ['an HTTP request', utf8('GET / HTTP/1.1\r\nHost: x\r\n\r\n')],
    ['a TLS ClientHello', Uint8Array.of(0x16, 0x03, 0x01, 0x02, 0x00, 0x01)],
    ['a lone wrong first octet', Uint8Array.of(0x00)],
    ['0x7E instead of 0x7F', Uint8Array.of(0x7e, 0xf1, 0x00, 0x00)],
  ])('drops %s at once, without a reply and without a handler', async (_what, bytes) => {
    await listen();
    const p = await peer();
    p.write(bytes);
    expect([...(await p.rest())]).toEqual([]);
    expect(servers).toHaveLength(0);
  });

  it.each([
    ['serializer 3 (CBOR) to a JSON-only router', '10', [0x7f, 0xf3, 0, 0]],
    ['serializer 0 (illegal)', '10', [0x7f, 0xf0, 0, 0]],
    ['serializer 15 (reserved)', '10', [0x7f, 0xff, 0, 0]],
    ['a nonzero third octet', '30', [0x7f, 0xf1, 0x01, 0]],
    ['a nonzero fourth octet', '30', [0x7f, 0xf1, 0, 0x80]],
  ])('refuses %s with the error reply 7F %s 00 00, then closes', async (_what, second, request) => {
    await listen();
    const p = await peer();
    p.write(request);
    expect([...(await p.rest())]).toEqual([0x7f, parseInt(second, 16), 0, 0]);
    expect(servers).toHaveLength(0);
  });

  it('refuses a client maximum below minPeerMessageSize with error 2', async () => {
    await listen({ minPeerMessageSize: 4096 });
    const p = await peer();
    p.write([0x7f, 0x21, 0, 0]); // 2^11 = 2048 octets
    expect([...(await p.rest())]).toEqual([0x7f, 0x20, 0, 0]);
    const q = await peer();
    q.write([0x7f, 0x31, 0, 0]); // 4096 octets is enough
    expect([...(await q.read(4))]).toEqual([0x7f, 0x71, 0, 0]);
  });

  it('refuses clients beyond maxConnections with error 4, and accepts again once one left', async () => {
    await listen({ maxConnections: 1 });
    const first = await peer();
    first.write([0x7f, 0xf1, 0, 0]);
    await first.read(4);
    const second = await peer();
    second.write([0x7f, 0xf1, 0, 0]);
    expect([...(await second.rest())]).toEqual([0x7f, 0x40, 0, 0]);
    first.destroy();
    await servers[0]!.closed();
    const third = await peer();
    third.write([0x7f, 0xf1, 0, 0]);
    expect([...(await third.read(4))]).toEqual([0x7f, 0x71, 0, 0]);
  });

  it('drops a client that sends nothing, or half a handshake, within handshakeTimeout', async () => {
    await listen({ handshakeTimeout: 40 });
    const silent = await peer();
    const half = await peer();
    half.write([0x7f, 0xf1]);
    await Promise.all([silent.whenClosed(), half.whenClosed()]);
    expect([...(await half.rest())]).toEqual([]);
    expect(servers).toHaveLength(0);
  });

  it('processes frames that arrive in the same write as the handshake', async () => {
    await listen();
    const p = await peer();
    const call = (i: number) => frame(0, utf8(`[48,${i},{},"com.example.f"]`));
    p.write(concat(Uint8Array.of(0x7f, 0xf1, 0, 0), call(1), call(2), frame(1, [0xca, 0xfe]), call(3)));
    expect([...(await p.read(4 + 6))]).toEqual([0x7f, 0x71, 0, 0, 0x02, 0, 0, 2, 0xca, 0xfe]);
    expect((await servers[0]!.received(3)).map((m) => m[1])).toEqual([1, 2, 3]);
  });

  it('answers a bad frame header after the handshake with ABORT naming it, then closes', async () => {
    await listen();
    const p = await peer();
    p.write(concat(Uint8Array.of(0x7f, 0xf1, 0, 0), Uint8Array.of(0x40, 0, 0, 0)));
    await p.read(4);
    const rest = await p.rest();
    expect([...rest.subarray(0, 4)]).toEqual([0, 0, 0, rest.length - 4]);
    expect(JSON.parse(new TextDecoder().decode(rest.subarray(4)))).toEqual([
      3,
      { message: 'RawSocket: reserved bits set in a frame header (first octet 0x40)' },
      'wamp.error.protocol_violation',
    ]);
    const close = await servers[0]!.closed();
    expect(close.wasClean).toBe(false);
    expect(isProtocolError(close.info?.error)).toBe(true);
  });

  it('speaks the handshake over a Unix socket too', async () => {
    await listen({ ...listenWhere('unix', dir()), port: undefined });
    const p = await peer();
    p.write([0x7f, 0xf3, 0, 0]);
    expect([...(await p.rest())]).toEqual([0x7f, 0x10, 0, 0]);
    const q = await peer();
    q.write([0x7f, 0x01, 0, 0]);
    expect([...(await q.read(4))]).toEqual([0x7f, 0x71, 0, 0]);
  });

  it('drops handshakes in progress and closes accepted connections on listener.close()', async () => {
    await listen();
    const waiting = await peer();
    const open = await peer();
    open.write([0x7f, 0xf1, 0, 0]);
    await open.read(4);
    await listener!.close();
    await Promise.all([waiting.whenClosed(), open.whenClosed()]);
    expect(await servers[0]!.closed()).toEqual({ wasClean: true, info: { reason: 'closed locally' } });
  });
});
