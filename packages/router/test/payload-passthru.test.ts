/**
 * Payload passthru (Autobahn's payload transparency) over real sockets: the router forwards an
 * opaque payload byte for byte between JSON (the `\0`+base64 string form), MessagePack and CBOR
 * (binary) peers, with its `enc_*`/`ppt_*` keys, and never reads it.
 */
import type { ISerializer } from '@wamp/interfaces';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { webSocket } from '@wamp/transport-ws';
import { listenWebSocket } from '@wamp/transport-ws/server';
import { Router } from '../src/index.js';
import { WireClient } from './support/wire-client.js';

const MAKE: Record<string, () => ISerializer> = {
  json: () => new JsonSerializer(),
  msgpack: () => new MsgPackSerializer(),
  cbor: () => new CborSerializer(),
};

/** Bytes no serializer would produce and no codec would accept: every byte value, NULs and invalid UTF-8 included. */
const garbage = (seed: number): Uint8Array => Uint8Array.from({ length: 300 }, (_, i) => (i * 131 + seed) % 256);

describe('payload passthru through the router', () => {
  let router: Router;
  let url: string;

  beforeAll(async () => {
    router = new Router({ realms: [{ name: 'realm1' }], log: () => {} });
    url = (await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: Object.values(MAKE).map((m) => m()) })).address.url;
  });

  afterAll(async () => {
    await router.close({ timeout: 500 });
  });

  const client = async (serializer: string): Promise<WireClient> => {
    const c = await WireClient.connect(webSocket(url, { serializers: [MAKE[serializer]!()] }));
    const welcome = await c.join('realm1');
    expect(welcome[0]).toBe(2);
    return c;
  };

  it('announces payload_transparency and payload_passthru_mode for broker and dealer in WELCOME', async () => {
    const c = await WireClient.connect(webSocket(url, { serializers: [new JsonSerializer()] }));
    const welcome = await c.join('realm1');
    const roles = (welcome[2] as { roles: Record<string, { features: Record<string, unknown> }> }).roles;
    for (const role of ['broker', 'dealer']) expect(roles[role]!.features).toMatchObject({ payload_transparency: true, payload_passthru_mode: true });
    await c.leave();
  });

  const combos: [string, string, string][] = [
    ['json', 'msgpack', 'cbor'],
    ['msgpack', 'cbor', 'json'],
    ['cbor', 'json', 'msgpack'],
  ];

  it.each(combos)('forwards garbage payloads untouched: caller/publisher %s, callee %s, subscriber %s', async (a, b, c) => {
    const caller = await client(a);
    const callee = await client(b);
    const subscriber = await client(c);
    const enc = { enc_algo: 'cryptobox', enc_serializer: 'x_not_a_serializer', enc_key: 'k1' };

    callee.send([64, callee.request(), {}, 'com.example.opaque']);
    await callee.expect(65);
    subscriber.send([32, subscriber.request(), {}, 'com.example.opaque']);
    await subscriber.expect(33);

    // CALL → INVOCATION
    caller.send([48, caller.request(), enc, 'com.example.opaque', garbage(1)]);
    const invocation = await callee.expect(68);
    expect(invocation[3]).toMatchObject(enc);
    expect(invocation[4]).toEqual(garbage(1));
    expect(invocation.length).toBe(5);

    // YIELD → RESULT
    callee.send([70, invocation[1], enc, garbage(2)]);
    expect(await caller.expect(50)).toEqual([50, 1, enc, garbage(2)]);

    // ERROR → ERROR
    caller.send([48, caller.request(), { ppt_scheme: 'x_custom', ppt_serializer: 'native' }, 'com.example.opaque', garbage(3)]);
    const second = await callee.expect(68);
    expect(second[3]).toMatchObject({ ppt_scheme: 'x_custom', ppt_serializer: 'native' });
    expect(second[4]).toEqual(garbage(3));
    callee.send([8, 68, second[1], enc, 'com.example.error.opaque', garbage(4)]);
    expect(await caller.expect(8)).toEqual([8, 48, 2, enc, 'com.example.error.opaque', garbage(4)]);

    // PUBLISH → EVENT
    caller.send([16, caller.request(), enc, 'com.example.opaque', garbage(5)]);
    const event = await subscriber.expect(36);
    expect(event[3]).toMatchObject(enc);
    expect(event[4]).toEqual(garbage(5));
    expect(event.length).toBe(5);

    await Promise.all([caller.leave(), callee.leave(), subscriber.leave()]);
  });
});
