/**
 * `wamp keys` and WAMP-cryptosign across implementations: Autobahn|Python authenticates to our
 * router with a key file `wamp keys generate` wrote; `wamp` (our session) authenticates with a
 * key file Autobahn|Python wrote.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Router } from '@wamp/router';
import { JsonSerializer } from '@wamp/serializers/json';
import { listenWebSocket } from '@wamp/transport-ws/server';
import { main } from '../src/index.js';

const PYTHON = '/usr/bin/python3';
const python = spawnSync(PYTHON, ['-c', 'import autobahn, nacl'], { encoding: 'utf8' }).status === 0;
if (!python && (process.env['CI'] === 'true' || process.env['WAMP_VECTORS_REQUIRED'] === '1')) {
  throw new Error('Autobahn|Python with PyNaCl is required here: apt-get install python3-autobahn python3-nacl');
}

async function wamp(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => void out.push(l), err: (l) => void err.push(l), signal: new AbortController().signal });
  return { code, out, err };
}

/** Runs the Python helper without blocking the event loop (our router runs in this process). */
async function runPython(...args: string[]): Promise<Record<string, unknown>> {
  const { stdout, stderr, code } = await new Promise<{ stdout: string; stderr: string; code: number | null }>((resolve) => {
    const child = spawn(PYTHON, [join(__dirname, 'py', 'cryptosign_peer.py'), ...args], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 });
    let out = '';
    let errText = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (errText += d.toString()));
    child.on('close', (exit) => resolve({ stdout: out, stderr: errText, code: exit }));
  });
  if (code !== 0) throw new Error(`Autobahn|Python failed: ${stderr}`);
  return JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, unknown>;
}

describe('wamp keys', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'wamp-keys-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('generates a key file readable only by its owner, prints its public key, and shows it again', async () => {
    const file = join(dir, 'client.key');
    const generated = await wamp('keys', 'generate', '--out', file);
    expect(generated.code).toBe(0);
    const { pubkey } = JSON.parse(generated.out[0]!) as { pubkey: string };
    expect(pubkey).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`^public-key-ed25519: ${pubkey}$`, 'm'));
    expect(readFileSync(file, 'utf8')).toMatch(/^private-key-ed25519: [0-9a-f]{64}$/m);
    const shown = await wamp('keys', 'show', file);
    expect(JSON.parse(shown.out[0]!)).toEqual({ pubkey, private: true });
  });

  it('refuses to overwrite a key file and to show a file that is no key', async () => {
    const file = join(dir, 'client.key');
    expect((await wamp('keys', 'generate', '--out', file)).code).toBe(0);
    const again = await wamp('keys', 'generate', '--out', file);
    expect(again.code).toBe(1);
    expect(again.err[0]).toContain('exists; not overwriting');
    const bad = await wamp('keys', 'show', join(__dirname, 'keys.test.ts'));
    expect(bad.code).toBe(1);
    expect(bad.err[0]).toContain('keys.test.ts');
    expect((await wamp('keys', 'rotate')).code).toBe(2);
  });

  it('prints the key file on stdout without --out', async () => {
    const generated = await wamp('keys', 'generate');
    expect(generated.out.join('\n')).toMatch(/private-key-ed25519: [0-9a-f]{64}/);
  });
});

(python ? describe : describe.skip)('cryptosign key files between wamp and Autobahn|Python', () => {
  let dir: string;
  let router: Router;
  let url: string;
  let port: number;

  afterEach(async () => {
    await router?.close({ timeout: 500 });
    rmSync(dir, { recursive: true, force: true });
  });

  it('each side authenticates to our router with a key file the other wrote', async () => {
    dir = mkdtempSync(join(tmpdir(), 'wamp-keys-interop-'));
    const ours = join(dir, 'ours.key');
    const theirs = join(dir, 'theirs.key');
    const generated = await wamp('keys', 'generate', '--out', ours);
    const ourPubkey = (JSON.parse(generated.out[0]!) as { pubkey: string }).pubkey;
    const theirPubkey = (await runPython('write', theirs))['pubkey'] as string;
    expect(JSON.parse((await wamp('keys', 'show', theirs)).out[0]!)).toEqual({ pubkey: theirPubkey, private: true });

    router = new Router({
      realms: [{ name: 'realm1' }],
      auth: {
        cryptosign: {
          principals: {
            'python-with-our-key': { authorizedKeys: [ourPubkey], role: 'user' },
            'wamp-with-their-key': { authorizedKeys: [theirPubkey], role: 'user' },
          },
        },
      },
      log: () => {},
    });
    const listener = await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: [new JsonSerializer()] });
    url = listener.address.url;
    port = listener.address.port!;

    // Our session (through the CLI, with Autobahn's key file) serves whoami; Python calls it.
    const stop = new AbortController();
    const err: string[] = [];
    const served = main(['register', 'com.example.whoami', '--url', url, '--key', theirs, '--authid', 'wamp-with-their-key', '--', 'echo', 'served by wamp'], {
      out: () => {},
      err: (l) => void err.push(l),
      signal: stop.signal,
    });
    const deadline = Date.now() + 5000;
    while (!err.some((l) => l.startsWith('registered'))) {
      if (Date.now() > deadline) throw new Error(`wamp register did not join: ${err.join('\n')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const joined = await runPython('join', JSON.stringify({ url, host: '127.0.0.1', port, realm: 'realm1', keyfile: ours, authid: 'python-with-our-key' }));
    expect(joined).toEqual({ joined: true, authid: 'python-with-our-key', authmethod: 'cryptosign', whoami: 'served by wamp', pubkey: ourPubkey });
    stop.abort();
    expect(await served).toBe(0);
  }, 60_000);
});
