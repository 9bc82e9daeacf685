/**
 * Autobahn|Python (Debian python3-autobahn) as a plain WebSocket client of listenWebSocket: a peer
 * no one here wrote. Skipped with a warning when it is missing; required under CI=true.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ISerializer, ITransportListener } from '@wamp/interfaces';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import type { Recorder } from '@wamp/test-support';
import { autobahnPythonAvailable, recorder, runPythonJson, tlsCert } from '@wamp/test-support';
import { listenWebSocket } from '../src/server.js';

interface ClientReport {
  protocol: string;
  clean: boolean;
  tlsVersion?: string;
  tlsUnique?: string;
}

const script = join(__dirname, 'py', 'ws_client.py');
const cases: [string, () => ISerializer][] = [
  ['wamp.2.json', () => new JsonSerializer()],
  ['wamp.2.msgpack', () => new MsgPackSerializer()],
  ['wamp.2.cbor', () => new CborSerializer()],
];

(autobahnPythonAvailable() ? describe : describe.skip)('Autobahn|Python WebSocket client against listenWebSocket', () => {
  let listener: ITransportListener | undefined;
  afterEach(async () => {
    await listener?.close();
    listener = undefined;
  });

  it.each(cases)('negotiates %s and delivers its HELLO', async (protocol, make) => {
    let server: Recorder | undefined;
    listener = await listenWebSocket({ port: 0, serializers: [make()], handlerFactory: () => (server = recorder()) });
    // Autobahn offers every format; our server picks the one it was given.
    const result = await runPythonJson<ClientReport>(script, [listener.address.url, 'wamp.2.cbor,wamp.2.msgpack,wamp.2.json']);
    expect(result).toEqual({ protocol, clean: true });
    expect(await server!.received(1)).toEqual([[1, 'realm1', { roles: { caller: {} } }]]);
    expect((await server!.closed()).wasClean).toBe(true);
    expect(server!.transport!.transportDetails).toMatchObject({ websocketProtocol: protocol, httpHeadersReceived: { 'user-agent': expect.stringMatching(/AutobahnPython/) } });
  }, 20_000);

  it('opens wamp.2.json over wss:// with TLS 1.2, and both sides derive the same tls-unique', async () => {
    const { key, cert } = tlsCert();
    const dir = mkdtempSync(join(tmpdir(), 'wamp-ab-'));
    try {
      writeFileSync(join(dir, 'ca.pem'), cert);
      let server: Recorder | undefined;
      listener = await listenWebSocket({ port: 0, serializers: [new JsonSerializer(), new CborSerializer()], tls: { key, cert }, handlerFactory: () => (server = recorder()) });
      const result = await runPythonJson<ClientReport>(script, [listener.address.url, 'wamp.2.json', join(dir, 'ca.pem')]);
      expect(result).toMatchObject({ protocol: 'wamp.2.json', clean: true, tlsVersion: 'TLSv1.2' });
      await server!.received(1);
      // Python's ssl gives the raw Finished message (RFC 5929); Autobahn hashes it with SHA-256.
      const expected = createHash('sha256').update(Buffer.from(result.tlsUnique!, 'hex')).digest();
      expect(Buffer.from(server!.transport!.transportDetails!.channelId['tls-unique']!)).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 20_000);
});
