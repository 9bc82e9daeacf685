/**
 * `wamp router`: run the embedded router until SIGINT/SIGTERM.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ISerializer } from '@wamp/interfaces';
import type { RoleOptions } from '@wamp/router';
import { Router, loadRouterConfig } from '@wamp/router';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { listenRawSocket } from '@wamp/transport-rawsocket';
import { listenWebSocket } from '@wamp/transport-ws/server';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';

const serializers = (): ISerializer[] => [new JsonSerializer(), new MsgPackSerializer(), new CborSerializer()];

/** The default realm's one role: anonymous sessions may call, register, publish and subscribe anything. */
const ANONYMOUS_FULL_ACCESS: RoleOptions = {
  name: 'anonymous',
  permissions: [{ uri: '', match: 'prefix', allow: { call: true, register: true, publish: true, subscribe: true } }],
};

/** `HOST:PORT` (IPv6 as `[::1]:8080`). @throws {UsageError} otherwise. */
function hostPort(text: string, flag: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(text);
  const port = Number(match?.[3]);
  if (match === null || port > 65535) throw new UsageError(`${flag} takes HOST:PORT, got ${JSON.stringify(text)}`);
  return { host: (match[1] ?? match[2]) as string, port };
}

/** Runs `wamp router` until `io.signal` aborts, then closes the router; resolves with exit code 0. @throws {UsageError} for a bad command line; a listen or config error otherwise. */
export async function routerCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { config: { type: 'string' }, realm: { type: 'string' }, ws: { type: 'string' }, rawsocket: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UsageError(`wamp router takes no arguments, got ${positionals.join(' ')}`);
  const log = (level: string, message: string, error?: unknown): void => io.err(`${level}: ${message}${error === undefined ? '' : ` (${String(error)})`}`);

  let router: Router;
  if (values.config !== undefined) {
    if (values.realm !== undefined || values.ws !== undefined || values.rawsocket !== undefined) {
      throw new UsageError('--config describes realms and transports itself: leave out --realm, --ws and --rawsocket');
    }
    const file = resolve(values.config);
    const config = loadRouterConfig(JSON.parse(readFileSync(file, 'utf8')) as unknown);
    const [json, msgpack, cbor] = serializers();
    router = await Router.fromConfig(config, {
      listeners: { websocket: listenWebSocket, rawsocket: listenRawSocket },
      serializers: { json: json!, msgpack: msgpack!, cbor: cbor! },
      readFile: (path) => readFile(resolve(dirname(file), path), 'utf8'),
      log,
    });
  } else {
    const realm = values.realm ?? 'realm1';
    router = new Router({ realms: [{ name: realm, roles: [ANONYMOUS_FULL_ACCESS] }], auth: { anonymous: true }, log });
    try {
      const ws = hostPort(values.ws ?? '127.0.0.1:8080', '--ws');
      await router.listen(listenWebSocket, { ...ws, path: '/ws', serializers: serializers() });
      const rs = values.rawsocket ?? '127.0.0.1:8081';
      if (rs.startsWith('unix:')) await router.listen(listenRawSocket, { path: rs.slice('unix:'.length), serializers: serializers() });
      else await router.listen(listenRawSocket, { ...hostPort(rs, '--rawsocket'), serializers: serializers() });
    } catch (error) {
      await router.close({ timeout: 0 });
      throw error;
    }
    io.err(`realm ${realm}, anonymous access`);
  }
  // The router itself logs `info: listening on URL` for each listener (through `log`).
  if (!io.signal.aborted) await new Promise<void>((done) => io.signal.addEventListener('abort', () => done(), { once: true }));
  io.err('stopping');
  await router.close({ timeout: 2000 });
  return 0;
}
