/** Our session against our router over real sockets: every transport × serializer pair. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventDetails, ISerializer, ITransportConnector } from '@wamp/interfaces';
import { ApplicationError, CallResult, WAMP_ERROR, isCallResult } from '@wamp/interfaces';
import { Router } from '@wamp/router';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { listenRawSocket, rawSocket } from '@wamp/transport-rawsocket';
import { webSocket } from '@wamp/transport-ws';
import { listenWebSocket } from '@wamp/transport-ws/server';
import { tlsCert } from '@wamp/test-support';
import { connect } from '../src/index.js';
import type { Session } from '../src/index.js';

const SERIALIZERS: [string, () => ISerializer][] = [
  ['json', () => new JsonSerializer()],
  ['msgpack', () => new MsgPackSerializer()],
  ['cbor', () => new CborSerializer()],
];
const all = (): ISerializer[] => SERIALIZERS.map(([, make]) => make());

class InsufficientFunds extends ApplicationError {
  static readonly uri = 'com.example.error.insufficient_funds';
  constructor(init: ConstructorParameters<typeof ApplicationError>[1] = {}) {
    super(InsufficientFunds.uri, init);
  }
}

/** Resolves after `n` calls of the returned function. */
function counter<T>(n: number): { add(value: T): void; done: Promise<T[]> } {
  const seen: T[] = [];
  let resolve!: (v: T[]) => void;
  const done = new Promise<T[]>((r) => (resolve = r));
  return {
    add(value) {
      seen.push(value);
      if (seen.length === n) resolve(seen);
    },
    done,
  };
}

describe('@wamp/session with @wamp/router over real sockets', () => {
  let router: Router;
  let dir: string;
  const urls: Record<string, string> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wamp-session-'));
    router = new Router({ realms: [{ name: 'realm1' }], log: () => {} });
    urls['ws'] = (await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: all() })).address.url;
    urls['rs'] = (await router.listen(listenRawSocket, { host: '127.0.0.1', port: 0, serializers: all() })).address.url;
    urls['unix'] = (await router.listen(listenRawSocket, { path: join(dir, 'router.sock'), serializers: all() })).address.url;
    const { key, cert } = tlsCert();
    urls['wss'] = (await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: all(), tls: { key, cert } })).address.url;
    urls['rss'] = (await router.listen(listenRawSocket, { host: '127.0.0.1', port: 0, serializers: all(), tls: { key, cert } })).address.url;
  });

  afterAll(async () => {
    await router.close({ timeout: 500 });
    rmSync(dir, { recursive: true, force: true });
  });

  const connectors: [string, (s: ISerializer) => ITransportConnector][] = [
    ['WebSocket', (s) => webSocket(urls['ws']!, { serializers: [s] })],
    ['RawSocket over TCP', (s) => rawSocket(urls['rs']!, { serializers: [s] })],
    ['RawSocket over a Unix socket', (s) => rawSocket(urls['unix']!, { serializers: [s] })],
    ['WebSocket over TLS', (s) => webSocket(urls['wss']!, { serializers: [s], tls: { ca: tlsCert().cert } })],
    ['RawSocket over TLS', (s) => rawSocket(urls['rss']!, { serializers: [s], tls: { ca: tlsCert().cert } })],
  ];
  const pairs = connectors.flatMap(([transport, make]) => SERIALIZERS.map(([name, serializer]) => [transport, name, () => make(serializer())] as const));

  it.each(pairs)('RPC and PubSub over %s with %s', async (transport, serializer, connector) => {
    const errors: unknown[] = [];
    const onUserError = (e: unknown): void => void errors.push(e);
    const service = await connect({ transport: connector(), realm: 'realm1', onUserError });
    const client = await connect({ transport: connector(), realm: 'realm1', onUserError });
    const other = await connect({ transport: connector(), realm: 'realm1', onUserError });
    try {
      expect(service.sessionDetails).toMatchObject({ realm: 'realm1', authrole: 'anonymous', serializer });
      expect(service.sessionDetails?.transport?.isSecure).toBe(transport.includes('TLS'));
      client.define(InsufficientFunds);
      service.define(InsufficientFunds);

      await service.register('com.example.add2', (args) => (args[0] as number) + (args[1] as number));
      await service.register('com.example.split', (args, kwargs, details) => new CallResult(String(args[0]).split(' '), { caller: details.caller ?? null, ...kwargs }));
      await service.register('com.example.nothing', () => undefined);
      await service.register('com.example.echo', (args) => args[0]);
      await service.register('com.example.withdraw', (args) => {
        throw new InsufficientFunds({ args: ['balance too low', args[0]], kwargs: { balance: 10 } });
      });
      await service.register('com.example.app_error', () => {
        throw new ApplicationError('com.example.error.teapot', { args: [418], kwargs: { short: 'and stout' } });
      });
      await service.register('com.example.bug', () => {
        throw new Error('oops in endpoint');
      });
      await service.register('com.example.slow', async (args) => {
        await new Promise((r) => setTimeout(r, 5));
        return { waited: args[0] };
      });

      expect(await client.call('com.example.add2', [2, 3])).toBe(5);
      const split = await client.call('com.example.split', ['a b c'], { extra: 'ü→✓' });
      expect(isCallResult(split)).toBe(true);
      expect(split).toMatchObject({ args: ['a', 'b', 'c'], kwargs: { caller: null, extra: 'ü→✓' } });
      expect(await client.call('com.example.nothing')).toBeUndefined();
      const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256);
      expect(await client.call('com.example.echo', [bytes])).toEqual(bytes);
      expect(await client.call('com.example.echo', [{ nested: [1, 2.5, null, true, 'x'] }])).toEqual({ nested: [1, 2.5, null, true, 'x'] });
      expect(await Promise.all([1, 2, 3].map((n) => client.call('com.example.slow', [n])))).toEqual([{ waited: 1 }, { waited: 2 }, { waited: 3 }]);

      const funds = await client.call('com.example.withdraw', [100]).catch((e: unknown) => e);
      expect(funds).toBeInstanceOf(InsufficientFunds);
      expect(funds).toMatchObject({ uri: InsufficientFunds.uri, args: ['balance too low', 100], kwargs: { balance: 10 } });
      await expect(client.call('com.example.app_error')).rejects.toMatchObject({ uri: 'com.example.error.teapot', args: [418], kwargs: { short: 'and stout' } });
      await expect(client.call('com.example.bug')).rejects.toMatchObject({ uri: WAMP_ERROR.RUNTIME_ERROR, args: ['oops in endpoint'] });
      expect(errors).toHaveLength(1); // the non-application error reached onUserError
      await expect(client.call('com.example.nobody')).rejects.toMatchObject({ uri: WAMP_ERROR.NO_SUCH_PROCEDURE });

      // PubSub: two subscribers on two sessions, plus a second handler on one of them.
      const got = counter<[string, unknown[], Record<string, unknown>, EventDetails]>(3);
      await client.subscribe('com.example.news', (args, kwargs, details) => got.add(['client', args, kwargs, details]));
      await other.subscribe('com.example.news', (args, kwargs, details) => got.add(['other', args, kwargs, details]));
      const second = await other.subscribe('com.example.news', (args, kwargs, details) => got.add(['other2', args, kwargs, details]));
      const publication = await service.publish('com.example.news', ['hello', bytes], { n: 1 }, { acknowledge: true });
      expect(publication?.id).toEqual(expect.any(Number));
      const events = await got.done;
      expect(events.map((e) => e[0]).sort()).toEqual(['client', 'other', 'other2']);
      for (const [, args, kwargs, details] of events) {
        expect(args).toEqual(['hello', bytes]);
        expect(kwargs).toEqual({ n: 1 });
        expect(details.publication).toBe(publication!.id);
      }
      // Unsubscribing one of two handlers keeps the other.
      await second.unsubscribe();
      expect(second.active).toBe(false);
      const again = counter<string>(2);
      const handles = await Promise.all([
        client.subscribe('com.example.more', () => again.add('client')),
        other.subscribe('com.example.more', () => again.add('other')),
      ]);
      expect(await service.publish('com.example.more', [1])).toBeUndefined();
      expect((await again.done).sort()).toEqual(['client', 'other']);
      await Promise.all(handles.map((h) => h.unsubscribe()));
      expect(errors).toHaveLength(1);
    } finally {
      await Promise.all([service, client, other].map((s: Session) => (s.isAttached() ? s.leave() : undefined)));
    }
  });
});
