import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { VECTORS_DIR, vectorsAvailable } from '@wamp/test-vectors';

const SCRIPT = resolve(__dirname, '../scripts/flatbuffers-codegen.sh');

function flatcAvailable(): boolean {
  try {
    execFileSync('flatc', ['--version'], { stdio: 'pipe' });
    return true;
  } catch {
    if (process.env['WAMP_VECTORS_REQUIRED'] === '1') {
      throw new Error('flatc is missing: tools/scripts/install-system-deps.sh installs flatbuffers-compiler');
    }
    console.warn('flatc not found: the generated-code check is skipped');
    return false;
  }
}

describe('src/flatbuffers/generated', () => {
  it('is exactly what flatc generates from the WAMP-FlatBuffers schema (never edited by hand)', () => {
    if (!vectorsAvailable() || !flatcAvailable()) return;
    const out = execFileSync('bash', [SCRIPT, '--check'], {
      env: { ...process.env, WAMP_FBS_SCHEMA_DIR: join(VECTORS_DIR, 'flatbuffers-schema') },
      stdio: 'pipe',
      encoding: 'utf8',
    });
    expect(out).toContain("is flatc's output");
  });
});
