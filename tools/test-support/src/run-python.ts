/** Runs a Python helper with Debian's /usr/bin/python3 (python3-autobahn) and parses its JSON output. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const PYTHON = '/usr/bin/python3';

/** True when Autobahn|Python is importable; throws under CI or WAMP_VECTORS_REQUIRED=1 when it is not. */
export function autobahnPythonAvailable(): boolean {
  const ok = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import autobahn'], { encoding: 'utf8' }).status === 0;
  if (!ok && (process.env['CI'] === 'true' || process.env['WAMP_VECTORS_REQUIRED'] === '1')) {
    throw new Error('Autobahn|Python is required here: apt-get install python3-autobahn (tools/scripts/install-system-deps.sh)');
  }
  if (!ok) console.warn('Autobahn|Python not found for /usr/bin/python3: interop tests are skipped');
  return ok;
}

/** The path of a helper script shipped in tools/test-support/py. */
export function pythonHelper(name: string): string {
  return join(__dirname, '..', 'py', name);
}

/** Runs `script args…` and resolves with its stdout parsed as JSON. */
export function runPythonJson<T>(script: string, args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as T) : reject(new Error(`${script} exited ${code}: ${err}`))));
  });
}
