/**
 * The `ITransport` contract as executable checks.
 *
 * @module
 */
import { deepEqual, equal, ok, rejects } from 'node:assert/strict';
import type { ITransport, ITransportConnector, TransportHandlerFactory } from '@wamp/interfaces';
import { isWampError } from '@wamp/interfaces';
import { Event, Publish } from '@wamp/message';
import { resolveFramework } from './test-framework.js';
import type { TestFramework } from './test-framework.js';
import type { TestSetup } from './test-setup.js';
import { RecordingHandler } from './transport-events.js';

/** A running fixture: where to connect, and how to stop accepting. */
export interface TransportServer {
  /** Connects to the server side. */
  readonly connector: ITransportConnector;
  /** Stops accepting and closes what was accepted. */
  close(): Promise<void>;
}

/**
 * What `setup()` returns for the transport suite: a way to accept connections (the server side)
 * with a handler per connection, already built with the serializer to use.
 */
export interface TransportFixture {
  /** Starts the server side; each accepted connection gets `handlerFactory()`. */
  listen(handlerFactory: TransportHandlerFactory): Promise<TransportServer>;
  /**
   * The largest incoming message the server side accepts (octets), if it has a limit: the suite
   * then checks that a larger one ends in an exception at `send` or a closed transport.
   */
  readonly maxMessageSize?: number | undefined;
}

const EVENT_TOPIC = 'com.example.compliance';

/**
 * Declares the `ITransport` compliance checks: order, sizes, close and abort semantics, send after
 * close, cancellation, transport details. Each check calls `setup.setup()` for a fixture, listens,
 * connects, and calls `setup.teardown()` at the end.
 *
 * @example
 * ```ts
 * import { describeTransportCompliance } from '@wamp/compliance-tests/transport';
 *
 * describeTransportCompliance('my-transport', {
 *   setup: () => ({ listen: async (handlerFactory) => { … return { connector, close }; } }),
 *   teardown: () => {},
 * });
 * ```
 */
export function describeTransportCompliance(name: string, setup: TestSetup<TransportFixture>, framework?: TestFramework): void {
  const { describe, it } = resolveFramework(framework);

  async function withPair(body: (client: ITransport, c: RecordingHandler, s: RecordingHandler, fixture: TransportFixture) => Promise<void>): Promise<void> {
    const fixture = await setup.setup();
    let server: TransportServer | undefined;
    try {
      const accepted: RecordingHandler[] = [];
      server = await fixture.listen(() => {
        const h = new RecordingHandler();
        accepted.push(h);
        return h;
      });
      const c = new RecordingHandler();
      const client = await server.connector.connect(c, { signal: AbortSignal.timeout(5000) });
      equal(c.opens, 1, 'connect() resolves after onOpen was called once');
      ok(client.isOpen(), 'the transport is open once connect() resolves');
      await c.until(() => accepted.length > 0 && accepted[0]!.opens === 1, 'the server side to open');
      await body(client, c, accepted[0]!, fixture);
    } finally {
      await server?.close();
      await setup.teardown();
    }
  }

  describe(`ITransport compliance: ${name}`, () => {
    it('delivers 100 messages each way, in order', () =>
      withPair(async (client, c, s) => {
        for (let i = 1; i <= 100; i++) client.send(new Publish({ request: i, topic: EVENT_TOPIC, args: [i] }));
        await s.until(() => s.messages.length >= 100, '100 messages at the server');
        deepEqual(s.messages.map((m) => m.marshal()[1]), Array.from({ length: 100 }, (_, i) => i + 1), 'server got them in order');
        for (let i = 1; i <= 100; i++) s.transport!.send(new Event({ subscription: 1, publication: i, args: [i] }));
        await c.until(() => c.messages.length >= 100, '100 messages at the client');
        deepEqual(c.messages.map((m) => m.marshal()[2]), Array.from({ length: 100 }, (_, i) => i + 1), 'client got them in order');
      }));

    it('delivers small and large messages whole', () =>
      withPair(async (client, _c, s, fixture) => {
        const large = Math.min(256 * 1024, Math.floor((fixture.maxMessageSize ?? 1 << 20) / 2));
        const payloads = ['', 'x', 'y'.repeat(large), 'ü'.repeat(1000)];
        payloads.forEach((p, i) => client.send(new Publish({ request: i + 1, topic: EVENT_TOPIC, args: [p] })));
        await s.until(() => s.messages.length >= payloads.length, 'all messages at the server');
        deepEqual(s.messages.map((m) => (m.marshal()[4] as unknown[])?.[0] ?? ''), payloads);
      }));

    it('ends an oversize message in an exception at send or a closed transport', () =>
      withPair(async (client, c, _s, fixture) => {
        if (fixture.maxMessageSize === undefined) return; // no limit: nothing to check
        const big = new Publish({ request: 1, topic: EVENT_TOPIC, args: ['z'.repeat(fixture.maxMessageSize + 1)] });
        try {
          client.send(big);
        } catch (error) {
          ok(isWampError(error), `send threw a non-WAMP error: ${String(error)}`);
          return;
        }
        await c.until(() => c.closes.length > 0, 'the transport to close after an oversize message');
      }));

    it('close() leads to onClose(wasClean=true) exactly once on both ends', () =>
      withPair(async (client, c, s) => {
        client.close();
        await c.until(() => c.closes.length > 0, 'onClose at the client');
        await s.until(() => s.closes.length > 0, 'onClose at the server');
        equal(c.closes[0]!.wasClean, true, 'client onClose wasClean');
        ok(!client.isOpen(), 'isOpen() is false after close');
        client.close();
        await new Promise((r) => setTimeout(r, 20));
        deepEqual([c.closes.length, s.closes.length], [1, 1], 'onClose is called exactly once per end');
      }));

    it('abort() leads to onClose(wasClean=false) exactly once', () =>
      withPair(async (client, c, s) => {
        client.abort();
        await c.until(() => c.closes.length > 0, 'onClose at the client');
        await s.until(() => s.closes.length > 0, 'onClose at the server');
        equal(c.closes[0]!.wasClean, false, 'client onClose wasClean');
        client.abort();
        await new Promise((r) => setTimeout(r, 20));
        equal(c.closes.length, 1, 'onClose is called exactly once');
      }));

    it('send after close throws TransportLost', () =>
      withPair(async (client, c) => {
        client.close();
        await c.until(() => c.closes.length > 0, 'onClose at the client');
        let error: unknown;
        try {
          client.send(new Publish({ request: 1, topic: EVENT_TOPIC }));
        } catch (e) {
          error = e;
        }
        ok(isWampError(error) && (error as Error).name === 'TransportLost', `expected TransportLost, got ${String(error)}`);
      }));

    it('connect with an aborted signal rejects with signal.reason', async () => {
      const fixture = await setup.setup();
      let server: TransportServer | undefined;
      try {
        server = await fixture.listen(() => new RecordingHandler());
        const reason = new Error('aborted by the compliance suite');
        await rejects(server.connector.connect(new RecordingHandler(), { signal: AbortSignal.abort(reason) }), (e) => e === reason);
      } finally {
        await server?.close();
        await setup.teardown();
      }
    });

    it('fills in transportDetails on both ends', () =>
      withPair(async (client, _c, s) => {
        const mine = client.transportDetails;
        const theirs = s.transport!.transportDetails;
        ok(mine !== undefined && theirs !== undefined, 'transportDetails is set once open');
        equal(mine.isServer, false, 'client isServer');
        equal(theirs.isServer, true, 'server isServer');
        equal(typeof mine.channelFraming, 'string');
        equal(typeof mine.channelSerializer, 'string', 'the negotiated serializer is named');
        equal(mine.channelSerializer, theirs.channelSerializer, 'both ends name the same serializer');
      }));
  });
}
