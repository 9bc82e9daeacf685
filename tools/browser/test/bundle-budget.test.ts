/**
 * The bundle budget: minified + gzipped size of each page's bundle against bundle-budget.json,
 * tree shaking (the JSON-only page carries no other serializer, no crypto, no ws), and the same
 * measurement for wampy and Autobahn|JS doing the same thing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { PageName } from './pages.js';
import { bundle, packagesIn } from './pages.js';

const BUDGET = JSON.parse(readFileSync(join(__dirname, '..', 'bundle-budget.json'), 'utf8')) as Record<string, { budget: number; target?: number }>;

async function measure(name: PageName): Promise<{ min: number; gzip: number; packages: string[]; inputs: string[] }> {
  const { code, metafile } = await bundle(name);
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, packages: packagesIn(metafile), inputs: Object.keys(metafile.inputs) };
}

describe('bundle budget', () => {
  const sizes: Record<string, number> = {};

  afterAll(() => {
    console.log(
      `min+gzip bytes: ${Object.entries(sizes)
        .map(([name, gzip]) => `${name} ${gzip}`)
        .join(', ')}`,
    );
  });

  it('the JSON-only client stays within its budget and carries nothing it does not use', async () => {
    const json = await measure('json-client');
    sizes['json-client'] = json.gzip;
    expect(json.gzip).toBeLessThanOrEqual(BUDGET['json-client']!.budget);
    // No third-party code at all: no cbor-x, @msgpack/msgpack, flatbuffers, @noble, ethers or ws.
    expect(json.packages).toEqual([]);
    expect(json.inputs.filter((i) => /msgpack|cbor|flatbuffers|cryptosign|node-socket/.test(i))).toEqual([]);
  }, 60_000);

  it('the full client stays within its budget and carries no Node module', async () => {
    const full = await measure('full-client');
    sizes['full-client'] = full.gzip;
    expect(full.gzip).toBeLessThanOrEqual(BUDGET['full-client']!.budget);
    expect(full.packages).toEqual(['@noble/ed25519', 'cbor-x', 'flatbuffers']);
  }, 60_000);

  it('measures wampy and Autobahn|JS doing what the JSON-only client does, the same way', async () => {
    const wampy = await measure('wampy-client');
    const autobahn = await measure('autobahn-client');
    sizes['wampy (same page)'] = wampy.gzip;
    sizes['Autobahn|JS (same page, Node built-ins left out)'] = autobahn.gzip;
    expect(wampy.packages).toContain('wampy');
    expect(autobahn.packages).toContain('autobahn');
  }, 60_000);
});
