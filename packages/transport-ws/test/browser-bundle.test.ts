/** The browser build never pulls in `ws` or any `node:` module: bundle it as a browser app would. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';

const pkg = join(__dirname, '..');

beforeAll(() => {
  execFileSync('pnpm', ['run', 'build'], { cwd: pkg, stdio: 'ignore' });
}, 120_000);

it('bundles for the browser without ws or node: modules', async () => {
  const result = await build({
    stdin: { contents: "import { webSocket } from '@wamp/transport-ws'; console.log(webSocket);", resolveDir: pkg, loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.filter((p) => p.endsWith('dist/index.browser.js'))).toHaveLength(1);
  expect(inputs.filter((p) => /node_modules\/(\.pnpm\/)?ws[@/]/.test(p))).toEqual([]);
  expect(result.outputFiles[0]!.text).not.toMatch(/from\s*["']node:|require\(["'](node:|ws["'])/);
});
