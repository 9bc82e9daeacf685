/**
 * The routers the interop tests run peers through: ours (in the test process, WebSocket with
 * JSON, MsgPack and CBOR) and fox-wamp (a child process, so none of its sockets, timers or logs
 * end up in jest's process).
 */
import { join } from 'node:path';
import { Router } from '@wamp/router';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { listenRawSocket } from '@wamp/transport-rawsocket';
import { listenWebSocket } from '@wamp/transport-ws/server';
import { PeerProcess } from './peer-process.js';

export const REALM = 'realm1';

export interface RunningRouter {
  /** The router's WebSocket URL. */
  readonly url: string;
  /** Its RawSocket URL (rs://host:port), where it has one. */
  readonly rawSocketUrl?: string;
  stop(): Promise<void>;
}

/**
 * @wamp/router on free ports of 127.0.0.1 — WebSocket at `/ws` and RawSocket, each with JSON,
 * MsgPack and CBOR — realm `realm1` open to anonymous sessions.
 */
export async function startOurRouter(): Promise<RunningRouter> {
  const router = new Router({
    realms: [
      {
        name: REALM,
        roles: [{ name: 'anonymous', permissions: [{ uri: '', match: 'prefix', allow: { call: true, register: true, publish: true, subscribe: true } }] }],
      },
    ],
    auth: { anonymous: true },
    log: () => {},
  });
  const serializers = [new JsonSerializer(), new MsgPackSerializer(), new CborSerializer()];
  const ws = await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers });
  const rs = await router.listen(listenRawSocket, { host: '127.0.0.1', port: 0, serializers });
  return { url: ws.address.url, rawSocketUrl: rs.address.url, stop: () => router.close({ timeout: 500 }) };
}

/** fox-wamp (JSON over WebSocket only, any path, realms made on demand) on `port`, or a free port. */
export async function startFoxWamp(port?: number): Promise<RunningRouter> {
  const child = new PeerProcess(process.execPath, join(__dirname, '..', '..', 'peers', 'fox-wamp-router.mjs'), port === undefined ? [] : [String(port)]);
  try {
    const ready = await child.next(10_000);
    return {
      url: `ws://127.0.0.1:${String(ready['port'])}/ws`,
      stop: async () => {
        child.send('done');
        await child.exit(3000);
      },
    };
  } catch (e) {
    child.stop();
    throw e;
  }
}
