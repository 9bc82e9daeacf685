/**
 * Third-party peers with each other through a router: a callee of one library (which also
 * subscribes), a caller of another (which calls and then publishes) and a plain subscriber of
 * the caller's library, so every event reaches two subscribers written with different libraries.
 * The peer scripts are in `peers/`; the values they exchange are in `peers/scenario.mjs`.
 */
import { join } from 'node:path';
import { NODE22_BINARY } from '@wamp/test-support';
import { PeerProcess } from './peer-process.js';

export type Library = 'autobahn' | 'wampy';
export type Role = 'callee' | 'caller' | 'subscriber';
export type SerializerName = 'json' | 'msgpack' | 'cbor';

/** Autobahn|JS 26 requires Node 22 (it uses the platform WebSocket); wampy 8 runs on Node 20 with `ws`. */
export const NODE: Record<Library, string> = { autobahn: NODE22_BINARY, wampy: process.execPath };

export function startPeer(library: Library, role: Role, url: string, realm: string, serializer: SerializerName): PeerProcess {
  return new PeerProcess(NODE[library], join(__dirname, '..', '..', 'peers', `${library}-${role}.mjs`), [url, realm, serializer]);
}

/** A peer's library and serializer, and its router URL when not the scenario's. */
export interface Part {
  library: Library;
  serializer: SerializerName;
  url?: string;
}

export interface Cast {
  callee: Part;
  caller: Part;
  subscriber: Part;
}

export interface ThirdPartyOutcome {
  ready: Record<string, any>[];
  results: Record<string, any>;
  calleeEvent: unknown;
  subscriberEvent: unknown;
  exitCodes: (number | null)[];
}

export async function runThirdParty(url: string, realm: string, cast: Cast): Promise<ThirdPartyOutcome> {
  const started: PeerProcess[] = [];
  const start = (role: Role) => {
    const peer = startPeer(cast[role].library, role, cast[role].url ?? url, realm, cast[role].serializer);
    started.push(peer);
    return peer;
  };
  try {
    const callee = start('callee');
    const subscriber = start('subscriber');
    const ready = await Promise.all([callee.next(), subscriber.next()]);
    const caller = start('caller');
    ready.push(await caller.next());
    const results = (await caller.next())['results'] as Record<string, any>;
    const [calleeEvent, subscriberEvent] = await Promise.all([callee.next(), subscriber.next()]);
    callee.send('done');
    subscriber.send('done');
    const exitCodes = await Promise.all(started.map((p) => p.exit()));
    return { ready, results, calleeEvent: calleeEvent['event'], subscriberEvent: subscriberEvent['event'], exitCodes };
  } finally {
    for (const peer of started) peer.stop();
  }
}

/** What the caller sent to com.example.echo (as `peers/scenario.mjs` builds it), bytes as the scripts print them. */
export function echoPayload(serializer: SerializerName): { args: unknown[]; kwargs: Record<string, unknown> } {
  const args = ['text ü→✓', 1, -7, 2.5, true, null, { nested: [1, 'a', { deep: false }] }, []];
  const kwargs: Record<string, unknown> = { k: 'v', big: 2 ** 40, list: [1, 2, 3], obj: { x: null } };
  if (serializer !== 'json') kwargs['bin'] = { bytes: [0, 1, 2, 255] };
  return { args, kwargs };
}

/**
 * What every scenario must show. `errors: 'callee_failure'` for a router (fox-wamp) that replaces
 * a callee's error with `wamp.error.callee_failure`, the original URI as its only argument.
 */
export function expectThirdParty(outcome: ThirdPartyOutcome, cast: Cast, errors: 'exact' | 'callee_failure' = 'exact'): void {
  const transport = (part: Part) => (part.url?.startsWith('rs://') ? 'rawsocket' : 'websocket');
  expect(outcome.ready.map((r) => [r['library'], r['role'], r['serializer'], r['transport']])).toEqual([
    [cast.callee.library, 'callee', cast.callee.serializer, transport(cast.callee)],
    [cast.subscriber.library, 'subscriber', cast.subscriber.serializer, transport(cast.subscriber)],
    [cast.caller.library, 'caller', cast.caller.serializer, transport(cast.caller)],
  ]);
  const r = outcome.results;
  expect(r['add2']).toBe(42);
  expect(r['echo']).toEqual(echoPayload(cast.caller.serializer));
  expect(r['fail']).toEqual(
    errors === 'exact'
      ? { error: 'com.example.error.custom', args: ['custom failure', 'x'], kwargs: { code: 42, library: cast.callee.library } }
      : { error: 'wamp.error.callee_failure', args: ['com.example.error.custom'], kwargs: {} },
  );
  expect(r['nobody']).toMatchObject({ error: 'wamp.error.no_such_procedure' });
  expect(r['published']).toBe(true);
  const event = { args: ['event', 1, { from: cast.caller.library }], kwargs: { library: cast.caller.library, n: 2 } };
  expect(outcome.calleeEvent).toEqual(event);
  expect(outcome.subscriberEvent).toEqual(event);
  expect(outcome.exitCodes).toEqual([0, 0, 0]);
}
