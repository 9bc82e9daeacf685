import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('@wamp/router sources', () => {
  it('import no concrete transport or serializer (the caller composes them; DESIGN §1)', () => {
    const offenders = files(SRC).filter((f) => /@wamp\/(transport-ws|transport-rawsocket|serializers)|transport-rawsocket/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('import only @wamp/interfaces, @wamp/message and (browser-safe) @wamp/cryptosign among packages, and nothing from node:', () => {
    const imports = files(SRC).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/^(?:import|export)[^'\n]*from '([^.][^']*)'/gm)].map((m) => m[1]));
    expect([...new Set(imports)].sort()).toEqual(['@wamp/cryptosign', '@wamp/interfaces', '@wamp/message']);
  });
});
