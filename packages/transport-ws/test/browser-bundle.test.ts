/**
 * The browser build never pulls in `ws` or any Node module: bundle the built package as a
 * browser app would (esbuild, platform browser, the `browser` condition), by every way in.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const pkg = join(__dirname, '..');
// RFC 6455's handshake GUID: any WebSocket implementation (ws included) carries it; the
// platform WebSocket does the handshake itself, so a browser bundle must not.
const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

beforeAll(() => {
  execFileSync('pnpm', ['run', 'build'], { cwd: pkg, stdio: 'ignore' });
}, 120_000);

it('ships a Node build that does use ws, so the checks below can tell the builds apart', () => {
  const nodeBuild = readFileSync(join(pkg, 'dist/index.js'), 'utf8');
  expect(nodeBuild).toMatch(/from ["']ws["']/);
});

it.each([
  ['dist/index.js through the browser field', "import { webSocket } from './dist/index.js'; console.log(webSocket);"],
  ['dist/index.cjs through the browser field', "const { webSocket } = require('./dist/index.cjs'); console.log(webSocket);"],
  ['the package name through the browser export condition', "import { webSocket } from '@wamp/transport-ws'; console.log(webSocket);"],
])('bundles %s without ws or node: modules', async (_way, contents) => {
  const result = await build({
    stdin: { contents, resolveDir: pkg, loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'browser',
    conditions: ['browser'],
    format: 'esm',
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.filter((p) => /dist\/index\.browser\.c?js$/.test(p))).toHaveLength(1);
  expect(inputs.filter((p) => /dist\/index\.c?js$/.test(p))).toEqual([]);
  expect(inputs.filter((p) => /node_modules\/(\.pnpm\/)?ws[@/]/.test(p))).toEqual([]);
  const text = result.outputFiles[0]!.text;
  expect(text).not.toContain(WS_GUID);
  expect(text).not.toMatch(/["']node:|require\(["'](ws|net|tls|http|https|crypto)["']\)/);
  expect(text).not.toMatch(/WebSocketServer|createServer|handleUpgrade/);
  expect(text).toContain('wamp.2.');
});
