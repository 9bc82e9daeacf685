/** Autobahn|Python (Debian python3-autobahn) connects to our WebSocket server: a peer no one here wrote. */
import { join } from 'node:path';
import type { ISerializer, ITransportListener } from '@wamp/interfaces';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { listenWebSocket } from '../src/server.js';
import type { Recorder } from '@wamp/test-support';
import { autobahnPythonAvailable, recorder, runPythonJson } from '@wamp/test-support';

const available = autobahnPythonAvailable();

const cases: [string, () => ISerializer][] = [
  ['wamp.2.json', () => new JsonSerializer()],
  ['wamp.2.msgpack', () => new MsgPackSerializer()],
  ['wamp.2.cbor', () => new CborSerializer()],
];

(available ? describe : describe.skip)('Autobahn|Python WebSocket client against listenWebSocket', () => {
  let listener: ITransportListener | undefined;
  afterEach(() => listener?.close());

  it.each(cases)('negotiates %s and delivers its HELLO', async (protocol, make) => {
    let server: Recorder | undefined;
    listener = await listenWebSocket({ port: 0, serializers: [make()], handlerFactory: () => (server = recorder()) });
    // Autobahn offers every format; our server picks the one it was given.
    const result = await runPythonJson<{ protocol: string; clean: boolean }>(join(__dirname, 'py', 'ws_client.py'), [listener.address.url, 'wamp.2.cbor,wamp.2.msgpack,wamp.2.json']);
    expect(result).toEqual({ protocol, clean: true });
    const [hello] = await server!.received(1);
    expect(hello).toEqual([1, 'realm1', { roles: { caller: {} } }]);
    expect((await server!.closed()).wasClean).toBe(true);
  }, 20_000);
});
