import type { ISerializer, ITransportListener, TransportHandlerFactory } from '@wamp/interfaces';
import { JsonSerializer } from '@wamp/serializers/json';
import { CborSerializer } from '@wamp/serializers/cbor';
import { Router, loadRouterConfig } from '../src/index.js';
import type { RawSocketListenOptions, RouterConfig, WebSocketListenOptions } from '../src/index.js';
import { ServerEnd, TestClient } from './support/loopback.js';

/** A Crossbar.io node configuration as users write them (keys from Crossbar.io's docs and examples). */
function crossbarConfig(): Record<string, any> {
  return {
    $schema: 'https://raw.githubusercontent.com/crossbario/crossbar/master/crossbar.json',
    version: 2,
    controller: {},
    workers: [
      {
        type: 'router',
        id: 'router1',
        options: { pythonpath: ['..'] },
        realms: [
          {
            name: 'realm1',
            options: { uri_check: 'strict', enable_meta_api: true },
            roles: [
              {
                name: 'anonymous',
                permissions: [{ uri: '', match: 'prefix', allow: { call: true, register: true, publish: true, subscribe: true }, disclose: { caller: false, publisher: false }, cache: true }],
              },
              {
                name: 'frontend',
                permissions: [
                  { uri: 'com.example.add2', match: 'exact', allow: { call: true, register: false, publish: false, subscribe: false } },
                  { uri: 'com.example.*', allow: { publish: true } },
                ],
              },
              { name: 'backend', permissions: [{ uri: '*', allow: { call: true, register: true, publish: true, subscribe: true } }] },
            ],
          },
          { name: 'realm2' },
        ],
        transports: [
          {
            type: 'rawsocket',
            endpoint: { type: 'unix', path: 'crossbar.sock', backlog: 1024 },
            options: { max_message_size: 1048576 },
            serializers: ['cbor'],
            auth: { anonymous: { type: 'static', realm: 'realm1', role: 'backend' } },
          },
          {
            type: 'web',
            endpoint: { type: 'tcp', port: 8080, interface: '127.0.0.1' },
            paths: {
              ws: {
                type: 'websocket',
                serializers: ['json', 'cbor'],
                auth: {
                  wampcra: {
                    type: 'static',
                    users: {
                      client1: { secret: '${MYSECRET}', role: 'frontend' },
                      client2: { secret: '${MYSECRET}', role: 'frontend', salt: 'salt123', iterations: 100, keylen: 16 },
                    },
                  },
                },
              },
            },
          },
          {
            type: 'websocket',
            id: 'secure',
            endpoint: { type: 'tcp', port: '$WSS_PORT', version: 6, tls: { key: 'server.key', certificate: 'server.crt', chain_certificates: ['intermediate.crt'] } },
            url: 'wss://example.com/wamp',
            options: { auto_ping_interval: 10000, auto_ping_timeout: 5000, max_message_size: 65536, compression: { deflate: {} }, enable_webstatus: false },
            auth: { ticket: { type: 'static', principals: { joe: { ticket: 'secret!!!', role: 'frontend' }, kim: { ticket: '${KIM_TICKET}' } }, 'default-role': 'backend' } },
          },
          { type: 'rawsocket', endpoint: { type: 'tcp', port: 8081 }, auth: { anonymous: { type: 'static' }, cryptosign: { type: 'static', principals: { alice: { authorized_keys: ['a'.repeat(64)], role: 'backend' } } } } },
        ],
        components: [],
      },
    ],
  };
}

const env = { MYSECRET: 'secret123', WSS_PORT: '8443', KIM_TICKET: 'kims-ticket' };

function problemsOf(value: unknown, options: { env: Record<string, string> } = { env }): string[] {
  try {
    loadRouterConfig(value, options);
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    return (error as Error).message.split('\n').slice(1).map((l) => l.trim());
  }
  throw new Error('the configuration was accepted');
}

function edit(change: (c: Record<string, any>) => void): Record<string, any> {
  const c = crossbarConfig();
  change(c);
  return c;
}

describe('loadRouterConfig', () => {
  it('loads a Crossbar.io-style file into realms and transports', () => {
    const config = loadRouterConfig(crossbarConfig(), { env });
    expect(config.realms).toEqual([
      {
        name: 'realm1',
        uriCheck: 'strict',
        roles: [
          { name: 'anonymous', permissions: [{ uri: '', match: 'prefix', allow: { call: true, register: true, publish: true, subscribe: true }, disclose: { caller: false, publisher: false } }] },
          {
            name: 'frontend',
            permissions: [
              { uri: 'com.example.add2', match: 'exact', allow: { call: true, register: false, publish: false, subscribe: false }, disclose: undefined },
              { uri: 'com.example.*', match: undefined, allow: { publish: true }, disclose: undefined },
            ],
          },
          { name: 'backend', permissions: [{ uri: '*', match: undefined, allow: { call: true, register: true, publish: true, subscribe: true }, disclose: undefined }] },
        ],
      },
      // Crossbar.io allows nothing on a realm without roles; so does this router.
      { name: 'realm2', roles: [], uriCheck: undefined },
    ]);
    const [unix, web, wss, raw] = config.transports;
    expect(unix).toEqual({
      kind: 'rawsocket',
      where: 'workers[0].transports[0]',
      endpoint: { kind: 'unix', path: 'crossbar.sock' },
      serializers: ['cbor'],
      auth: { anonymous: { role: 'backend', realm: 'realm1' } },
      maxMessageSize: 1048576,
    });
    expect(web).toMatchObject({ kind: 'websocket', where: 'workers[0].transports[1].paths.ws', path: '/ws', serializers: ['json', 'cbor'], endpoint: { kind: 'tcp', host: '127.0.0.1', port: 8080, tls: undefined } });
    expect(web!.auth!.wampcra!.users).toEqual({
      client1: { secret: 'secret123', role: 'frontend', realm: undefined, salt: undefined, iterations: undefined, keylen: undefined },
      client2: { secret: 'secret123', role: 'frontend', realm: undefined, salt: 'salt123', iterations: 100, keylen: 16 },
    });
    expect(wss).toMatchObject({
      kind: 'websocket',
      path: '/wamp',
      endpoint: { kind: 'tcp', host: '::', port: 8443, tls: { keyFile: 'server.key', certificateFile: 'server.crt', chainFiles: ['intermediate.crt'], caFiles: [], ciphers: undefined } },
      autoPingInterval: 10000,
      autoPingTimeout: 5000,
      maxMessageSize: 65536,
      perMessageDeflate: true,
    });
    expect(wss!.auth!.ticket!.principals).toEqual({ joe: { ticket: 'secret!!!', role: 'frontend', realm: undefined }, kim: { ticket: 'kims-ticket', role: 'backend', realm: undefined } });
    expect(raw).toMatchObject({ kind: 'rawsocket', endpoint: { kind: 'tcp', host: '0.0.0.0', port: 8081 }, serializers: undefined });
    expect(raw!.auth!.cryptosign).toEqual({ principals: { alice: { authorizedKeys: ['a'.repeat(64)], role: 'backend', realm: undefined } } });
  });

  it('names the key path of an unknown key', () => {
    const c = edit((c) => (c.workers[0].realms[0].roles[1].permissions[0].allow = { cal: true }));
    expect(problemsOf(c)).toEqual(['workers[0].realms[0].roles[1].permissions[0].allow.cal: unknown key']);
  });

  it('reports every problem at once, each with its path', () => {
    const c = edit((c) => {
      c.workers[0].realms[0].name = 'bad realm';
      c.workers[0].realms[0].roles[0].permissions[0].match = 'regex';
      c.workers[0].transports[1].endpoint.port = 70000;
      c.workers[0].transports[2].options.allowed_origins = ['*'];
      c.workers[0].transports[3].endpoint.portrange = [1, 2];
      c.workers[0].transports[3].endpoint.colour = 'red';
    });
    expect(problemsOf(c)).toEqual([
      'workers[0].realms[0].name: must be a WAMP URI',
      'workers[0].realms[0].roles[0].permissions[0].match: must be one of "exact", "prefix", "wildcard", got "regex"',
      'workers[0].transports[1].endpoint.port: must be an integer in 0..65535, got 70000',
      'workers[0].transports[2].options.allowed_origins: not supported by @wamp/router',
      'workers[0].transports[3].endpoint.portrange: not supported by @wamp/router',
      'workers[0].transports[3].endpoint.colour: unknown key',
    ]);
  });

  it.each([
    ['a missing version', (c: any) => delete c.version, 'version: required'],
    ['version 1', (c: any) => (c.version = 1), 'version: must be 2 (Crossbar.io configuration version 2; upgrade older files with `crossbar upgrade`), got 1'],
    ['an unknown top-level key', (c: any) => (c.node = {}), 'node: unknown key'],
    ['an IP version other than 4 or 6', (c: any) => (c.workers[0].transports[2].endpoint.version = 5), 'workers[0].transports[2].endpoint.version: must be 4 or 6, got 5'],
    ['a realm without a name', (c: any) => delete c.workers[0].realms[1].name, 'workers[0].realms[1].name: required'],
    ['a dynamic authorizer', (c: any) => (c.workers[0].realms[0].roles[0].authorizer = 'com.example.authorize'), 'workers[0].realms[0].roles[0].authorizer: not supported by @wamp/router'],
    ['permissions that are not a list', (c: any) => (c.workers[0].realms[0].roles[0].permissions = {}), 'workers[0].realms[0].roles[0].permissions: must be a list, got a dict'],
    ['a non-boolean allow', (c: any) => (c.workers[0].realms[0].roles[0].permissions[0].allow.call = 'yes'), 'workers[0].realms[0].roles[0].permissions[0].allow.call: must be true or false, got "yes"'],
    ['an unknown realm option', (c: any) => (c.workers[0].realms[0].options.speed = 1), 'workers[0].realms[0].options.speed: unknown key'],
    ['a universal transport', (c: any) => (c.workers[0].transports[0].type = 'universal'), 'workers[0].transports[0].type: transport type "universal" is not supported by @wamp/router (supported: websocket, rawsocket, web)'],
    ['an unknown transport type', (c: any) => (c.workers[0].transports[0].type = 'pigeon'), 'workers[0].transports[0].type: unknown transport type "pigeon" (supported: websocket, rawsocket, web)'],
    ['a unix endpoint for websocket', (c: any) => (c.workers[0].transports[2].endpoint = { type: 'unix', path: 'x.sock' }), 'workers[0].transports[2].endpoint.type: endpoint type "unix" is not supported by @wamp/router (supported: tcp)'],
    ['a static web path', (c: any) => (c.workers[0].transports[1].paths['/'] = { type: 'static', directory: '../web' }), 'workers[0].transports[1].paths["/"].type: path service type "static" is not supported by @wamp/router (only "websocket")'],
    ['an unknown serializer', (c: any) => (c.workers[0].transports[0].serializers = ['cbor', 'xml']), 'workers[0].transports[0].serializers[1]: must be one of "json", "msgpack", "cbor", "ubjson", "flatbuffers", got "xml"'],
    ['a dynamic authenticator', (c: any) => (c.workers[0].transports[3].auth.anonymous.type = 'dynamic'), 'workers[0].transports[3].auth.anonymous.type: anonymous authentication of type "dynamic" is not supported by @wamp/router (only "static")'],
    ['scram authentication', (c: any) => (c.workers[0].transports[3].auth.scram = { type: 'static' }), 'workers[0].transports[3].auth.scram: not supported by @wamp/router'],
    ['a partly salted secret', (c: any) => delete c.workers[0].transports[1].paths.ws.auth.wampcra.users.client2.keylen, 'workers[0].transports[1].paths.ws.auth.wampcra.users.client2: salt, iterations and keylen must be given together (a salted secret needs all three)'],
    ['a principal without role', (c: any) => delete c.workers[0].transports[1].paths.ws.auth.wampcra.users.client1.role, 'workers[0].transports[1].paths.ws.auth.wampcra.users.client1.role: required (or set default-role for the method)'],
    ['a ticket principal with an unknown key', (c: any) => (c.workers[0].transports[2].auth.ticket.principals.joe.password = 'x'), 'workers[0].transports[2].auth.ticket.principals.joe.password: unknown key'],
    ['a bad cryptosign key', (c: any) => (c.workers[0].transports[3].auth.cryptosign.principals.alice.authorized_keys = ['zz']), 'workers[0].transports[3].auth.cryptosign.principals.alice.authorized_keys[0]: must be an Ed25519 public key as 64 hex characters'],
    ['router components', (c: any) => (c.workers[0].components = [{ type: 'class', classname: 'backend.Backend' }]), 'workers[0].components: router components are not supported by @wamp/router (start your components as clients)'],
    ['a container worker', (c: any) => c.workers.push({ type: 'container' }), 'workers[1].type: worker type "container" is not supported by @wamp/router (supported: router)'],
    ['two router workers', (c: any) => c.workers.push({ type: 'router' }), 'workers[1]: only one router worker is supported'],
    ['a realm configured twice', (c: any) => (c.workers[0].realms[1].name = 'realm1'), 'workers[0].realms[1].name: realm realm1 is configured twice'],
    ['no workers', (c: any) => (c.workers = []), 'workers: a worker of type "router" is required'],
  ])('refuses %s, naming the key', (_what, change, problem) => {
    expect(problemsOf(edit(change))).toContain(problem);
  });

  it('refuses a ${NAME} secret whose environment variable is not set, naming it', () => {
    expect(problemsOf(crossbarConfig(), { env: { WSS_PORT: '1', KIM_TICKET: 'k' } })).toEqual([
      'workers[0].transports[1].paths.ws.auth.wampcra.users.client1.secret: environment variable MYSECRET is not set',
      'workers[0].transports[1].paths.ws.auth.wampcra.users.client2.secret: environment variable MYSECRET is not set',
    ]);
  });

  it('refuses __proto__ as a principal name', () => {
    const c = crossbarConfig();
    c.workers[0].transports[2].auth.ticket.principals = JSON.parse('{"__proto__": {"ticket": "x", "role": "frontend"}}');
    expect(problemsOf(c)).toEqual(['workers[0].transports[2].auth.ticket.principals.__proto__: not allowed as a name']);
  });

  it('refuses what is not a configuration at all', () => {
    expect(problemsOf(null)).toEqual(['(top level): must be a dict, got null']);
    expect(problemsOf([])).toEqual(['(top level): must be a dict, got a list']);
  });
});

interface Started {
  kind: 'websocket' | 'rawsocket';
  options: WebSocketListenOptions | RawSocketListenOptions;
  closed: boolean;
}

function fakeListeners(started: Started[]) {
  const make = (kind: Started['kind']) => async (options: WebSocketListenOptions | RawSocketListenOptions): Promise<ITransportListener> => {
    const entry: Started = { kind, options, closed: false };
    started.push(entry);
    return { address: { kind: 'tcp', url: `${kind}://${options.port ?? options.path}` }, close: async () => void (entry.closed = true) };
  };
  return { websocket: make('websocket'), rawsocket: make('rawsocket') };
}

function open(factory: TransportHandlerFactory): TestClient {
  const serializer = new JsonSerializer();
  const client = new TestClient(serializer);
  const handler = factory();
  client.server = new ServerEnd(client, handler, serializer, 1 << 20, undefined);
  handler.onOpen(client.server);
  return client;
}

describe('Router.fromConfig', () => {
  const json = new JsonSerializer();
  const cbor = new CborSerializer();
  const files: Record<string, string> = { 'server.key': 'KEY', 'server.crt': 'CERT', 'intermediate.crt': 'CHAIN' };
  const readFile = (path: string): string => files[path] ?? (() => { throw new Error(`no file ${path}`); })();

  function config(): RouterConfig {
    const c = loadRouterConfig(crossbarConfig(), { env });
    // The cryptosign transport is tested on its own.
    return { ...c, transports: c.transports.slice(0, 3) };
  }

  it('starts one listener per transport with the options the configuration asks for', async () => {
    const started: Started[] = [];
    const router = await Router.fromConfig(config(), { listeners: fakeListeners(started), serializers: { json, cbor }, readFile, log: () => {} });
    expect(started.map((s) => s.kind)).toEqual(['rawsocket', 'websocket', 'websocket']);
    expect(started[0]!.options).toMatchObject({ path: 'crossbar.sock', serializers: [cbor], maxMessageSize: 1048576 });
    expect(started[1]!.options).toMatchObject({ host: '127.0.0.1', port: 8080, path: '/ws', serializers: [json, cbor], tls: undefined });
    expect(started[2]!.options).toMatchObject({
      host: '::',
      port: 8443,
      path: '/wamp',
      serializers: [json, cbor],
      tls: { key: 'KEY', cert: 'CERT\nCHAIN', ca: undefined },
      autoPingInterval: 10000,
      autoPingTimeout: 5000,
      maxMessageSize: 65536,
      perMessageDeflate: true,
    });
    expect(router.listeners.map((l) => l.address.url)).toEqual(['rawsocket://crossbar.sock', 'websocket://8080', 'websocket://8443']);
    expect(router.realmNames).toEqual(['realm1', 'realm2']);
    await router.close();
    expect(started.every((s) => s.closed)).toBe(true);
  });

  it('gives each listener the authentication of its transport', async () => {
    const started: Started[] = [];
    const router = await Router.fromConfig(config(), { listeners: fakeListeners(started), serializers: { json, cbor }, readFile, log: () => {} });
    // The unix RawSocket: anonymous with role backend.
    const backend = open(started[0]!.options.handlerFactory);
    backend.send([1, 'realm1', { roles: { caller: {} } }]);
    expect((await backend.expect(2))[2]).toMatchObject({ authrole: 'backend', authmethod: 'anonymous' });
    // The secure WebSocket: ticket only.
    const anonymous = open(started[2]!.options.handlerFactory);
    anonymous.send([1, 'realm1', { roles: { caller: {} } }]);
    expect((await anonymous.expect(3))[2]).toBe('wamp.error.no_matching_auth_method');
    const joe = open(started[2]!.options.handlerFactory);
    joe.send([1, 'realm1', { roles: { caller: {} }, authmethods: ['ticket'], authid: 'joe' }]);
    await joe.expect(4);
    joe.send([5, 'secret!!!', {}]);
    expect((await joe.expect(2))[2]).toMatchObject({ authid: 'joe', authrole: 'frontend' });
    // The frontend role may call com.example.add2 but not register it (realm1 permissions).
    joe.send([64, 1, {}, 'com.example.add2']);
    expect((await joe.next())[4]).toBe('wamp.error.not_authorized');
    await router.close({ timeout: 0 });
  });

  it('refuses a serializer the caller did not provide, naming where it is configured', async () => {
    await expect(Router.fromConfig(config(), { listeners: fakeListeners([]), serializers: { json }, readFile })).rejects.toThrow(
      'workers[0].transports[0].serializers[0]: serializer "cbor" is not available (available: json)',
    );
  });

  it('refuses a transport kind without a listen function, closing the listeners it started', async () => {
    const started: Started[] = [];
    const { rawsocket } = fakeListeners(started);
    await expect(Router.fromConfig(config(), { listeners: { rawsocket }, serializers: { json, cbor }, readFile, log: () => {} })).rejects.toThrow(
      'workers[0].transports[1].paths.ws: a websocket transport needs options.listeners.websocket',
    );
    expect(started).toHaveLength(1);
    expect(started[0]!.closed).toBe(true);
  });

  it('needs readFile for TLS endpoints', async () => {
    await expect(Router.fromConfig(config(), { listeners: fakeListeners([]), serializers: { json, cbor }, log: () => {} })).rejects.toThrow(
      'workers[0].transports[2].endpoint.tls: reading key and certificate files needs options.readFile',
    );
  });

  it('uses the built-in cryptosign method for configured principals, or the one options.cryptosign builds', async () => {
    const c = loadRouterConfig(crossbarConfig(), { env });
    const only = { realms: c.realms, transports: [c.transports[3]!] };
    const builtIn = await Router.fromConfig(only, { listeners: fakeListeners([]), serializers: { json }, log: () => {} });
    await builtIn.close({ timeout: 0 });
    const started: Started[] = [];
    const seen: unknown[] = [];
    const router = await Router.fromConfig(only, {
      listeners: fakeListeners(started),
      serializers: { json },
      cryptosign: (config) => {
        seen.push(config);
        return { authmethod: 'cryptosign', hello: async () => ({ kind: 'deny', reason: 'wamp.error.authentication_failed', message: 'test' }) };
      },
      log: () => {},
    });
    expect(seen).toEqual([c.transports[3]!.auth!.cryptosign]);
    const client = open(started[0]!.options.handlerFactory);
    client.send([1, 'realm1', { roles: { caller: {} }, authmethods: ['cryptosign'] }]);
    expect(await client.next()).toEqual([3, { message: 'test' }, 'wamp.error.authentication_failed']);
    await router.close();
  });

  it('accepts a list of serializers per name (a format and its batched variant)', async () => {
    const started: Started[] = [];
    const batched = new JsonSerializer({ batched: true });
    const c = loadRouterConfig(edit((c) => (c.workers[0].transports = [{ type: 'websocket', endpoint: { type: 'tcp', port: 0 } }])), { env });
    const router = await Router.fromConfig(c, { listeners: fakeListeners(started), serializers: { json: [json, batched], cbor } as Record<string, ISerializer | ISerializer[]>, log: () => {} });
    expect(started[0]!.options.serializers).toEqual([json, batched, cbor]);
    expect(started[0]!.options).toMatchObject({ path: '/', host: '0.0.0.0', port: 0 });
    await router.close();
  });
});
