/**
 * Our bytes, decoded by Autobahn|Python (Debian python3-autobahn, /usr/bin/python3), give the
 * vector's message: the encode side checked by a peer no one here wrote. One Python process
 * decodes everything.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessage } from '@wamp/message';
import { bytesToBase64, fromVectorJson, loadVectors, toVectorJson, wampEqual } from '@wamp/test-vectors';
import { SERIALIZERS, SERIALIZER_IDS } from './all-serializers.js';

const PYTHON = '/usr/bin/python3';

function autobahnAvailable(): boolean {
  const ok = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import autobahn'], { encoding: 'utf8' }).status === 0;
  if (!ok && (process.env['CI'] === 'true' || process.env['WAMP_VECTORS_REQUIRED'] === '1')) {
    throw new Error('Autobahn|Python is required here: apt-get install python3-autobahn (run .ci/run or tools/scripts/install-system-deps.sh)');
  }
  if (!ok) console.warn('Autobahn|Python not found for /usr/bin/python3: cross-check skipped');
  return ok;
}

interface Vector {
  name: string;
  wamp: unknown[];
  wamp_after_roundtrip?: unknown[];
}

describe('Autobahn|Python decodes our bytes', () => {
  const vectors = ['session', 'pubsub', 'rpc', 'wamp-proto-testsuite'].flatMap(
    (f) => loadVectors<{ vectors: Vector[] }>(`serialization/${f}.json`)?.vectors ?? [],
  );
  const available = vectors.length > 0 && autobahnAvailable();
  let results = new Map<string, { wamp?: unknown[]; error?: string }>();
  const expected = new Map<string, unknown>();

  beforeAll(() => {
    if (!available) return;
    const items = [];
    for (const v of vectors) {
      const wamp = fromVectorJson(v.wamp_after_roundtrip ?? v.wamp);
      expected.set(v.name, wamp);
      for (const id of SERIALIZER_IDS) {
        const [bytes, isBinary] = SERIALIZERS[id]!().serialize(parseMessage(wamp));
        items.push({ name: v.name, id, base64: bytesToBase64(bytes), is_binary: isBinary });
      }
    }
    const run = spawnSync(PYTHON, [join(__dirname, 'autobahn_decode.py')], { input: JSON.stringify(items), encoding: 'utf8', maxBuffer: 64 << 20 });
    if (run.status !== 0) throw new Error(`autobahn_decode.py failed: ${run.stderr}`);
    const decoded = JSON.parse(run.stdout) as { name: string; id: string; wamp?: unknown[]; error?: string }[];
    results = new Map(decoded.map((r) => [`${r.name} ${r.id}`, r]));
  }, 60_000);

  const cases = vectors.flatMap((v) => SERIALIZER_IDS.map((id) => [v.name, id] as const));
  (available ? it.each(cases) : it.skip.each(cases))('%s encoded by us as %s', (name, id) => {
    const result = results.get(`${name} ${id}`);
    if (result === undefined) throw new Error(`${name} [${id}]: no answer from Autobahn`);
    if (result.error) throw new Error(`${name} [${id}]: Autobahn refused our bytes: ${result.error}`);
    const want = expected.get(name);
    const got = fromVectorJson(result.wamp?.[0]);
    if (result.wamp?.length !== 1 || !wampEqual(got, want)) {
      throw new Error(`${name} [${id}]: Autobahn read ${JSON.stringify(result.wamp)}, expected ${JSON.stringify(toVectorJson(want))}`);
    }
  });
});
