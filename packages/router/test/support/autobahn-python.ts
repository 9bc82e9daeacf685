/**
 * Running Autobahn|Python (Debian `python3-autobahn`, with `/usr/bin/python3`) scripts from
 * `test/py` against a router under test.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const PYTHON = '/usr/bin/python3';

/**
 * True when Autobahn|Python can run here. In CI (or with `WAMP_VECTORS_REQUIRED=1`) its absence
 * is an error, not a skip.
 */
export function autobahnAvailable(): boolean {
  const available = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import autobahn'], { encoding: 'utf8' }).status === 0;
  if (!available && (process.env['CI'] === 'true' || process.env['WAMP_VECTORS_REQUIRED'] === '1')) {
    throw new Error('Autobahn|Python is required here: apt-get install python3-autobahn');
  }
  return available;
}

/**
 * Runs `test/py/<script>` with `args`; resolves with the JSON object on the last line of its
 * stdout, rejects with its stderr when it exits non-zero or runs past `timeoutMs`.
 */
export function runAutobahnScript(script: string, args: readonly string[], timeoutMs = 40_000): Promise<Record<string, any>> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, [join(__dirname, '..', 'py', script), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(JSON.parse(out.trim().split('\n').pop()!) as Record<string, any>);
      else reject(new Error(`Autobahn|Python ${script} exited ${String(code)}: ${err}`));
    });
  });
}
