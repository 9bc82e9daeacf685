// Scaffolds packages/<name> with the house package layout (run once per package).
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const [name, tag, description, ...subpaths] = process.argv.slice(2);
const dir = join('packages', name);
if (existsSync(join(dir, 'package.json'))) throw new Error(`${dir} exists`);
mkdirSync(join(dir, 'src'), { recursive: true });
mkdirSync(join(dir, 'test'), { recursive: true });
const entries = { index: 'src/index.ts' };
const exportsMap = {};
const entry = (sub, file) => ({
  import: { types: `./dist/${file}.d.ts`, default: `./dist/${file}.js` },
  require: { types: `./dist/${file}.d.cts`, default: `./dist/${file}.cjs` },
});
exportsMap['.'] = entry('.', 'index');
for (const sub of subpaths) {
  entries[sub] = `src/${sub}.ts`;
  exportsMap[`./${sub}`] = entry(sub, sub);
}
exportsMap['./package.json'] = './package.json';
const pkg = {
  name: `@wamp/${name}`,
  version: '0.0.0',
  description,
  license: 'MIT',
  type: 'module',
  sideEffects: false,
  files: ['dist'],
  engines: { node: '>=20' },
  main: './dist/index.cjs',
  module: './dist/index.js',
  types: './dist/index.d.ts',
  exports: exportsMap,
  ...(subpaths.length
    ? { typesVersions: { '*': Object.fromEntries(subpaths.map((s) => [s, [`./dist/${s}.d.ts`]])) } }
    : {}),
  scripts: {
    build: 'tsup',
    typecheck: 'tsc -p tsconfig.json --noEmit',
    lint: 'eslint src test',
    test: 'jest --json --outputFile=.jest-report.json',
    'package-check': 'bash ../../tools/scripts/package-check.sh',
  },
  dependencies: { '@wamp/interfaces': 'workspace:^' },
  nx: { tags: [tag] },
};
writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { types: ['jest', 'node'] }, include: ['src', 'test'] }, null, 2) + '\n');
writeFileSync(join(dir, 'tsup.config.js'), `import { packageBuild } from '../../tsup.base.js';\n\nexport default packageBuild(${JSON.stringify(entries)});\n`);
writeFileSync(join(dir, 'jest.config.cjs'), `module.exports = { ...require('../../jest.preset.cjs'), rootDir: __dirname };\n`);
