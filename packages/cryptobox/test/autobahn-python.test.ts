/**
 * WAMP-cryptobox interop with Autobahn|Python's KeyRing (Debian python3-autobahn 22.7.1 with
 * python3-nacl), in both directions through our router: our caller/publisher encrypts for
 * Python's callee/subscriber and Python's caller/publisher encrypts for ours, errors included,
 * over WebSocket with JSON, MsgPack and CBOR. Key pairs come from each side's own generator.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ISerializer } from '@wamp/interfaces';
import { ApplicationError, CallResult } from '@wamp/interfaces';
import { Router } from '@wamp/router';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { connect } from '@wamp/session';
import { PYTHON, autobahnPythonAvailable } from '@wamp/test-support';
import { webSocket } from '@wamp/transport-ws';
import { listenWebSocket } from '@wamp/transport-ws/server';
import { CryptoboxKey, KeyRing, generateKeyPair } from '../src/index.js';
import { SpyCodec, containsText } from './support/spy-codec.js';

function cryptoboxAvailable(): boolean {
  if (!autobahnPythonAvailable()) return false;
  const ok = spawnSync(PYTHON, ['-c', 'from autobahn.wamp.cryptobox import HAS_CRYPTOBOX; assert HAS_CRYPTOBOX'], { encoding: 'utf8' }).status === 0;
  if (!ok && (process.env['CI'] === 'true' || process.env['WAMP_VECTORS_REQUIRED'] === '1')) {
    throw new Error('autobahn.wamp.cryptobox needs python3-nacl and python3-trie (tools/scripts/install-system-deps.sh)');
  }
  return ok;
}

const SERIALIZER: Record<string, () => ISerializer> = {
  json: () => new JsonSerializer(),
  msgpack: () => new MsgPackSerializer(),
  cbor: () => new CborSerializer(),
};
const scenarios = Object.keys(SERIALIZER).map((serializer) => ({ name: `websocket-${serializer}`, serializer }));
const SECRET = 'secret from typescript ü→✓';

(cryptoboxAvailable() ? describe : describe.skip)('@wamp/cryptobox and Autobahn|Python KeyRing through @wamp/router', () => {
  let router: Router;
  const outcomes = new Map<string, { python: Record<string, any>; ts: Record<string, any> }>();

  beforeAll(async () => {
    router = new Router({ realms: [{ name: 'realm1' }], log: () => {} });
    const ws = await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: Object.values(SERIALIZER).map((m) => m()) });
    const spec = { realm: 'realm1', scenarios: scenarios.map((s) => ({ ...s, url: ws.address.url, host: '127.0.0.1', port: ws.address.port! })) };
    const child = spawn(PYTHON, [join(__dirname, 'py', 'cryptobox_peer.py'), JSON.stringify(spec)], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const next = async (): Promise<Record<string, any>> => {
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`Autobahn|Python said nothing within 15 s; stderr: ${stderr}`)), 15_000).unref());
      const line = await Promise.race([lines.next(), timeout]);
      if (line.done === true) throw new Error(`Autobahn|Python exited early; stderr: ${stderr}`);
      return JSON.parse(line.value) as Record<string, any>;
    };
    try {
      for (const scenario of scenarios) {
        const ours = generateKeyPair();
        const pythonPublicKey = (await next())['public_key'] as string;
        child.stdin.write(`${ours.publicKey}\n`);
        const python: Record<string, any> = { ready: await next() };
        const ring = new KeyRing();
        ring.setKey('com.example.py.', new CryptoboxKey({ originatorPrivateKey: ours.privateKey, responderPublicKey: pythonPublicKey }));
        ring.setKey('com.example.ts.', new CryptoboxKey({ responderPrivateKey: ours.privateKey, originatorPublicKey: pythonPublicKey }));
        const spy = new SpyCodec(ring);
        const session = await connect({ transport: webSocket(ws.address.url, { serializers: [SERIALIZER[scenario.serializer]!()] }), realm: 'realm1', payloadCodec: spy });
        const ts: Record<string, any> = {};
        await session.register('com.example.ts.greet', (args, kwargs) => new CallResult([`${String(args[0])}, ${String(kwargs['name'])}`], { blob: kwargs['blob'] }));
        await session.register('com.example.ts.fail', (args) => {
          throw new ApplicationError('com.example.ts.error.refused', { args: ['typescript says no', args[0]], kwargs: { code: 9 } });
        });
        let gotNews!: (event: unknown) => void;
        const news = new Promise<unknown>((resolve) => (gotNews = resolve));
        await session.subscribe('com.example.ts.news', (args, kwargs) => gotNews({ args, kwargs }));
        child.stdin.write('go\n');
        python['results'] = (await next())['results'];
        ts['add2'] = await session.call('com.example.py.add2', [2, 3], { secret: SECRET });
        ts['fail'] = await session.call('com.example.py.fail').catch((e: unknown) => e);
        await session.publish('com.example.py.news', [SECRET, new Uint8Array([1, 2, 3])], { n: 1 }, { acknowledge: true });
        ts['event'] = await news;
        child.stdin.write('done\n');
        const last = await next();
        python['event'] = last['event'];
        python['seen'] = last['seen'];
        ts['seen'] = spy.seen;
        await session.leave();
        outcomes.set(scenario.name, { python, ts });
      }
      expect(await next()).toEqual({ finished: true });
    } finally {
      child.kill();
    }
  }, 120_000);

  afterAll(() => router.close({ timeout: 500 }));

  it.each(scenarios.map((s) => [s.name]))('%s', (name) => {
    const outcome = outcomes.get(name);
    expect(outcome).toBeDefined();
    const { python, ts } = outcome!;
    // Python's caller → our callee: args, kwargs (bytes too) and an error, decrypted on both ends.
    expect(python['results']['greet']).toEqual({ args: ['Hello, Python ü→✓'], kwargs: { blob: { bytes: [0, 1, 254, 255] } } });
    expect(python['results']['fail']).toMatchObject({ error: 'com.example.ts.error.refused', args: ['typescript says no', 'x'], kwargs: { code: 9 } });
    // Our caller → Python's callee, which saw an encrypted INVOCATION.
    expect(ts['add2']).toMatchObject({ args: [5, SECRET], kwargs: { note: 'sum from python' } });
    expect(python['seen']['add2']).toEqual({ enc_algo: 'cryptobox', kwargs: { secret: SECRET } });
    expect(ts['fail']).toBeInstanceOf(ApplicationError);
    expect(ts['fail']).toMatchObject({ uri: 'com.example.py.error.refused', args: ['python says no'], kwargs: { code: 7 } });
    // Events both ways, encrypted.
    expect(ts['event']).toEqual({ args: ['from python'], kwargs: { binary: new Uint8Array([0, 255]) } });
    expect(python['event']).toEqual({ args: [SECRET, { bytes: [1, 2, 3] }], kwargs: { n: 1 }, enc_algo: 'cryptobox' });
    // Every payload our session sent or received was a cryptobox; nothing went in the clear.
    const seen = ts['seen'] as { op: string; uri: string; encoded?: { encAlgo: string; payload: Uint8Array } }[];
    expect(seen.filter((s) => s.op === 'decode').map((s) => s.uri).sort()).toEqual(['com.example.py.add2', 'com.example.py.error.refused', 'com.example.ts.fail', 'com.example.ts.greet', 'com.example.ts.news'].sort());
    expect(seen.every((s) => s.encoded?.encAlgo === 'cryptobox' && !containsText(s.encoded.payload, SECRET))).toBe(true);
  });
});
