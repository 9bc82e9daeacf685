/**
 * Per-package installs are the point of the design (DESIGN.md §1): pack the built packages as
 * `pnpm pack` does for publishing, install the tarballs with plain npm into an empty project, and
 * use them from ESM and CommonJS there — outside the workspace, with no path mapping to help.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const packages = ['interfaces', 'message', 'serializers', 'cryptobox'];

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('packed tarballs installed with npm', () => {
  let project: string;

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'wamp-pack-'));
    const tarballs = join(project, 'tarballs');
    for (const name of packages) {
      run('pnpm', ['pack', '--pack-destination', tarballs], join(root, 'packages', name));
    }
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
    const files = readdirSync(tarballs).map((f) => join(tarballs, f));
    expect(files).toHaveLength(packages.length);
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...files], project);
  });

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  const CLASSES = { json: 'JsonSerializer', cbor: 'CborSerializer', flatbuffers: 'FlatBuffersSerializer' } as const;
  const script = (kind: 'esm' | 'cjs', sub: keyof typeof CLASSES): string => {
    const cls = CLASSES[sub];
    const head =
      kind === 'esm'
        ? `import { ${cls} } from '@wamp/serializers/${sub}';\nimport { Call } from '@wamp/message';\nimport { isProtocolError } from '@wamp/interfaces';\n`
        : `const { ${cls} } = require('@wamp/serializers/${sub}');\nconst { Call } = require('@wamp/message');\nconst { isProtocolError } = require('@wamp/interfaces');\n`;
    return (
      head +
      `const s = new ${cls}();
const call = new Call({ request: 1, options: {}, procedure: 'com.example.add2', args: [2, 3] });
const [bytes, isBinary] = s.serialize(call);
const [back] = s.unserialize(bytes, isBinary);
let refused = false;
try { s.unserialize(new Uint8Array([0xff, 0x00, 0x01]), isBinary); } catch (e) { refused = isProtocolError(e); }
console.log(JSON.stringify({ wamp: back.marshal(), refused }));
`
    );
  };

  it.each([
    ['esm', 'json'],
    ['esm', 'cbor'],
    ['cjs', 'json'],
    ['cjs', 'cbor'],
    ['esm', 'flatbuffers'],
    ['cjs', 'flatbuffers'],
  ] as const)('imports @wamp/serializers/%s… from %s and round-trips a CALL', (kind, sub) => {
    const file = join(project, `use-${sub}.${kind === 'esm' ? 'mjs' : 'cjs'}`);
    writeFileSync(file, script(kind, sub));
    const out = JSON.parse(run('node', [file], project));
    expect(out).toEqual({ wamp: [48, 1, {}, 'com.example.add2', [2, 3]], refused: true });
  });

  it('loads @wamp/serializers/json without cbor-x, @msgpack/msgpack or flatbuffers installed', () => {
    rmSync(join(project, 'node_modules', 'cbor-x'), { recursive: true, force: true });
    rmSync(join(project, 'node_modules', 'flatbuffers'), { recursive: true, force: true });
    rmSync(join(project, 'node_modules', '@msgpack'), { recursive: true, force: true });
    for (const kind of ['esm', 'cjs'] as const) {
      const file = join(project, `json-only.${kind === 'esm' ? 'mjs' : 'cjs'}`);
      writeFileSync(file, script(kind, 'json'));
      expect(JSON.parse(run('node', [file], project)).refused).toBe(true);
    }
  });

  it.each(['esm', 'cjs'] as const)('boxes and opens a payload with @wamp/cryptobox from %s (its @noble dependencies load there too)', (kind) => {
    const head =
      kind === 'esm'
        ? `import { KeyRing, generateKeyPair } from '@wamp/cryptobox';\n`
        : `const { KeyRing, generateKeyPair } = require('@wamp/cryptobox');\n`;
    const body = `const ring = new KeyRing({ defaultKey: generateKeyPair().privateKey });
(async () => {
  const encoded = await ring.encode(true, 'com.example.x', [1, 'two'], { k: true });
  const decoded = await ring.decode(false, 'com.example.x', encoded);
  console.log(JSON.stringify({ algo: encoded.encAlgo, decoded }));
})();
`;
    const file = join(project, `cryptobox.${kind === 'esm' ? 'mjs' : 'cjs'}`);
    writeFileSync(file, head + body);
    expect(JSON.parse(run('node', [file], project))).toEqual({ algo: 'cryptobox', decoded: { uri: 'com.example.x', args: [1, 'two'], kwargs: { k: true } } });
  });
});
