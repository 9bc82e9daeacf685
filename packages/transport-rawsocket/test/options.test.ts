/** URL parsing and option checks of rawSocket / listenRawSocket. */
import type { ISerializer } from '@wamp/interfaces';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { listenRawSocket, rawSocket } from '../src/index.js';
import { rawSocketSerializers } from '../src/options.js';
import { parseRawSocketUrl } from '../src/raw-socket-url.js';

describe('parseRawSocketUrl', () => {
  it.each([
    ['rs://127.0.0.1:8080', { kind: 'tcp', secure: false, host: '127.0.0.1', port: 8080 }],
    ['rss://example.com:443', { kind: 'tcp', secure: true, host: 'example.com', port: 443 }],
    ['RS://Example.com:9000/', { kind: 'tcp', secure: false, host: 'Example.com', port: 9000 }],
    ['rs://[::1]:8081', { kind: 'tcp', secure: false, host: '::1', port: 8081 }],
    ['rs://localhost', { kind: 'tcp', secure: false, host: 'localhost', port: 80 }],
    ['rss://localhost', { kind: 'tcp', secure: true, host: 'localhost', port: 443 }],
    ['unix:///run/wamp.sock', { kind: 'unix', secure: false, path: '/run/wamp.sock' }],
    ['unix:///tmp/a%20b.sock', { kind: 'unix', secure: false, path: '/tmp/a b.sock' }],
    ['rs://unix:/tmp/file.sock', { kind: 'unix', secure: false, path: '/tmp/file.sock' }],
    ['rss://unix:../file.sock', { kind: 'unix', secure: true, path: '../file.sock' }],
  ])('parses %s', (url, target) => {
    expect(parseRawSocketUrl(url)).toEqual(target);
  });

  it.each([
    'tcp://127.0.0.1:8080', // Autobahn|Python knows rs and rss only
    'tls://127.0.0.1:8080',
    'ws://127.0.0.1:8080',
    'rs://127.0.0.1:8080/path',
    'rs://127.0.0.1:8080?x=1',
    'rs://127.0.0.1:0',
    'rs://127.0.0.1:70000',
    'rs://',
    'unix://relative.sock',
    '',
  ])('refuses %p with a TypeError naming the URL', (url) => {
    expect(() => parseRawSocketUrl(url)).toThrow(TypeError);
    expect(() => parseRawSocketUrl(url)).toThrow(JSON.stringify(url));
  });
});

describe('serializer lists', () => {
  it('skips batched variants and repeated RawSocket ids, keeping the order', () => {
    const json = new JsonSerializer();
    const list = rawSocketSerializers([new JsonSerializer({ batched: true }), new CborSerializer(), json, new JsonSerializer()], 'x');
    expect(list.map((s) => s.SERIALIZER_ID)).toEqual(['cbor', 'json']);
    expect(list[1]).toBe(json);
  });

  it('refuses an empty list, only batched serializers, and a serializer without a RawSocket id', () => {
    expect(() => rawSocket('rs://127.0.0.1:1', { serializers: [] })).toThrow(/at least one serializer/);
    expect(() => rawSocket('rs://127.0.0.1:1', { serializers: [new CborSerializer({ batched: true })] })).toThrow(/batched variants are WebSocket-only/);
    const odd = { ...new JsonSerializer(), SERIALIZER_ID: 'odd', RAWSOCKET_SERIALIZER_ID: 0 } as unknown as ISerializer;
    expect(() => rawSocket('rs://127.0.0.1:1', { serializers: [odd] })).toThrow(/odd has no RawSocket id in 1..15/);
  });
});

describe('option checks', () => {
  const serializers = [new JsonSerializer()];

  it('refuses maxMessageSize above 2^24 and negative durations with RangeError', () => {
    expect(() => rawSocket('rs://127.0.0.1:1', { serializers, maxMessageSize: 2 ** 24 + 1 })).toThrow(RangeError);
    expect(() => rawSocket('rs://127.0.0.1:1', { serializers, connectTimeout: -1 })).toThrow(/connectTimeout must be a non-negative number/);
  });

  it('describes the connector by URL and serializers', () => {
    expect(rawSocket('rs://127.0.0.1:1', { serializers: [new CborSerializer(), new JsonSerializer()] }).description).toBe('rs://127.0.0.1:1 (cbor, json)');
  });

  it('refuses a listener with both a Unix path and a port, or without a handler factory', async () => {
    await expect(listenRawSocket({ serializers, handlerFactory: () => ({ onOpen() {}, onMessage() {}, onClose() {} }), path: '/tmp/x.sock', port: 1 })).rejects.toThrow(TypeError);
    await expect(listenRawSocket({ serializers } as never)).rejects.toThrow(/handlerFactory must be a function/);
  });
});
