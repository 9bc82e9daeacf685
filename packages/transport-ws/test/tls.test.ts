import type { ITransportListener } from '@wamp/interfaces';
import { Goodbye } from '@wamp/message';
import { JsonSerializer } from '@wamp/serializers/json';
import { webSocket } from '../src/index.js';
import { listenWebSocket } from '../src/server.js';
import type { Recorder } from '@wamp/test-support';
import { recorder } from '@wamp/test-support';
import { tlsCert } from '@wamp/test-support';

let key = '';
let cert = '';
beforeAll(() => ({ key, cert } = tlsCert()));

describe.each([
  ['TLS 1.2', 'TLSv1.2', 'tls-unique'],
  ['TLS 1.3', 'TLSv1.3', 'tls-exporter'],
] as const)('wss:// over %s', (_name, version, idType) => {
  let listener: ITransportListener | undefined;
  afterEach(() => listener?.close());

  it(`gives both ends the same 32-byte ${idType} channel id`, async () => {
    let server: Recorder | undefined;
    listener = await listenWebSocket({
      port: 0,
      serializers: [new JsonSerializer()],
      tls: { key, cert, minVersion: version, maxVersion: version },
      handlerFactory: () => (server = recorder()),
    });
    expect(listener.address.url).toMatch(/^wss:\/\/127\.0\.0\.1:\d+\/ws$/);
    const client = recorder();
    const t = await webSocket(listener.address.url, { serializers: [new JsonSerializer()], tls: { ca: cert } }).connect(client, {
      signal: AbortSignal.timeout(5000),
    });
    t.send(new Goodbye({ reason: 'wamp.close.normal' }));
    await server!.received(1);
    const mine = t.transportDetails!;
    const theirs = server!.transport!.transportDetails!;
    expect([mine.channelType, mine.isSecure, theirs.isSecure]).toEqual(['tls', true, true]);
    const a = mine.channelId[idType];
    const b = theirs.channelId[idType];
    expect(a).toBeInstanceOf(Uint8Array);
    expect([a!.length, b!.length]).toEqual([32, 32]);
    expect(Buffer.from(a!).equals(Buffer.from(b!))).toBe(true);
    t.close();
    await client.closed();
  });
});

it('refuses a wss:// server whose certificate is not trusted', async () => {
  const listener = await listenWebSocket({ port: 0, serializers: [new JsonSerializer()], tls: { key, cert }, handlerFactory: () => recorder() });
  await expect(webSocket(listener.address.url, { serializers: [new JsonSerializer()] }).connect(recorder(), { signal: AbortSignal.timeout(5000) })).rejects.toMatchObject({
    name: 'TransportLost',
    message: expect.stringMatching(/self[- ]signed|certificate/i),
  });
  await listener.close();
});
