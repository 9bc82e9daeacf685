/**
 * Every serializer over every socket kind (TCP, Unix socket, TLS 1.2, TLS 1.3): messages both
 * ways in order, small/large/at-limit sizes, transport details and channel ids, clean close.
 */
import type { ISerializer, ITransport, ITransportListener } from '@wamp/interfaces';
import { isProtocolError } from '@wamp/interfaces';
import { Call, Event, Result } from '@wamp/message';
import type { Recorder } from '@wamp/test-support';
import { recorder, tlsCert } from '@wamp/test-support';
import { listenRawSocket, rawSocket } from '../src/index.js';
import { KINDS, SERIALIZERS, connectWith, eventOfSize, listenWhere, soon, tempDir } from './support.js';

const dir = tempDir();
const LIMIT = 65_536;

let listener: ITransportListener | undefined;
let servers: Recorder[] = [];
afterEach(async () => {
  await listener?.close();
  listener = undefined;
  servers = [];
});

async function pair(kind: (typeof KINDS)[number], make: () => ISerializer): Promise<{ client: Recorder; transport: ITransport }> {
  listener = await listenRawSocket({
    ...listenWhere(kind, dir()),
    serializers: [make()],
    maxMessageSize: LIMIT,
    handlerFactory: () => {
      // The router side echoes each CALL as a RESULT and each EVENT as an EVENT.
      const r = recorder((m, t) => {
        if (m instanceof Call) t.send(new Result({ request: m.request, args: m.args }));
        if (m instanceof Event) t.send(m);
      });
      servers.push(r);
      return r;
    },
  });
  const client = recorder();
  const transport = await rawSocket(listener.address.url, { serializers: [make()], maxMessageSize: LIMIT, ...connectWith(kind) }).connect(client, { signal: soon() });
  return { client, transport };
}

describe.each(KINDS)('RawSocket over %s', (kind) => {
  describe.each(SERIALIZERS)('with %s', (id, make) => {
    it('carries 50 messages each way in order, bytes and unicode intact', async () => {
      const { client, transport } = await pair(kind, make);
      const payload = { blob: Uint8Array.of(0, 7, 255), text: 'ẅämp ✓', n: -1.5 };
      for (let i = 1; i <= 50; i++) transport.send(new Call({ request: i, procedure: 'com.example.echo', args: [i, payload] }));
      const got = await client.received(50);
      expect(got.map((m) => m[1])).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      expect(got[49]).toEqual([50, 50, {}, [50, payload]]);
      expect(servers[0]!.messages.map((m) => m[1])).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      transport.close();
    });

    it('carries small, large and exactly-at-limit messages whole, and refuses one octet more at send', async () => {
      const serializer = make();
      const { client, transport } = await pair(kind, make);
      const sizes = [20, 40_000, LIMIT];
      for (const size of sizes) transport.send(eventOfSize(serializer, size));
      const got = await client.received(3);
      expect(got.map((m) => serializer.serialize(new Event({ subscription: 1, publication: 2, args: m[4] as unknown[] }))[0].length)).toEqual(sizes);
      let error: unknown;
      try {
        transport.send(eventOfSize(serializer, LIMIT + 1));
      } catch (e) {
        error = e;
      }
      expect(isProtocolError(error)).toBe(true);
      expect((error as Error).message).toBe(`RawSocket: WAMP message (type 36) of ${LIMIT + 1} octets exceeds the peer's maximum of ${LIMIT} octets; not sent`);
      expect(transport.isOpen()).toBe(true);
      transport.close();
    });

    it('fills transportDetails on both ends, with one channel id computed alike under TLS', async () => {
      const { transport } = await pair(kind, make);
      const mine = transport.transportDetails!;
      const theirs = servers[0]!.transport!.transportDetails!;
      const secure = kind.startsWith('tls');
      const channelType = secure ? 'tls' : kind;
      expect(mine).toMatchObject({ channelType, channelFraming: 'rawsocket', channelSerializer: id, isServer: false, isSecure: secure });
      expect(theirs).toMatchObject({ channelType, channelFraming: 'rawsocket', channelSerializer: id, isServer: true, isSecure: secure });
      if (kind === 'unix') {
        expect(mine.own).toBe(`unix:${listener!.address.path}`);
        expect(theirs.peer).toBe(mine.own);
      } else {
        expect(mine.own).toMatch(/^tcp4:127\.0\.0\.1:\d+$/);
        expect(theirs.peer).toBe(mine.own);
        expect(mine.peer).toBe(`tcp4:127.0.0.1:${listener!.address.port}`);
      }
      if (!secure) {
        expect(mine.channelId).toEqual({});
      } else {
        const type = kind === 'tls1.2' ? 'tls-unique' : 'tls-exporter';
        // Under TLS 1.3 tls-unique too, as Autobahn|Python and Crossbar.io compute it there.
        expect(Object.keys(mine.channelId).sort()).toEqual(type === 'tls-exporter' ? ['tls-exporter', 'tls-unique'] : ['tls-unique']);
        expect(mine.channelId[type]).toHaveLength(32);
        expect(Buffer.from(mine.channelId[type]!).equals(Buffer.from(theirs.channelId[type]!))).toBe(true);
        expect(mine.peerCert?.trim()).toBe(tlsCert().cert.trim());
        expect(theirs.peerCert).toBeUndefined(); // no client certificate
      }
      transport.close();
    });

    it('close() ends both sides cleanly, each handler told once', async () => {
      const { client, transport } = await pair(kind, make);
      transport.close();
      expect(transport.isOpen()).toBe(false);
      expect(await client.closed()).toEqual({ wasClean: true, info: { reason: 'closed locally' } });
      expect(await servers[0]!.closed()).toEqual({ wasClean: true, info: { reason: 'closed by the peer' } });
      expect([client.closes.length, servers[0]!.closes.length]).toEqual([1, 1]);
    });
  });
});
