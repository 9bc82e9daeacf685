/**
 * Autobahn|JS and wampy, peers no one here wrote, with our session through our router over
 * WebSocket, with JSON, MsgPack and CBOR: each calls procedures our session registers and
 * registers procedures our session calls; events go both ways.
 */
import { join } from 'node:path';
import type { ISerializer } from '@wamp/interfaces';
import { Router } from '@wamp/router';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { NODE22_BINARY } from '@wamp/test-support';
import { webSocket } from '@wamp/transport-ws';
import { listenWebSocket } from '@wamp/transport-ws/server';
import { PeerProcess } from './support/peer-process.js';
import { expectInterop, runScenario } from './support/session-side.js';

const SERIALIZERS: Record<string, () => ISerializer> = {
  json: () => new JsonSerializer(),
  msgpack: () => new MsgPackSerializer(),
  cbor: () => new CborSerializer(),
};

const PEERS = [
  // Autobahn|JS 26 requires Node 22+ (it uses the platform WebSocket).
  { name: 'autobahn', node: NODE22_BINARY, script: join(__dirname, '..', 'peers', 'autobahn-peer.mjs') },
  { name: 'wampy', node: process.execPath, script: join(__dirname, '..', 'peers', 'wampy-peer.mjs') },
];

describe('Autobahn|JS and wampy with @wamp/session through @wamp/router', () => {
  let router: Router;
  let url: string;
  const running: PeerProcess[] = [];

  beforeAll(async () => {
    router = new Router({ realms: [{ name: 'realm1' }], log: () => {} });
    const all = Object.values(SERIALIZERS).map((make) => make());
    url = (await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: all })).address.url;
  });

  afterAll(async () => {
    for (const peer of running) peer.stop();
    await router.close({ timeout: 500 });
  });

  const cases = PEERS.flatMap((peer) => Object.keys(SERIALIZERS).map((serializer) => [peer.name, serializer, peer] as const));

  it.each(cases)('%s over WebSocket with %s', async (name, serializer, peer) => {
    const process = new PeerProcess(peer.node, peer.script, [url, 'realm1', serializer]);
    running.push(process);
    const outcome = await runScenario(process, () => webSocket(url, { serializers: [SERIALIZERS[serializer]!()] }));
    expect(outcome.ready['serializer']).toBe(serializer);
    expectInterop(outcome, name);
  }, 30_000);
});
