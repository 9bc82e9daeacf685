/** The `wamp` command against our router over real sockets, driven in-process through `main`. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApplicationError, CallResult } from '@wamp/interfaces';
import { Router } from '@wamp/router';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { listenRawSocket } from '@wamp/transport-rawsocket';
import { connect } from '@wamp/session';
import { webSocket } from '@wamp/transport-ws';
import { listenWebSocket } from '@wamp/transport-ws/server';
import { main } from '../src/index.js';

interface Run {
  code: Promise<number>;
  out: string[];
  err: string[];
  stop: AbortController;
  /** Resolves when stderr has a line containing `text`. */
  waitErr(text: string): Promise<void>;
}

function run(...argv: string[]): Run {
  return runWithInput(undefined, ...argv);
}

/** `run`, with `stdin` as the lines of standard input. */
function runWithInput(stdin: readonly string[] | undefined, ...argv: string[]): Run {
  const out: string[] = [];
  const err: string[] = [];
  const waiters: (() => void)[] = [];
  const stop = new AbortController();
  const code = main(argv, {
    out: (line) => void out.push(line),
    err: (line) => {
      err.push(line);
      for (const w of waiters.splice(0)) w();
    },
    signal: stop.signal,
    ...(stdin === undefined ? {} : { lines: () => (async function* () { yield* stdin; })() }),
  });
  const waitErr = async (text: string): Promise<void> => {
    const deadline = Date.now() + 5000;
    while (!err.some((l) => l.includes(text))) {
      if (Date.now() > deadline) throw new Error(`no "${text}" on stderr: ${err.join('\n')}`);
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 50);
      });
    }
  };
  return { code, out, err, stop, waitErr };
}

const all = () => [new JsonSerializer(), new MsgPackSerializer(), new CborSerializer()];

describe('wamp call, publish, subscribe, register', () => {
  let router: Router;
  let dir: string;
  const urls: Record<string, string> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wamp-cli-'));
    router = new Router({
      realms: [{ name: 'realm1' }],
      auth: { anonymous: true, ticket: { principals: { joe: { ticket: 's3cret', role: 'anonymous' } } }, wampcra: { users: { alice: { secret: 'pw', role: 'anonymous' } } } },
      log: () => {},
    });
    urls['ws'] = (await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: all() })).address.url;
    urls['rs'] = (await router.listen(listenRawSocket, { host: '127.0.0.1', port: 0, serializers: all() })).address.url;
    urls['unix'] = (await router.listen(listenRawSocket, { path: join(dir, 'r.sock'), serializers: all() })).address.url;
  });

  afterAll(async () => {
    await router.close({ timeout: 500 });
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['ws', 'json'],
    ['ws', 'msgpack'],
    ['ws', 'cbor'],
    ['rs', 'json'],
    ['rs', 'msgpack'],
    ['rs', 'cbor'],
    ['unix', 'msgpack'],
  ])('registers a shell command and calls it over %s with %s', async (kind, serializer) => {
    const uri = `com.example.echo.${kind}.${serializer}`;
    const served = run('register', uri, '--url', urls[kind]!, '--serializer', serializer, '--', 'node', '-e', 'console.log(JSON.stringify({ got: process.argv.slice(1) }))');
    await served.waitErr(`registered ${uri}`);
    const called = run('call', uri, 'plain', '5', '{"a":[1,2]}', '--url', urls[kind]!, '--serializer', serializer);
    expect(await called.code).toBe(0);
    expect(called.out).toEqual(['{"got":["plain","5","{\\"a\\":[1,2]}"]}']);
    served.stop.abort();
    expect(await served.code).toBe(0);
  });

  it('prints several or keyword results as {args, kwargs}, one as it is, none as null, and an error with its URI and args', async () => {
    const callee = await connect({ transport: webSocket(urls['ws']!, { serializers: [new JsonSerializer()] }), realm: 'realm1' });
    try {
      await callee.register('com.example.divmod', ([a, b]) => new CallResult([Math.floor(Number(a) / Number(b)), Number(a) % Number(b)]));
      await callee.register('com.example.named', (_args, kwargs) => new CallResult([], { hello: kwargs['name'] }));
      await callee.register('com.example.nothing', () => undefined);
      await callee.register('com.example.refuse', () => {
        throw new ApplicationError('com.example.error.refused', { args: ['no', 7] });
      });
      const divmod = run('call', 'com.example.divmod', '7', '2', '--url', urls['ws']!);
      expect(await divmod.code).toBe(0);
      expect(divmod.out).toEqual(['{"args":[3,1],"kwargs":{}}']);
      const named = run('call', 'com.example.named', '--kw', 'name=cli', '--url', urls['rs']!, '--serializer', 'msgpack');
      expect(await named.code).toBe(0);
      expect(named.out).toEqual(['{"args":[],"kwargs":{"hello":"cli"}}']);
      const nothing = run('call', 'com.example.nothing', '--url', urls['ws']!, '--serializer', 'cbor');
      expect(await nothing.code).toBe(0);
      expect(nothing.out).toEqual(['null']);
      const refused = run('call', 'com.example.refuse', '--url', urls['ws']!);
      expect(await refused.code).toBe(1);
      expect(refused.out).toEqual([]);
      expect(refused.err).toEqual(['wamp: com.example.error.refused ["no",7]']);
    } finally {
      await callee.leave();
      callee.disconnect();
    }
  });

  it('prints progressive results one per line (--progress) and streams stdin lines as input chunks (--input)', async () => {
    const callee = await connect({ transport: webSocket(urls['ws']!, { serializers: [new JsonSerializer()] }), realm: 'realm1' });
    try {
      await callee.register('com.example.countdown', (args, _k, details) => {
        for (let i = Number(args[0]); i > 0; i--) details.progress?.([i]);
        return 'liftoff';
      });
      await callee.register('com.example.sum', async (args, _k, details) => {
        let total = 0;
        for await (const chunk of details.input ?? []) total += Number(chunk.args[0]);
        return [args[0] ?? null, total];
      });
      const countdown = run('call', 'com.example.countdown', '3', '--progress', '--url', urls['rs']!, '--serializer', 'cbor');
      expect(await countdown.code).toBe(0);
      expect(countdown.out).toEqual(['3', '2', '1', '"liftoff"']);
      const summed = runWithInput(['1', '', '2', '39'], 'call', 'com.example.sum', 'total', '--input', '--url', urls['ws']!);
      expect(await summed.code).toBe(0);
      expect(summed.out).toEqual(['["total",42]']);
      // The built executable with a real pipe: lines written before it has connected are kept.
      const child = spawn(process.execPath, [join(__dirname, '..', 'dist', 'bin.js'), 'call', 'com.example.sum', '--input', '--url', urls['ws']!], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stdin.end(`${Array.from({ length: 100 }, (_, i) => i + 1).join('\n')}\n`);
      const exit = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect([exit, stdout]).toEqual([0, '[null,5050]\n']);
    } finally {
      await callee.leave();
      callee.disconnect();
    }
  });

  it('fails with the error URI, args and kwargs when the command fails', async () => {
    const served = run('register', 'com.example.fails', '--url', urls['ws']!, '--', 'node', '-e', 'console.error("it broke"); process.exit(3)');
    await served.waitErr('registered com.example.fails');
    const called = run('call', 'com.example.fails', '--url', urls['ws']!);
    expect(await called.code).toBe(1);
    expect(called.err).toEqual(['wamp: wamp.error.runtime_error ["it broke"] {"exit_code":3}']);
    served.stop.abort();
    await served.code;
  });

  it('subscribes and prints one JSON line per event; publish prints the publication ID', async () => {
    const sub = run('subscribe', 'com.example.news', '--count', '2', '--url', urls['rs']!, '--serializer', 'cbor');
    await sub.waitErr('subscribed to com.example.news');
    const first = run('publish', 'com.example.news', 'hello', '42', '--kw', 'who=cli', '--kw', 'n={"x":1}', '--url', urls['ws']!);
    expect(await first.code).toBe(0);
    expect(JSON.parse(first.out[0]!)).toEqual({ publication: expect.any(Number) });
    expect(await run('publish', 'com.example.news', '--url', urls['ws']!).code).toBe(0);
    expect(await sub.code).toBe(0);
    expect(sub.out.map((l) => JSON.parse(l) as { args: unknown; kwargs: unknown })).toEqual([
      expect.objectContaining({ args: ['hello', 42], kwargs: { who: 'cli', n: { x: 1 } } }),
      expect.objectContaining({ args: [], kwargs: {} }),
    ]);
  });

  it('authenticates with a ticket or WAMP-CRA and fails clearly with wrong credentials', async () => {
    const served = run('register', 'com.example.whoami', '--url', urls['ws']!, '--', 'echo', 'me');
    await served.waitErr('registered com.example.whoami');
    const ticket = run('call', 'com.example.whoami', '--url', urls['ws']!, '--authid', 'joe', '--ticket', 's3cret');
    expect(await ticket.code).toBe(0);
    expect(ticket.out).toEqual(['"me"']);
    const cra = run('call', 'com.example.whoami', '--url', urls['rs']!, '--authmethod', 'wampcra', '--authid', 'alice', '--secret', 'pw');
    expect(await cra.code).toBe(0);
    const wrong = run('call', 'com.example.whoami', '--url', urls['ws']!, '--authid', 'joe', '--ticket', 'nope');
    expect(await wrong.code).toBe(1);
    expect(wrong.err.join('\n')).toContain('wamp.error.authentication_failed');
    served.stop.abort();
    await served.code;
  });

  it('exits 1 naming the error for an unknown procedure or an unreachable router', async () => {
    const nobody = run('call', 'com.example.nobody', '--url', urls['ws']!);
    expect(await nobody.code).toBe(1);
    expect(nobody.err[0]).toMatch(/^wamp: wamp\.error\.no_such_procedure/);
    const refused = run('call', 'com.example.x', '--url', 'ws://127.0.0.1:1/ws');
    expect(await refused.code).toBe(1);
    expect(refused.err[0]).toMatch(/^wamp: .*(ECONNREFUSED|refused)/i);
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['call'], 'wamp call needs a procedure URI'],
    [['call', 'com.x', '--serializer', 'xml'], '--serializer must be json, msgpack or cbor'],
    [['call', 'com.x', '--url', 'http://x'], '--url must start with ws://'],
    [['call', 'com.x', '--kw', 'novalue'], '--kw takes KEY=VALUE'],
    [['call', 'com.x', '--authmethod', 'ticket'], '--authmethod ticket needs --authid and --ticket'],
    [['call', 'com.x', '--bogus'], "Unknown option '--bogus'"],
    [['register', 'com.x'], 'wamp register needs a command'],
    [['router', '--ws', 'nonsense'], '--ws takes HOST:PORT'],
  ])('exits 2 with the usage for %j', async (argv, text) => {
    const r = run(...argv);
    expect(await r.code).toBe(2);
    expect(r.err[0]).toContain(text);
    expect(r.err[0]).toContain('usage: wamp');
  });
});

describe('wamp register and subscribe survive a router restart', () => {
  it('re-registers and re-subscribes once the router is back on the same port', async () => {
    const serializers = () => [new JsonSerializer()];
    const first = new Router({ realms: [{ name: 'realm1' }], log: () => {} });
    const listener = await first.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: serializers() });
    const { url, port } = listener.address;
    const served = run('register', 'com.example.survivor', '--url', url, '--', 'echo', 'still here');
    const sub = run('subscribe', 'com.example.survivor.news', '--count', '1', '--url', url);
    await served.waitErr('registered com.example.survivor');
    await sub.waitErr('subscribed to com.example.survivor.news');
    await first.close({ timeout: 200 });
    const second = new Router({ realms: [{ name: 'realm1' }], log: () => {} });
    await second.listen(listenWebSocket, { host: '127.0.0.1', port: port!, path: '/ws', serializers: serializers() });
    try {
      await served.waitErr('joined realm1');
      await sub.waitErr('joined realm1');
      const called = run('call', 'com.example.survivor', '--url', url);
      expect(await called.code).toBe(0);
      expect(called.out).toEqual(['"still here"']);
      expect(await run('publish', 'com.example.survivor.news', 'back', '--url', url).code).toBe(0);
      expect(await sub.code).toBe(0);
      expect(JSON.parse(sub.out[0]!)).toMatchObject({ args: ['back'] });
      expect(served.err.some((l) => l.startsWith('disconnected'))).toBe(true);
    } finally {
      served.stop.abort();
      await served.code;
      await second.close({ timeout: 200 });
    }
  }, 30_000);

  it('fails at once when the router is not there at start', async () => {
    const r = run('register', 'com.example.x', '--url', 'ws://127.0.0.1:1/ws', '--', 'true');
    expect(await r.code).toBe(1);
    expect(r.err[0]).toMatch(/^wamp: .*(ECONNREFUSED|refused)/i);
  });
});

describe('wamp router', () => {
  it('listens where told, serves clients, and stops on abort', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wamp-cli-router-'));
    try {
      const sock = join(dir, 'wamp.sock');
      const r = run('router', '--realm', 'test.realm', '--ws', '127.0.0.1:0', '--rawsocket', `unix:${sock}`);
      await r.waitErr(`listening on unix://${sock}`);
      const ws = r.err.find((l) => l.startsWith('info: listening on ws://'))!.slice('info: listening on '.length);
      const served = run('register', 'com.example.ping', '--url', `unix://${sock}`, '--realm', 'test.realm', '--', 'echo', 'pong');
      await served.waitErr('registered com.example.ping');
      const called = run('call', 'com.example.ping', '--url', ws, '--realm', 'test.realm');
      expect(await called.code).toBe(0);
      expect(called.out).toEqual(['"pong"']);
      served.stop.abort();
      await served.code;
      r.stop.abort();
      expect(await r.code).toBe(0);
      expect(r.err).toContain('stopping');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts from a Crossbar.io config file and refuses a bad one naming the key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wamp-cli-config-'));
    try {
      const good = join(dir, 'config.json');
      writeFileSync(
        good,
        JSON.stringify({
          version: 2,
          workers: [
            {
              type: 'router',
              realms: [{ name: 'realm1', roles: [{ name: 'anonymous', permissions: [{ uri: '', match: 'prefix', allow: { call: true, register: true, publish: true, subscribe: true } }] }] }],
              transports: [{ type: 'rawsocket', endpoint: { type: 'tcp', port: 0, interface: '127.0.0.1' }, auth: { anonymous: { type: 'static', role: 'anonymous' } } }],
            },
          ],
        }),
      );
      const r = run('router', '--config', good);
      await r.waitErr('listening on rs://127.0.0.1:');
      r.stop.abort();
      expect(await r.code).toBe(0);
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, JSON.stringify({ version: 2, workers: [{ type: 'router', realms: [{ name: 'realm1', colour: 'red' }], transports: [] }] }));
      const b = run('router', '--config', bad);
      expect(await b.code).toBe(1);
      expect(b.err.join('\n')).toContain('colour');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs as the built `wamp` executable and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [join(__dirname, '..', 'dist', 'bin.js'), 'router', '--ws', '127.0.0.1:0', '--rawsocket', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line: ${stderr}`)), 10_000);
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (stderr.includes('listening on rs://')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(stderr).toContain('listening on ws://127.0.0.1:');
  }, 20_000);
});
