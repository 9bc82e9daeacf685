/**
 * Versions of the libraries the peers' serializers wrap, read from the copies actually loaded.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The version of package `name` as resolved from `fromFile`, or `?` when it cannot be found. */
function versionOf(name: string, fromFile: string): string {
  try {
    // Walk up from the resolved entry: `<name>/package.json` is not always in an exports map.
    for (let dir = dirname(require.resolve(name, { paths: [dirname(fromFile)] })); dir !== dirname(dir); dir = dirname(dir)) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name) return pkg.version ?? '?';
      } catch {
        // no package.json at this level
      }
    }
  } catch {
    // not resolvable from there
  }
  return '?';
}

/** Package → version for Autobahn|JS, wampy and the codecs each of them loads. */
export function peerVersions(): Record<string, string> {
  const autobahn = require.resolve('autobahn');
  const wampy = require.resolve('wampy');
  return {
    autobahn: versionOf('autobahn', import.meta.filename),
    'autobahn → msgpack5': versionOf('msgpack5', autobahn),
    'autobahn → cbor': versionOf('cbor', autobahn),
    wampy: versionOf('wampy', import.meta.filename),
    'wampy → msgpackr': versionOf('msgpackr', wampy),
    'wampy → cbor-x': versionOf('cbor-x', wampy),
  };
}
