/**
 * Our FlatBuffers bytes, decoded by Autobahn|Python 22.7.1 (Debian python3-autobahn), which
 * reads only PUBLISH and EVENT from FlatBuffers: the vectors re-encoded by us, and random
 * PUBLISH/EVENT messages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { IMessage } from '@wamp/interfaces';
import { parseMessage } from '@wamp/message';
import { bytesToBase64, fromVectorJson, loadVectors, toVectorJson, wampEqual } from '@wamp/test-vectors';
import { FlatBuffersSerializer } from '../src/flatbuffers.js';
import { carriedMessage } from './flatbuffers-arbitraries.js';

const PYTHON = '/usr/bin/python3';

function autobahnAvailable(): boolean {
  const ok = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'from autobahn.wamp.serializer import FlatBuffersSerializer'], { encoding: 'utf8' }).status === 0;
  if (!ok && (process.env['CI'] === 'true' || process.env['WAMP_VECTORS_REQUIRED'] === '1')) {
    throw new Error('Autobahn|Python with FlatBuffers is required here: apt-get install python3-autobahn python3-flatbuffers');
  }
  if (!ok) console.warn('Autobahn|Python FlatBuffersSerializer not found for /usr/bin/python3: cross-check skipped');
  return ok;
}

/**
 * Autobahn reads FlatBuffers lossily: options equal to the schema default (`acknowledge: false`,
 * `exclude_me: true`), empty lists and empty strings come back absent, EVENT always reports
 * `retained`, its `acknowledge` is marshalled as `x_acknowledged_delivery`, and keyword-only
 * arguments come back with `Arguments` null. Both sides are compared in this normal form.
 */
function normal(wamp: unknown[]): unknown[] {
  const out = [...wamp];
  const at = out[0] === 16 ? 2 : 3;
  const dict: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(out[at] as Record<string, unknown>)) {
    const isDefault = value === false || value === '' || (Array.isArray(value) && value.length === 0) || (key === 'exclude_me' && value === true);
    if (!isDefault) dict[key === 'x_acknowledged_delivery' ? 'acknowledge' : key] = value;
  }
  out[at] = dict;
  if (out[4] === null || (Array.isArray(out[4]) && out[4].length === 0)) out[4] = [];
  return out;
}

// Autobahn 22.7.1 cannot read a passthru payload from FlatBuffers (TypeError, see flatbuffers.json).
function plain(message: IMessage): boolean {
  const wamp = message.marshal();
  return (wamp[0] === 16 || wamp[0] === 36) && !('enc_algo' in (wamp[wamp[0] === 16 ? 2 : 3] as object));
}

describe('Autobahn|Python decodes our FlatBuffers bytes', () => {
  const vectors = loadVectors<{ vectors: { name: string; wamp: unknown[] }[] }>('serialization/flatbuffers.json')?.vectors ?? [];
  const available = vectors.length > 0 && autobahnAvailable();
  const ser = new FlatBuffersSerializer();
  const cases: [string, unknown[]][] = [
    ...vectors.map((v) => [v.name, fromVectorJson(v.wamp) as unknown[]] as [string, unknown[]]),
    ...fc
      .sample(carriedMessage().filter(plain), { numRuns: 300, seed: 42 })
      .map((m, i) => [`random PUBLISH/EVENT #${i}`, m.marshal()] as [string, unknown[]]),
  ];
  let results = new Map<string, { wamp?: unknown[]; error?: string }>();

  beforeAll(() => {
    if (!available) return;
    const items = cases.map(([name, wamp]) => {
      const [bytes, isBinary] = ser.serialize(parseMessage(wamp));
      return { name, id: 'flatbuffers', base64: bytesToBase64(bytes), is_binary: isBinary };
    });
    const run = spawnSync(PYTHON, [join(__dirname, 'autobahn_decode.py')], { input: JSON.stringify(items), encoding: 'utf8', maxBuffer: 64 << 20 });
    if (run.status !== 0) throw new Error(`autobahn_decode.py failed: ${run.stderr}`);
    results = new Map((JSON.parse(run.stdout) as { name: string; wamp?: unknown[]; error?: string }[]).map((r) => [r.name, r]));
  }, 60_000);

  (available ? it.each(cases) : it.skip.each(cases))('%s', (name, wamp) => {
    const result = results.get(name);
    if (result === undefined) throw new Error(`${name}: no answer from Autobahn`);
    if (result.error) throw new Error(`${name}: Autobahn refused our bytes: ${result.error}`);
    const got = fromVectorJson(result.wamp?.[0]);
    if (result.wamp?.length !== 1 || !wampEqual(normal(got as unknown[]), normal(wamp))) {
      throw new Error(`${name}: Autobahn read ${JSON.stringify(result.wamp)}, we sent ${JSON.stringify(toVectorJson(wamp))}`);
    }
  });
});
