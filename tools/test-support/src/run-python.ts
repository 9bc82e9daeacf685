/** Runs a Python helper with Debian's /usr/bin/python3 (python3-autobahn) and parses its JSON output. */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
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

/**
 * Runs `script args…` and resolves with the last line of its stdout parsed as JSON; rejects with
 * its stderr when it exits non-zero, and kills it after `timeoutMs`.
 */
export function runPythonJson<T>(script: string, args: readonly string[], timeoutMs = 40_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as T);
      else reject(new Error(`${script} exited ${String(code)}: ${err}`));
    });
  });
}

/** A Python peer spoken to line by line: JSON objects on its stdout, commands on its stdin. */
export interface PythonPeer {
  readonly child: ChildProcessWithoutNullStreams;
  /** The next stdout line as JSON; rejects (with the peer's stderr) after `timeoutMs` or when it exits. */
  next(timeoutMs?: number): Promise<any>;
  /** Writes `line` and a newline to its stdin. */
  send(line: string): void;
}

/** Starts `script args…` as a {@link PythonPeer}. */
export function spawnPythonPeer(script: string, args: readonly string[]): PythonPeer {
  const child = spawn(PYTHON, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    child,
    send: (line) => void child.stdin.write(`${line}\n`),
    next: async (timeoutMs = 15_000) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${script} said nothing within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs)));
      try {
        const line = await Promise.race([lines.next(), timeout]);
        if (line.done === true) throw new Error(`${script} exited early; stderr: ${stderr}`);
        return JSON.parse(line.value);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
