/** Autobahn|Python's RawSocket client (Debian python3-autobahn) against listenRawSocket. */
import { spawn } from 'node:child_process';

import { join } from 'node:path';
import type { ISerializer, ITransportListener } from '@wamp/interfaces';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { Hello } from '@wamp/message';
import { listenRawSocket, rawSocket } from '../src/index.js';
import type { Recorder } from '@wamp/test-support';
import { PYTHON, autobahnPythonAvailable, recorder, runPythonJson } from '@wamp/test-support';

const available = autobahnPythonAvailable();

const cases: [string, () => ISerializer][] = [
  ['json', () => new JsonSerializer()],
  ['msgpack', () => new MsgPackSerializer()],
  ['cbor', () => new CborSerializer()],
];

(available ? describe : describe.skip)('Autobahn|Python RawSocket client against listenRawSocket', () => {
  let listener: ITransportListener | undefined;
  afterEach(() => listener?.close());

  it.each(cases)('completes the handshake with %s and delivers its HELLO', async (name, make) => {
    let server: Recorder | undefined;
    listener = await listenRawSocket({ port: 0, serializers: [new JsonSerializer(), new MsgPackSerializer(), new CborSerializer()], handlerFactory: () => (server = recorder()) });
    const result = await runPythonJson<Record<string, unknown>>(join(__dirname, 'py', 'rawsocket_client.py'), ['127.0.0.1', String(listener.address.port), name]);
    expect(result).toMatchObject({ opened: true, closed: true });
    const [hello] = await server!.received(1);
    expect(hello).toEqual([1, 'realm1', { roles: { caller: {} } }]);
    expect(server!.transport!.transportDetails!.channelSerializer).toBe(make().SERIALIZER_ID);
    await server!.closed();
  }, 20_000);
});

(available ? describe : describe.skip)('our rawSocket client against Autobahn|Python\'s RawSocket server', () => {
  it.each(cases)('completes the handshake with %s; Autobahn reads our HELLO and we read its ABORT', async (name, make) => {
    const child = spawn(PYTHON, [join(__dirname, 'py', 'rawsocket_server.py')], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: Record<string, unknown>[] = [];
    const waiters: (() => void)[] = [];
    child.stdout.on('data', (d: Buffer) => {
      for (const line of d.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      waiters.splice(0).forEach((w) => w());
    });
    const until = async (n: number) => {
      while (lines.length < n) await new Promise<void>((r) => waiters.push(r));
    };
    try {
      await until(1);
      const client = recorder();
      const t = await rawSocket(`rs://127.0.0.1:${lines[0]!['port']}`, { serializers: [make()] }).connect(client, { signal: AbortSignal.timeout(5000) });
      t.send(new Hello({ realm: 'realm1', details: { roles: { caller: {} } } }));
      await until(2);
      expect(lines[1]).toEqual({ serializer: name, wamp: [1, 'realm1', { roles: { caller: {} } }] });
      const [abort] = await client.received(1);
      expect(abort).toEqual([3, { message: 'test server' }, 'wamp.error.no_such_realm']);
      t.close();
      await client.closed();
    } finally {
      child.kill();
    }
  }, 20_000);
});
