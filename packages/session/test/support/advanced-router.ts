/**
 * A router for Advanced Profile tests, reached over WebSocket + JSON or RawSocket + CBOR: registers
 * the jest hooks that start it, make every session a test opens leave afterwards, and close it.
 */
import type { ISerializer, ITransportConnector } from '@wamp/interfaces';
import { Router } from '@wamp/router';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { listenRawSocket, rawSocket } from '@wamp/transport-rawsocket';
import { webSocket } from '@wamp/transport-ws';
import { listenWebSocket } from '@wamp/transport-ws/server';
import type { Session } from '../../src/index.js';
import { connect } from '../../src/index.js';
import type { SessionOptions } from '../../src/session-options.js';

/** The two transport + serializer pairs the Advanced Profile tests run over. */
export const KINDS = ['WebSocket + JSON', 'RawSocket + CBOR'] as const;

export interface AdvancedRouter {
  /** A new transport connector to the router. */
  transport(): ITransportConnector;
  /** Joins `realm1` anonymously; the session leaves after the test. */
  join(options?: Omit<SessionOptions, 'transport' | 'realm'>): Promise<Session>;
}

export const tick = (ms = 20): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `check` every 5 ms for up to 2 s; returns whether it became true. */
export async function eventually(check: () => boolean): Promise<boolean> {
  const deadline = Date.now() + 2000;
  while (!check() && Date.now() < deadline) await tick(5);
  return check();
}

/** Call inside a `describe`: starts the router before its tests and closes it after. */
export function useAdvancedRouter(kind: (typeof KINDS)[number]): AdvancedRouter {
  let router: Router;
  let connector: () => ITransportConnector;
  const open: Session[] = [];
  const serializers = (): ISerializer[] => [new JsonSerializer(), new CborSerializer()];

  beforeAll(async () => {
    router = new Router({ realms: [{ name: 'realm1' }], log: () => {} });
    if (kind.startsWith('WebSocket')) {
      const url = (await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: serializers() })).address.url;
      connector = () => webSocket(url, { serializers: [new JsonSerializer()] });
    } else {
      const url = (await router.listen(listenRawSocket, { host: '127.0.0.1', port: 0, serializers: serializers() })).address.url;
      connector = () => rawSocket(url, { serializers: [new CborSerializer()] });
    }
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => (s.isAttached() ? s.leave() : undefined)));
  });

  afterAll(() => router.close({ timeout: 200 }));

  return {
    transport: () => connector(),
    join: async (options = {}) => {
      const s = await connect({ onUserError: () => {}, ...options, transport: connector(), realm: 'realm1' });
      open.push(s);
      return s;
    },
  };
}
