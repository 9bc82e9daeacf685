/** Bundles the browser pages with esbuild, as a browser app would (platform browser, minified). */
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { build } from 'esbuild';

export const PAGES = ['json-client', 'full-client'] as const;
export type PageName = (typeof PAGES)[number] | 'wampy-client' | 'autobahn-client';

export interface Bundle {
  code: Uint8Array;
  metafile: Metafile;
}

const NODE_BUILTINS = ['fs', 'path', 'os', 'crypto', 'util', 'url', 'net', 'tls', 'http', 'https', 'zlib', 'stream', 'events', 'buffer', 'assert', 'string_decoder', 'process', 'ws'];

/** The minified ESM bundle of `pages/<name>.ts`. */
export async function bundle(name: PageName): Promise<Bundle> {
  const result = await build({
    entryPoints: [join(__dirname, '..', 'pages', `${name}.${name.endsWith('-client') && !PAGES.includes(name as never) ? 'js' : 'ts'}`)],
    bundle: true,
    minify: true,
    write: false,
    platform: 'browser',
    conditions: ['browser'],
    format: 'esm',
    target: 'es2022',
    metafile: true,
    // Resolve @wamp/* through their package.json exports (dist), as an app would, not through
    // the monorepo's tsconfig paths.
    tsconfigRaw: '{}',
    // Autobahn|JS reaches for Node modules behind runtime checks; a browser build leaves them out.
    external: name === 'autobahn-client' ? NODE_BUILTINS : [],
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]!.contents, metafile: result.metafile };
}

/** The npm packages (and node: modules) a bundle contains. */
export function packagesIn(metafile: Metafile): string[] {
  const names = new Set<string>();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(input);
    if (match !== null) names.add(match[1]!);
    if (input.startsWith('node:') || input.startsWith('(disabled):')) names.add(input);
  }
  return [...names].sort();
}
