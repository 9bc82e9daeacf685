/**
 * Autobahn|Python clients using Advanced Profile features through our router: progressive call
 * results, call canceling, pattern-based registration and subscription, shared registration,
 * subscriber exclusion and eligibility.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { JsonSerializer } from '@wamp/serializers/json';
import { listenWebSocket } from '@wamp/transport-ws/server';
import { Router } from '../src/index.js';

const PYTHON = '/usr/bin/python3';
const available = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import autobahn'], { encoding: 'utf8' }).status === 0;
if (!available && (process.env['CI'] === 'true' || process.env['WAMP_VECTORS_REQUIRED'] === '1')) {
  throw new Error('Autobahn|Python is required here: apt-get install python3-autobahn');
}

(available ? describe : describe.skip)('Autobahn|Python with Advanced Profile features through @wamp/router', () => {
  let router: Router;
  let result: Record<string, any>;

  beforeAll(async () => {
    router = new Router({ realms: [{ name: 'realm1' }], log: () => {} });
    const { address } = await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: [new JsonSerializer()] });
    result = await new Promise((resolve, reject) => {
      const child = spawn(PYTHON, [join(__dirname, 'py', 'autobahn_advanced.py'), address.url, '127.0.0.1', String(address.port)], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
      child.on('close', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve(JSON.parse(out.trim().split('\n').pop()!) as Record<string, any>);
        else reject(new Error(`Autobahn|Python exited ${String(code)}: ${err}`));
      });
    });
  }, 60_000);

  afterAll(() => router.close({ timeout: 200 }));

  it('gets progressive results, then the final one', () => {
    expect(result['progressive']).toEqual({ progress: [3, 2, 1], result: 'liftoff' });
  });

  it('cancels a call: the callee coroutine is interrupted and the caller’s future ends', () => {
    expect(result['cancel']).toEqual({ caller: 'cancelled', callee_interrupted: true });
  });

  it('routes a prefix registration with the concrete procedure, and a wildcard subscription with the concrete topic', () => {
    expect(result['prefix']).toEqual(['com.example.math.square', 3]);
    expect(result['wildcard']).toEqual(['com.kitchen.alarm']);
  });

  it('shares a registration round robin', () => {
    expect(result['roundrobin']).toEqual(['a', 'b', 'a', 'b']);
  });

  it('honours exclude and eligible', () => {
    expect(result['blackwhite']).toEqual(['s1:1', 's3:1', 's3:2']);
  });
});
