/**
 * Framing over real sockets: PING/PONG echo, fragmented and coalesced frames, the 2^24 edge with
 * the X bit on the wire, oversize frames, malformed WAMP, handler failures, auto-ping timeouts.
 */
import type { ITransportListener } from '@wamp/interfaces';
import { ProtocolError, isProtocolError } from '@wamp/interfaces';
import { Event } from '@wamp/message';
import { JsonSerializer } from '@wamp/serializers/json';
import type { Recorder } from '@wamp/test-support';
import { recorder } from '@wamp/test-support';
import type { ListenRawSocketOptions } from '../src/index.js';
import { listenRawSocket, rawSocket } from '../src/index.js';
import { RawPeer, concat, eventOfSize, frame, rawRouter, soon, utf8 } from './support.js';

let listener: ITransportListener | undefined;
let servers: Recorder[] = [];
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  await listener?.close();
  listener = undefined;
  servers = [];
});

async function listen(options: Partial<ListenRawSocketOptions> = {}, onMessage?: Parameters<typeof recorder>[0]) {
  listener = await listenRawSocket({
    port: 0,
    serializers: [new JsonSerializer()],
    handlerFactory: () => {
      const r = recorder(onMessage);
      servers.push(r);
      return r;
    },
    ...options,
  });
  return listener;
}

/** A raw client past the handshake (JSON, 16 MiB maximum). */
async function handshaken(): Promise<RawPeer> {
  const peer = await RawPeer.connect(listener!);
  cleanups.push(() => peer.destroy());
  peer.write([0x7f, 0xf1, 0, 0]);
  await peer.read(4);
  return peer;
}

const wamp = (text: string) => frame(0, utf8(text));

describe('PING and PONG', () => {
  it('answers every PING with exactly one PONG echoing its payload, fragmented or coalesced', async () => {
    await listen();
    const peer = await handshaken();
    peer.write(concat(frame(1, [1, 2, 3]), frame(1, []), frame(1, utf8('ping with text'))));
    for (const octet of frame(1, [0xde, 0xad, 0xbe, 0xef])) peer.write([octet]);
    const pongs = [await peer.readFrame(), await peer.readFrame(), await peer.readFrame(), await peer.readFrame()];
    expect(pongs.map((p) => [p.type, [...p.payload]])).toEqual([
      [2, [1, 2, 3]],
      [2, []],
      [2, [...utf8('ping with text')]],
      [2, [0xde, 0xad, 0xbe, 0xef]],
    ]);
    // Nothing else was sent: after our FIN, the router's side closes with no further octets.
    peer.socket.end();
    expect([...(await peer.rest())]).toEqual([]);
    expect(servers[0]!.messages).toEqual([]);
  });

  it('echoes a PING of exactly 2^24 octets with the X bit set in both headers', async () => {
    await listen();
    const peer = await handshaken();
    const payload = new Uint8Array(2 ** 24);
    payload[0] = 1;
    payload[2 ** 24 - 1] = 2;
    peer.write(Uint8Array.of(0x09, 0, 0, 0));
    peer.write(payload);
    expect([...(await peer.read(4))]).toEqual([0x0a, 0, 0, 0]);
    const echoed = await peer.read(2 ** 24);
    expect(Buffer.from(echoed).equals(Buffer.from(payload))).toBe(true);
  });

  it('lets the client side answer PINGs from the router too', async () => {
    let routerSide: RawPeer | undefined;
    const router = await rawRouter(async (peer) => {
      await peer.read(4);
      peer.write(concat(Uint8Array.of(0x7f, 0xf1, 0, 0), frame(1, [42, 43])));
      routerSide = peer;
    });
    cleanups.push(() => router.close());
    const client = recorder();
    const t = await rawSocket(router.url, { serializers: [new JsonSerializer()] }).connect(client, { signal: soon() });
    expect(await routerSide!.readFrame()).toEqual({ type: 2, payload: Uint8Array.of(42, 43) });
    t.close();
  });

  it('keeps a connection whose peer answers auto-pings', async () => {
    const pings: number[][] = [];
    let threeAnswered: () => void = () => {};
    const answered = new Promise<void>((resolve) => (threeAnswered = resolve));
    const router = await rawRouter(async (peer) => {
      await peer.read(4);
      peer.write([0x7f, 0xf1, 0, 0]);
      for (;;) {
        const { type, payload } = await peer.readFrame();
        if (type === 1) {
          pings.push([...payload]);
          peer.write(frame(2, payload));
          if (pings.length === 3) threeAnswered();
        }
      }
    });
    cleanups.push(() => router.close());
    const client = recorder();
    const t = await rawSocket(router.url, { serializers: [new JsonSerializer()], autoPingInterval: 5, autoPingTimeout: 2000 }).connect(client, { signal: soon() });
    await answered;
    expect(t.isOpen()).toBe(true);
    expect(new Set(pings.map((p) => p.join())).size).toBe(pings.length);
    t.close();
    expect((await client.closed()).wasClean).toBe(true);
  });

  it('catches a silent peer with the ping timeout on the router side', async () => {
    await listen({ autoPingInterval: 20, autoPingTimeout: 40 });
    const peer = await handshaken();
    expect((await peer.readFrame()).type).toBe(1);
    const close = await servers[0]!.closed();
    expect(close).toMatchObject({ wasClean: false, info: { reason: 'ping timeout: no PONG within 40 ms' } });
    expect(close.info?.error?.name).toBe('TransportLost');
    await peer.whenClosed();
  });

  it('catches a silent router with the ping timeout on the client side', async () => {
    const router = await rawRouter(async (peer) => {
      await peer.read(4);
      peer.write([0x7f, 0xf1, 0, 0]);
    });
    cleanups.push(() => router.close());
    const client = recorder();
    await rawSocket(router.url, { serializers: [new JsonSerializer()], autoPingInterval: 10, autoPingTimeout: 30 }).connect(client, { signal: soon() });
    expect(await client.closed()).toMatchObject({ wasClean: false, info: { reason: 'ping timeout: no PONG within 30 ms' } });
  });
});

describe('message frames', () => {
  it('delivers a message whose frame arrives one octet at a time', async () => {
    await listen();
    const peer = await handshaken();
    for (const octet of wamp('[36,1,2,{},["slow"]]')) peer.write([octet]);
    expect(await servers[0]!.received(1)).toEqual([[36, 1, 2, {}, ['slow']]]);
  });

  it('delivers 200 messages coalesced into one write, in order', async () => {
    await listen();
    const peer = await handshaken();
    peer.write(concat(...Array.from({ length: 200 }, (_, i) => wamp(`[36,1,${i + 1},{},[${i}]]`))));
    const got = await servers[0]!.received(200);
    expect(got.map((m) => m[2])).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });

  it('carries a message of exactly 2^24 octets and refuses 2^24 + 1 at send', async () => {
    await listen();
    const serializer = new JsonSerializer();
    const client = recorder();
    const t = await rawSocket(listener!.address.url, { serializers: [serializer] }).connect(client, { signal: soon() });
    const max = eventOfSize(serializer, 2 ** 24);
    t.send(max);
    const [got] = await servers[0]!.received(1);
    expect((got![4] as string[])[0]!.length).toBe((max.args![0] as string).length);
    expect(() => t.send(eventOfSize(serializer, 2 ** 24 + 1))).toThrow(ProtocolError);
    t.close();
  });

  it('fails the connection on a frame over the announced maximum, with ABORT naming it', async () => {
    await listen({ maxMessageSize: 1024 });
    const peer = await RawPeer.connect(listener!);
    cleanups.push(() => peer.destroy());
    peer.write([0x7f, 0xf1, 0, 0, 0x00, 0x00, 0x04, 0x01]);
    expect([...(await peer.read(4))]).toEqual([0x7f, 0x11, 0, 0]);
    const abort = await peer.readFrame();
    const text = 'RawSocket: incoming message frame of 1025 octets exceeds the announced maximum of 1024 octets';
    expect(JSON.parse(new TextDecoder().decode(abort.payload))).toEqual([3, { message: text }, 'wamp.error.protocol_violation']);
    await peer.whenClosed();
    const close = await servers[0]!.closed();
    expect([close.wasClean, close.info?.reason, isProtocolError(close.info?.error)]).toEqual([false, `protocol violation: ${text}`, true]);
  });

  it('answers malformed WAMP with ABORT protocol_violation and closes', async () => {
    await listen();
    const peer = await handshaken();
    peer.write(wamp('[48,0,{},"com.x"]'));
    const abort = await peer.readFrame();
    expect(JSON.parse(new TextDecoder().decode(abort.payload))).toEqual([3, { message: 'CALL.Request must be an integer in 1..2^53, got 0' }, 'wamp.error.protocol_violation']);
    await peer.whenClosed();
    expect((await servers[0]!.closed()).info?.reason).toBe('protocol violation: CALL.Request must be an integer in 1..2^53, got 0');
  });

  it('answers a ProtocolError thrown by the handler with ABORT, and delivers nothing after it', async () => {
    await listen({}, (m) => {
      if (m instanceof Event && m.publication === 2) throw new ProtocolError('EVENT not expected now');
    });
    const peer = await handshaken();
    peer.write(concat(wamp('[36,1,1,{}]'), wamp('[36,1,2,{}]'), wamp('[36,1,3,{}]')));
    const abort = await peer.readFrame();
    expect(JSON.parse(new TextDecoder().decode(abort.payload))).toEqual([3, { message: 'EVENT not expected now' }, 'wamp.error.protocol_violation']);
    const close = await servers[0]!.closed();
    expect(servers[0]!.messages.map((m) => m[2])).toEqual([1, 2]);
    expect([close.wasClean, close.info?.reason]).toEqual([false, 'protocol violation: EVENT not expected now']);
  });

  it('drops the connection when the handler throws anything else, naming the failure', async () => {
    const failure = new TypeError('handler bug');
    await listen({}, () => {
      throw failure;
    });
    const peer = await handshaken();
    peer.write(wamp('[36,1,1,{}]'));
    expect([...(await peer.rest())]).toEqual([]);
    expect(await servers[0]!.closed()).toEqual({ wasClean: false, info: { reason: "the handler's onMessage failed: handler bug", error: failure } });
  });

  it('reports an abrupt disconnect of the peer as onClose(false)', async () => {
    await listen();
    const peer = await handshaken();
    peer.socket.resetAndDestroy();
    const close = await servers[0]!.closed();
    expect(close.wasClean).toBe(false);
    expect(close.info?.reason).toMatch(/^socket error: .*ECONNRESET/);
  });
});
