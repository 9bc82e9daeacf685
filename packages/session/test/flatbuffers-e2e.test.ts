/**
 * Our session against our router over WAMP-FlatBuffers (`wamp.2.flatbuffers`), WebSocket and
 * RawSocket. Both ends announce role features and an agent the schema has no field for, so both
 * use `lenientHello` (see @wamp/serializers' README).
 */
import type { EventDetails, ISerializer, ITransportConnector } from '@wamp/interfaces';
import { ApplicationError, CallResult, WAMP_ERROR, isCallResult } from '@wamp/interfaces';
import { Router } from '@wamp/router';
import { FlatBuffersSerializer } from '@wamp/serializers/flatbuffers';
import { listenRawSocket, rawSocket } from '@wamp/transport-rawsocket';
import { webSocket } from '@wamp/transport-ws';
import { listenWebSocket } from '@wamp/transport-ws/server';
import { connect } from '../src/index.js';

const flatbuffers = (): ISerializer => new FlatBuffersSerializer({ lenientHello: true });

describe('@wamp/session with @wamp/router over wamp.2.flatbuffers', () => {
  let router: Router;
  const urls: Record<string, string> = {};

  beforeAll(async () => {
    router = new Router({ realms: [{ name: 'realm1' }], log: () => {} });
    urls['ws'] = (await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: [flatbuffers()] })).address.url;
    urls['rs'] = (await router.listen(listenRawSocket, { host: '127.0.0.1', port: 0, serializers: [flatbuffers()] })).address.url;
  });

  afterAll(() => router.close({ timeout: 500 }));

  const connectors: [string, () => ITransportConnector][] = [
    ['WebSocket', () => webSocket(urls['ws']!, { serializers: [flatbuffers()] })],
    ['RawSocket', () => rawSocket(urls['rs']!, { serializers: [flatbuffers()] })],
  ];

  it.each(connectors)('joins, calls, gets errors and receives events over %s', async (_name, connector) => {
    const service = await connect({ transport: connector(), realm: 'realm1' });
    const client = await connect({ transport: connector(), realm: 'realm1' });
    try {
      expect(service.sessionDetails).toMatchObject({ realm: 'realm1', authrole: 'anonymous', serializer: 'flatbuffers' });
      await service.register('com.example.add2', (args) => (args[0] as number) + (args[1] as number));
      await service.register('com.example.split', (args, kwargs) => new CallResult(String(args[0]).split(' '), { ...kwargs }));
      await service.register('com.example.echo', (args) => args[0]);
      await service.register('com.example.teapot', () => {
        throw new ApplicationError('com.example.error.teapot', { args: [418], kwargs: { short: 'and stout' } });
      });
      expect(await client.call('com.example.add2', [2, 3])).toBe(5);
      const split = await client.call('com.example.split', ['a b c'], { extra: 'ü→✓' });
      expect(isCallResult(split)).toBe(true);
      expect(split).toMatchObject({ args: ['a', 'b', 'c'], kwargs: { extra: 'ü→✓' } });
      const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256);
      expect(await client.call('com.example.echo', [bytes])).toEqual(bytes);
      await expect(client.call('com.example.teapot')).rejects.toMatchObject({ uri: 'com.example.error.teapot', args: [418], kwargs: { short: 'and stout' } });
      await expect(client.call('com.example.nobody')).rejects.toMatchObject({ uri: WAMP_ERROR.NO_SUCH_PROCEDURE });

      let received!: (e: [unknown[], Record<string, unknown>, EventDetails]) => void;
      const event = new Promise<[unknown[], Record<string, unknown>, EventDetails]>((r) => (received = r));
      await client.subscribe('com.example.news', (args, kwargs, details) => received([args, kwargs, details]));
      const publication = await service.publish('com.example.news', ['hello', bytes], { n: 1 }, { acknowledge: true });
      const [args, kwargs, details] = await event;
      expect(args).toEqual(['hello', bytes]);
      expect(kwargs).toEqual({ n: 1 });
      expect(details.publication).toBe(publication!.id);
    } finally {
      await client.leave();
      await service.leave();
    }
  });

  it('is told with ABORT, not left waiting, when the router cannot encode its WELCOME (strict FlatBuffers on the router side)', async () => {
    const strict = new Router({ realms: [{ name: 'realm1' }], log: () => {} });
    try {
      const url = (await strict.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: [new FlatBuffersSerializer()] })).address.url;
      const started = Date.now();
      await expect(connect({ transport: webSocket(url, { serializers: [flatbuffers()] }), realm: 'realm1' })).rejects.toMatchObject({
        uri: WAMP_ERROR.FEATURE_NOT_SUPPORTED,
        message: expect.stringContaining('WELCOME'),
      });
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await strict.close({ timeout: 200 });
    }
  });
});
