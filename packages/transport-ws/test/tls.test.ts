import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:https';
import type { TLSSocket } from 'node:tls';
import type { ITransportListener } from '@wamp/interfaces';
import { Call, Result } from '@wamp/message';
import { JsonSerializer } from '@wamp/serializers/json';
import type { Recorder } from '@wamp/test-support';
import { recorder, tlsCert } from '@wamp/test-support';
import { webSocket } from '../src/index.js';
import { listenWebSocket } from '../src/server.js';
import { FORMATS, deferred, signal } from './support.js';

let key = '';
let cert = '';
beforeAll(() => ({ key, cert } = tlsCert()));
const defer = deferred();

const VERSIONS = [
  ['TLS 1.2', 'TLSv1.2', 'tls-unique'],
  ['TLS 1.3', 'TLSv1.3', 'tls-exporter'],
] as const;

describe.each(VERSIONS)('wss:// over %s', (_name, version, idType) => {
  let listener: ITransportListener | undefined;
  afterEach(async () => {
    await listener?.close();
    listener = undefined;
  });

  it.each(FORMATS)(`carries messages with %s and gives both ends the same 32-byte ${idType}`, async (id, make) => {
    let server: Recorder | undefined;
    listener = await listenWebSocket({
      port: 0,
      serializers: [make()],
      tls: { key, cert, minVersion: version, maxVersion: version },
      handlerFactory: () => (server = recorder((m, t) => t.send(new Result({ request: (m as Call).request, args: (m as Call).args })))),
    });
    expect(listener.address).toMatchObject({ kind: 'tls', url: expect.stringMatching(/^wss:\/\/127\.0\.0\.1:\d+\/ws$/) });
    const client = recorder();
    const t = await webSocket(listener.address.url, { serializers: [make()], tls: { ca: cert } }).connect(client, { signal: signal() });
    for (let i = 1; i <= 10; i++) t.send(new Call({ request: i, procedure: 'com.example.echo', args: [i, new Uint8Array([i])] }));
    expect((await client.received(10)).map((m) => m[3])).toEqual(Array.from({ length: 10 }, (_, i) => [i + 1, new Uint8Array([i + 1])]));
    const mine = t.transportDetails!;
    const theirs = server!.transport!.transportDetails!;
    expect(mine).toMatchObject({ channelType: 'tls', isSecure: true, channelSerializer: id, peerCert: expect.stringContaining('BEGIN CERTIFICATE') });
    expect(theirs).toMatchObject({ channelType: 'tls', isSecure: true, channelSerializer: id, peerCert: undefined });
    // Under TLS 1.3 tls-unique too, as Autobahn|Python and Crossbar.io compute it there.
    expect(Object.keys(mine.channelId).sort()).toEqual(idType === 'tls-exporter' ? ['tls-exporter', 'tls-unique'] : ['tls-unique']);
    const a = mine.channelId[idType]!;
    expect(a).toBeInstanceOf(Uint8Array);
    expect(a.length).toBe(32);
    expect(Buffer.from(a).equals(Buffer.from(theirs.channelId[idType]!))).toBe(true);
    t.close();
    await client.closed();
  });
});

it.each(VERSIONS)('computes the %s channel id the way the spec says, checked against the server socket', async (_name, version, idType) => {
  // Our own https.Server, so the test sees the TLS socket and derives the id independently.
  const https = createServer({ key, cert, minVersion: version, maxVersion: version });
  let tlsSocket: TLSSocket | undefined;
  https.on('secureConnection', (s: TLSSocket) => (tlsSocket = s));
  https.listen(0, '127.0.0.1');
  await once(https, 'listening');
  defer(() => new Promise((r) => https.close(r)));
  let server: Recorder | undefined;
  const listener = await listenWebSocket({ server: https, serializers: [new JsonSerializer()], handlerFactory: () => (server = recorder()) });
  defer(() => listener.close());
  expect(listener.address.url).toMatch(/^wss:/);
  const client = recorder();
  const t = await webSocket(listener.address.url, { serializers: [new JsonSerializer()], tls: { ca: cert } }).connect(client, { signal: signal() });
  await new Promise((r) => setImmediate(r));
  expect(tlsSocket!.getProtocol()).toBe(version);
  expect(tlsSocket!.isSessionReused()).toBe(false);
  // RFC 5929 §3.1 (the client's Finished of a full handshake, SHA-256 as Autobahn|Python does) /
  // RFC 9266 §2 (exporter label EXPORTER-Channel-Binding, empty context, 32 bytes).
  const expected =
    idType === 'tls-unique'
      ? createHash('sha256').update(tlsSocket!.getPeerFinished()!).digest()
      : tlsSocket!.exportKeyingMaterial(32, 'EXPORTER-Channel-Binding', Buffer.alloc(0));
  expect(Buffer.from(server!.transport!.transportDetails!.channelId[idType]!)).toEqual(expected);
  expect(Buffer.from(t.transportDetails!.channelId[idType]!)).toEqual(expected);
  if (idType === 'tls-unique') expect(expected).not.toEqual(createHash('sha256').update(tlsSocket!.getFinished()!).digest());
  t.close();
  await client.closed();
});

it('refuses a wss:// server whose certificate is not trusted', async () => {
  const listener = await listenWebSocket({ port: 0, serializers: [new JsonSerializer()], tls: { key, cert }, handlerFactory: () => recorder() });
  defer(() => listener.close());
  await expect(webSocket(listener.address.url, { serializers: [new JsonSerializer()] }).connect(recorder(), { signal: signal() })).rejects.toMatchObject({
    name: 'TransportLost',
    message: expect.stringMatching(/cannot connect: .*(self[- ]signed|certificate)/i),
  });
});
