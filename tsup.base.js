// Shared tsup options: ESM + CJS + .d.ts/.d.cts for every package entry.
export function packageBuild(entry) {
  return {
    entry,
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { paths: {} } },
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    outDir: 'dist',
    tsconfig: 'tsconfig.json',
  };
}
