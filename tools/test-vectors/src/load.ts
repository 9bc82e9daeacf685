import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `../shared/vectors` beside the project root (this file is tools/test-vectors/src/load.ts). */
export const VECTORS_DIR = resolve(__dirname, '../../../../shared/vectors');

/** True when the vectors folder exists. Throws when it is missing and `WAMP_VECTORS_REQUIRED=1`. */
export function vectorsAvailable(): boolean {
  if (existsSync(VECTORS_DIR)) return true;
  if (process.env['WAMP_VECTORS_REQUIRED'] === '1') {
    throw new Error(`WAMP_VECTORS_REQUIRED=1 but the test vectors are missing at ${VECTORS_DIR}`);
  }
  // eslint-disable-next-line no-console
  console.warn(`test vectors not found at ${VECTORS_DIR}: vector tests are skipped`);
  return false;
}

/** Reads and parses one vector file, e.g. `serialization/rpc.json`; `undefined` when vectors are absent. */
export function loadVectors<T = unknown>(relativePath: string): T | undefined {
  if (!vectorsAvailable()) return undefined;
  return JSON.parse(readFileSync(join(VECTORS_DIR, relativePath), 'utf8')) as T;
}
