import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeTransportCompliance } from '@wamp/compliance-tests/transport';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { tlsCert } from '@wamp/test-support';
import { webSocket } from '../src/index.js';
import { listenWebSocket } from '../src/server.js';

describeTransportCompliance('WebSocket (json)', {
  setup: () => ({
    maxMessageSize: 65536,
    listen: async (handlerFactory) => {
      const l = await listenWebSocket({ port: 0, serializers: [new JsonSerializer()], handlerFactory, maxMessageSize: 65536 });
      return { connector: webSocket(l.address.url, { serializers: [new JsonSerializer()] }), close: () => l.close() };
    },
  }),
  teardown: () => {},
});

describeTransportCompliance('WebSocket (msgpack.batched)', {
  setup: () => ({
    listen: async (handlerFactory) => {
      const l = await listenWebSocket({ port: 0, serializers: [new MsgPackSerializer({ batched: true })], handlerFactory });
      return { connector: webSocket(l.address.url, { serializers: [new MsgPackSerializer({ batched: true })] }), close: () => l.close() };
    },
  }),
  teardown: () => {},
});

describeTransportCompliance('WebSocket over TLS (json)', {
  setup: () => ({
    listen: async (handlerFactory) => {
      const { key, cert } = tlsCert();
      const l = await listenWebSocket({ port: 0, tls: { key, cert }, serializers: [new JsonSerializer()], handlerFactory });
      return { connector: webSocket(l.address.url, { serializers: [new JsonSerializer()], tls: { ca: cert } }), close: () => l.close() };
    },
  }),
  teardown: () => {},
});

let dir: string | undefined;
describeTransportCompliance('WebSocket over a Unix socket (cbor)', {
  setup: () => ({
    maxMessageSize: 65536,
    listen: async (handlerFactory) => {
      dir = mkdtempSync(join(tmpdir(), 'wamp-ws-'));
      const l = await listenWebSocket({ socketPath: join(dir, 'wamp.sock'), serializers: [new CborSerializer()], handlerFactory, maxMessageSize: 65536 });
      return { connector: webSocket(l.address.url, { serializers: [new CborSerializer()] }), close: () => l.close() };
    },
  }),
  teardown: () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  },
});
