/**
 * `loadRouterConfig`: the subset of Crossbar.io's `config.json` (version 2) this router implements,
 * validated on load.
 *
 * @module
 */
import { isUri } from '@wamp/message';
import type { Reader } from './config-schema.js';
import { ConfigProblems, anyDict, boolean, byType, list, object, oneOf, optional, required, string } from './config-schema.js';
import { readTransport } from './config-transport.js';
import type { RouterConfig, TransportConfig } from './config-types.js';
import type { PermissionOptions, RealmOptions, RoleOptions } from './router-options.js';

/** Options of {@link loadRouterConfig}. */
export interface LoadRouterConfigOptions {
  /** Environment variables for `${NAME}` tickets and secrets and `$NAME` ports. @default `process.env` where it exists */
  env?: Readonly<Record<string, string | undefined>> | undefined;
}

const allow = object({ call: optional(boolean), register: optional(boolean), publish: optional(boolean), subscribe: optional(boolean) });
const disclose = object({ caller: optional(boolean), publisher: optional(boolean) });

// Permission URIs may be patterns: empty components (wildcards) and Crossbar.io's stars.
const permissionUri = string((s) => (isUri(s, { match: 'wildcard' }) ? undefined : 'must be a URI, prefix or pattern (components without whitespace, "." or "#")'));

const permission: Reader<PermissionOptions> = (value, path, problems) => {
  const p = object(
    { uri: required(permissionUri), match: optional(oneOf(['exact', 'prefix', 'wildcard'] as const)), allow: optional(allow), disclose: optional(disclose) },
    { ignored: ['cache'], unsupported: ['validate'] },
  )(value, path, problems);
  if (p?.uri === undefined) return undefined;
  return { uri: p.uri, match: p.match, allow: p.allow, disclose: p.disclose };
};

const role: Reader<RoleOptions> = (value, path, problems) => {
  const r = object({ name: required(string()), permissions: optional(list(permission)) }, { unsupported: ['authorizer'] })(value, path, problems);
  return r?.name === undefined ? undefined : { name: r.name, permissions: r.permissions ?? [] };
};

const realmName = string((s) => (isUri(s) ? undefined : 'must be a WAMP URI'));
const realmOptions = object({ uri_check: optional(oneOf(['strict', 'loose'] as const)) }, { ignored: ['enable_meta_api', 'bridge_meta_api', 'event_dispatching_chunk_size'] });

// A realm without roles allows nothing in Crossbar.io; it stays that way here (roles: []).
const realm: Reader<RealmOptions> = (value, path, problems) => {
  const r = object({ name: required(realmName), roles: optional(list(role)), options: optional(realmOptions) }, { unsupported: ['store'] })(value, path, problems);
  return r?.name === undefined ? undefined : { name: r.name, roles: r.roles ?? [], uriCheck: r.options?.uri_check };
};

// Router components are Python classes in Crossbar.io: an empty list is fine, anything in it is not.
const noComponents: Reader<unknown[]> = (value, path, problems) => {
  const items = list(anyDict)(value, path, problems);
  if (items !== undefined && items.length > 0) problems.add(path, 'router components are not supported by @wamp/router (start your components as clients)');
  return items;
};

const routerWorker = object(
  {
    type: required(string()),
    realms: optional(list(realm)),
    transports: optional(list(readTransport)),
    components: optional(noComponents),
  },
  { ignored: ['id', 'options'], unsupported: ['manhole', 'connections'] },
);

const worker = byType('worker', { router: routerWorker }, ['container', 'guest', 'proxy', 'websocket-testee', 'xbrmm', 'hostmonitor', 'marketplace']);

const anyValue: Reader<unknown> = (value) => value;

const version: Reader<2> = (value, path, problems) => {
  if (value === 2) return 2;
  problems.add(path, `must be 2 (Crossbar.io configuration version 2; upgrade older files with \`crossbar upgrade\`), got ${JSON.stringify(value)}`);
  return undefined;
};

const top = object({ version: required(version), workers: required(list(anyValue)), controller: optional(anyDict), $schema: optional(string()) });

function defaultEnv(): Readonly<Record<string, string | undefined>> {
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
}

/**
 * Validates a Crossbar.io node configuration (the parsed `config.json`, version 2) and returns the
 * part this router runs: the realms (roles, permissions, URI check) and transports (WebSocket,
 * RawSocket, a web transport's WebSocket path; TCP with optional TLS, or Unix endpoints; static
 * anonymous, ticket and WAMP-CRA authentication, cryptosign principals for a plugged-in method)
 * of its one router worker.
 *
 * @throws {TypeError} listing every problem, each naming its key path, e.g.
 * `workers[0].realms[0].roles[1].permissions[0].allow.cal: unknown key`. Unknown keys are errors;
 * Crossbar.io keys this router does not implement say "not supported by @wamp/router"; a few
 * harmless ones (`$schema`, `controller`, worker `id` and `options`, permission `cache`,
 * transport `id` and `debug`, endpoint `backlog` and `shared`) are accepted without effect.
 *
 * @example
 * ```ts
 * const config = loadRouterConfig(JSON.parse(readFileSync('.crossbar/config.json', 'utf8')));
 * ```
 */
export function loadRouterConfig(value: unknown, options?: LoadRouterConfigOptions): RouterConfig {
  const problems = new ConfigProblems(options?.env ?? defaultEnv());
  const config = top(value, '', problems);
  const routers: { index: number; worker: NonNullable<ReturnType<typeof routerWorker>> }[] = [];
  config?.workers?.forEach((w, index) => {
    const read = worker(w, `workers[${index}]`, problems);
    if (read !== undefined) routers.push({ index, worker: read });
  });
  if (config?.workers !== undefined && routers.length === 0 && problems.list.length === 0) problems.add('workers', 'a worker of type "router" is required');
  for (const extra of routers.slice(1)) problems.add(`workers[${extra.index}]`, 'only one router worker is supported');
  const first = routers[0];
  const realms = first?.worker.realms ?? [];
  const transports: TransportConfig[] = first?.worker.transports ?? [];
  const names = new Set<string>();
  realms.forEach((r, i) => {
    if (names.has(r.name)) problems.add(`workers[${first?.index ?? 0}].realms[${i}].name`, `realm ${r.name} is configured twice`);
    names.add(r.name);
  });
  if (problems.list.length > 0) {
    throw new TypeError(`invalid router configuration:\n  ${problems.list.join('\n  ')}`);
  }
  return { realms, transports };
}
