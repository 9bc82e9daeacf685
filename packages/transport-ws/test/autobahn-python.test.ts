/** Autobahn|Python (Debian python3-autobahn) connects to our WebSocket server: a peer no one here wrote. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ISerializer, ITransportListener } from '@wamp/interfaces';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { listenWebSocket } from '../src/server.js';
import type { Recorder } from '@wamp/test-support';
import { recorder } from '@wamp/test-support';

const PYTHON = '/usr/bin/python3';
const available = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import autobahn'], { encoding: 'utf8' }).status === 0;
if (!available && (process.env['CI'] === 'true' || process.env['WAMP_VECTORS_REQUIRED'] === '1')) {
  throw new Error('Autobahn|Python is required here: apt-get install python3-autobahn');
}
if (!available) console.warn('Autobahn|Python not found for /usr/bin/python3: interop test skipped');

function runPython(url: string, protocols: string): Promise<{ protocol: string; clean: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, [join(__dirname, 'py', 'ws_client.py'), url, protocols], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as { protocol: string; clean: boolean }) : reject(new Error(`ws_client.py exited ${code}: ${err}`))));
  });
}

const cases: [string, () => ISerializer][] = [
  ['wamp.2.json', () => new JsonSerializer()],
  ['wamp.2.msgpack', () => new MsgPackSerializer()],
  ['wamp.2.cbor', () => new CborSerializer()],
];

(available ? describe : describe.skip)('Autobahn|Python WebSocket client against listenWebSocket', () => {
  let listener: ITransportListener | undefined;
  afterEach(() => listener?.close());

  it.each(cases)('negotiates %s and delivers its HELLO', async (protocol, make) => {
    let server: Recorder | undefined;
    listener = await listenWebSocket({ port: 0, serializers: [make()], handlerFactory: () => (server = recorder()) });
    // Autobahn offers every format; our server picks the one it was given.
    const result = await runPython(listener.address.url, 'wamp.2.cbor,wamp.2.msgpack,wamp.2.json');
    expect(result).toEqual({ protocol, clean: true });
    const [hello] = await server!.received(1);
    expect(hello).toEqual([1, 'realm1', { roles: { caller: {} } }]);
    expect((await server!.closed()).wasClean).toBe(true);
  }, 20_000);
});
