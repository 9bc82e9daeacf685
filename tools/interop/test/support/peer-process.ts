/**
 * A peer script run as a child process, spoken to with the line protocol of
 * `peers/line-protocol.mjs`: JSON lines out, "go"/"done" lines in. Every wait has a deadline and
 * the process is killed on `stop()`, so a broken peer fails a test instead of hanging it.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';

export class PeerProcess {
  readonly #child: ChildProcessWithoutNullStreams;
  readonly #lines: AsyncIterator<string>;
  #stderr = '';

  constructor(node: string, script: string, args: string[]) {
    this.#child = spawn(node, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.#child.stderr.on('data', (d: Buffer) => (this.#stderr += d.toString()));
    this.#lines = createInterface({ input: this.#child.stdout })[Symbol.asyncIterator]();
  }

  /** The next JSON line; a line `{"error": …}` from the peer throws. */
  async next(timeoutMs = 15_000): Promise<Record<string, any>> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the peer said nothing within ${timeoutMs} ms; stderr: ${this.#stderr}`)), timeoutMs);
    });
    try {
      const line = await Promise.race([this.#lines.next(), timeout]);
      if (line.done === true) throw new Error(`the peer exited early; stderr: ${this.#stderr}`);
      const value = JSON.parse(line.value) as Record<string, any>;
      if (value['error'] !== undefined) throw new Error(`the peer failed: ${String(value['error'])}`);
      return value;
    } finally {
      clearTimeout(timer);
    }
  }

  send(line: string): void {
    this.#child.stdin.write(`${line}\n`);
  }

  /** Resolves with the exit code (killing the process after `timeoutMs`). */
  exit(timeoutMs = 5000): Promise<number | null> {
    if (this.#child.exitCode !== null) return Promise.resolve(this.#child.exitCode);
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.#child.kill('SIGKILL'), timeoutMs);
      this.#child.once('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
  }

  stop(): void {
    if (this.#child.exitCode === null) this.#child.kill('SIGKILL');
  }
}
