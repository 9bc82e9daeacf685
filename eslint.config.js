// Lint rules that keep DESIGN.md §1 and STYLE.md part 2 true.
import nx from '@nx/eslint-plugin';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

const scopes = {
  'scope:interfaces': [],
  'scope:message': ['scope:interfaces'],
  'scope:serializers': ['scope:interfaces', 'scope:message'],
  'scope:transport': ['scope:interfaces', 'scope:message'],
  'scope:crypto': ['scope:interfaces', 'scope:crypto'],
  'scope:session': ['scope:interfaces', 'scope:message'],
  'scope:router': ['scope:interfaces', 'scope:message', 'scope:crypto'],
  'scope:compliance': ['scope:interfaces', 'scope:message'],
  'scope:cli': ['*'],
  'scope:tools': ['*'],
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/*.cjs', '**/*.js', '**/generated/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx, 'import-x': importX },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    // Resolves './x.js' to './x.ts' (and @wamp/* through tsconfig paths) so no-cycle sees every edge.
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.base.json' })], 'import-x/extensions': ['.ts', '.js'] },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: Object.entries(scopes).map(([sourceTag, deps]) => ({
            sourceTag,
            onlyDependOnLibsWithTags: deps,
          })),
        },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-default-export': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'Name every re-export (STYLE.md: no export *).' },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests may use any sibling package (a serializer's tests run the compliance suite, a transport's
    // tests use real serializers); the dependency direction is enforced on src/.
    files: ['**/test/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
