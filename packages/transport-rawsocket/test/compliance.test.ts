import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeTransportCompliance } from '@wamp/compliance-tests/transport';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { listenRawSocket, rawSocket } from '../src/index.js';
import { tlsCert } from '@wamp/test-support';

const dir = mkdtempSync(join(tmpdir(), 'wamp-rs-compliance-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeTransportCompliance('RawSocket over TCP (cbor)', {
  setup: () => ({
    maxMessageSize: 65536,
    listen: async (handlerFactory) => {
      const l = await listenRawSocket({ port: 0, serializers: [new CborSerializer()], handlerFactory, maxMessageSize: 65536 });
      return { connector: rawSocket(l.address.url, { serializers: [new CborSerializer()] }), close: () => l.close() };
    },
  }),
  teardown: () => {},
});

let n = 0;
describeTransportCompliance('RawSocket over a Unix socket (json)', {
  setup: () => ({
    listen: async (handlerFactory) => {
      const l = await listenRawSocket({ path: join(dir, `c${++n}.sock`), serializers: [new JsonSerializer()], handlerFactory });
      return { connector: rawSocket(l.address.url, { serializers: [new JsonSerializer()] }), close: () => l.close() };
    },
  }),
  teardown: () => {},
});

describeTransportCompliance('RawSocket over TLS (json)', {
  setup: () => ({
    listen: async (handlerFactory) => {
      const { key, cert } = tlsCert();
      const l = await listenRawSocket({ port: 0, tls: { key, cert }, serializers: [new JsonSerializer()], handlerFactory });
      return { connector: rawSocket(l.address.url, { serializers: [new JsonSerializer()], tls: { ca: cert } }), close: () => l.close() };
    },
  }),
  teardown: () => {},
});
