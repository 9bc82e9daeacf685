// Shared jest preset: every package's jest.config.cjs spreads this.
// swc compiles TypeScript to CommonJS for jest (tsc refuses CJS output under
// verbatimModuleSyntax, TS1286); type checking is the `typecheck` target's job.
const path = require('node:path');

const root = __dirname;

module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  transform: {
    '^.+\\.(t|j|mj)s$': [
      require.resolve('@swc/jest'),
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  // ESM-only dependencies are compiled too.
  transformIgnorePatterns: ['/node_modules/(?!(\\.pnpm/)?(@noble|@scure|@msgpack|cbor-x)[+/])'],
  moduleNameMapper: {
    // Relative specifiers end in .js in the sources (NodeNext); jest wants the .ts file.
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // Sibling packages are tested from source, not from their dist.
    '^@wamp/test-vectors$': path.join(root, 'tools/test-vectors/src/index.ts'),
    '^@wamp/test-support$': path.join(root, 'tools/test-support/src/index.ts'),
    '^@wamp/([a-z-]+)$': path.join(root, 'packages/$1/src/index.ts'),
    '^@wamp/([a-z-]+)/([a-z-]+)$': path.join(root, 'packages/$1/src/$2.ts'),
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
};
