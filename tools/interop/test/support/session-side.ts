/**
 * Our session's half of a peer scenario: it registers com.example.ts.mul2/fail/echo and
 * subscribes com.example.peer.news, lets the peer call and publish ("go"), calls the peer's
 * procedures and publishes com.example.ts.news, then lets the peer report the event ("done").
 */
import type { ITransportConnector } from '@wamp/interfaces';
import { ApplicationError, CallResult } from '@wamp/interfaces';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { connect } from '@wamp/session';
import { webSocket } from '@wamp/transport-ws';
import type { PeerProcess } from './peer-process.js';

/** Our session's WebSocket transport to `url` with one serializer, by the name the peer scripts take. */
export const SERIALIZERS: Record<string, (url: string) => () => ITransportConnector> = {
  json: (url) => () => webSocket(url, { serializers: [new JsonSerializer()] }),
  msgpack: (url) => () => webSocket(url, { serializers: [new MsgPackSerializer()] }),
  cbor: (url) => () => webSocket(url, { serializers: [new CborSerializer()] }),
};

export interface Outcome {
  ready: Record<string, any>;
  peerResults: Record<string, any>;
  peerEvent: Record<string, any>;
  add2: unknown;
  fail: unknown;
  event: unknown;
  exitCode: number | null;
}

export async function runScenario(peer: PeerProcess, transport: () => ITransportConnector, realm = 'realm1'): Promise<Outcome> {
  const ready = await peer.next();
  const session = await connect({ transport: transport(), realm });
  try {
    await session.register('com.example.ts.mul2', (args) => (args[0] as number) * (args[1] as number));
    await session.register('com.example.ts.fail', (args) => {
      throw new ApplicationError('com.example.error.ts_failed', { args: ['typescript says no', args[0]], kwargs: { code: 9 } });
    });
    await session.register('com.example.ts.echo', (args, kwargs) => new CallResult(args, kwargs));
    let gotEvent!: (event: unknown) => void;
    const event = new Promise<unknown>((resolve) => (gotEvent = resolve));
    await session.subscribe('com.example.peer.news', (args, kwargs) => gotEvent({ args, kwargs }));
    peer.send('go');
    const peerResults = (await peer.next())['results'] as Record<string, any>;
    const add2 = await session.call('com.example.peer.add2', [2, 3]);
    const fail = await session.call('com.example.peer.fail').catch((e: unknown) => e);
    await session.publish('com.example.ts.news', ['from typescript', 42], { n: 1 }, { acknowledge: true });
    const received = await Promise.race([event, new Promise((_, reject) => setTimeout(() => reject(new Error('no com.example.peer.news event within 5 s')), 5000).unref())]);
    peer.send('done');
    const peerEvent = (await peer.next())['event'] as Record<string, any>;
    return { ready, peerResults, peerEvent, add2, fail, event: received, exitCode: await peer.exit() };
  } finally {
    if (session.isAttached()) await session.leave();
  }
}

/**
 * What every scenario must show, whoever the peer. `errors: 'callee_failure'` for a router that
 * (like fox-wamp) replaces a callee's error with `wamp.error.callee_failure`, the original URI as
 * its only argument.
 */
export function expectInterop(outcome: Outcome, peerName: string, errors: 'exact' | 'callee_failure' = 'exact'): void {
  expect(outcome.ready['ready']).toBe(true);
  // The peer calls our callee.
  expect(outcome.peerResults['mul2']).toBe(42);
  expect(outcome.peerResults['fail']).toEqual(
    errors === 'exact'
      ? { error: 'com.example.error.ts_failed', args: ['typescript says no', 'x'], kwargs: { code: 9 } }
      : { error: 'wamp.error.callee_failure', args: ['com.example.error.ts_failed'], kwargs: {} },
  );
  expect(outcome.peerResults['echo']).toEqual({ args: ['hello', 2.5, null], kwargs: { text: 'ü→✓' } });
  expect(outcome.peerResults['published']).toBe(true);
  // We call the peer's callee.
  expect(outcome.add2).toBe(5);
  expect(outcome.fail).toBeInstanceOf(ApplicationError);
  expect(outcome.fail).toMatchObject(
    errors === 'exact'
      ? { uri: 'com.example.error.peer_failed', args: ['peer says no'], kwargs: { code: 7 } }
      : { uri: 'wamp.error.callee_failure', args: ['com.example.error.peer_failed'] },
  );
  // Events both ways.
  expect(outcome.event).toEqual({ args: [`from ${peerName}`], kwargs: { n: 2 } });
  expect(outcome.peerEvent).toEqual({ args: ['from typescript', 42], kwargs: { n: 1 } });
  expect(outcome.exitCode).toBe(0);
}
