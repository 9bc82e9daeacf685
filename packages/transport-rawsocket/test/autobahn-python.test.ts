/**
 * Interop with Autobahn|Python (Debian python3-autobahn, /usr/bin/python3) at the RawSocket
 * level: its client against listenRawSocket, our client against its server, for json, msgpack and
 * cbor; and the TLS channel id (tls-unique) as Autobahn computes it, against ours. Skipped with a
 * warning when Autobahn is not importable; under CI=true that is a failure.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ITransportListener } from '@wamp/interfaces';
import { Hello } from '@wamp/message';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import type { Recorder } from '@wamp/test-support';
import { PYTHON, autobahnPythonAvailable, recorder, runPythonJson, tlsCert } from '@wamp/test-support';
import { listenRawSocket, rawSocket } from '../src/index.js';
import { SERIALIZERS, soon, tempDir } from './support.js';

const available = autobahnPythonAvailable();
const suite = available ? describe : describe.skip;
const dir = tempDir();
const script = (name: string) => join(__dirname, 'py', name);

/** A Python helper that prints JSON lines; `line(n)` waits for the n-th (0-based). */
function pythonLines(args: string[]): { child: ChildProcessWithoutNullStreams; line(n: number): Promise<Record<string, unknown>> } {
  const child = spawn(PYTHON, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: Record<string, unknown>[] = [];
  const waiters: (() => void)[] = [];
  let text = '';
  let stderr = '';
  let exited = false;
  child.stdout.on('data', (d: Buffer) => {
    text += d.toString();
    const parts = text.split('\n');
    text = parts.pop()!;
    for (const part of parts.filter(Boolean)) lines.push(JSON.parse(part) as Record<string, unknown>);
    waiters.splice(0).forEach((w) => w());
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.on('exit', () => {
    exited = true;
    waiters.splice(0).forEach((w) => w());
  });
  return {
    child,
    async line(n) {
      while (lines.length <= n) {
        if (exited) throw new Error(`python helper exited before line ${n}: ${stderr}`);
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
      return lines[n]!;
    },
  };
}

let listener: ITransportListener | undefined;
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(async () => {
  children.splice(0).forEach((c) => c.kill());
  await listener?.close();
  listener = undefined;
});

suite('Autobahn|Python RawSocket client against listenRawSocket', () => {
  it.each(SERIALIZERS)('completes the handshake with %s and delivers its HELLO', async (name, make) => {
    let server: Recorder | undefined;
    listener = await listenRawSocket({
      port: 0,
      serializers: [new JsonSerializer(), new MsgPackSerializer(), new CborSerializer()],
      handlerFactory: () => (server = recorder()),
    });
    const result = await runPythonJson<Record<string, unknown>>(script('rawsocket_client.py'), ['127.0.0.1', String(listener.address.port), name]);
    expect(result).toMatchObject({ opened: true, closed: true });
    const [hello] = await server!.received(1);
    expect(hello).toEqual([1, 'realm1', { roles: { caller: {} } }]);
    expect(server!.transport!.transportDetails!.channelSerializer).toBe(make().SERIALIZER_ID);
    await server!.closed();
  }, 20_000);
});

suite("our rawSocket client against Autobahn|Python's RawSocket server", () => {
  it.each(SERIALIZERS)('completes the handshake with %s; Autobahn reads our HELLO and we read its ABORT', async (name, make) => {
    const python = pythonLines([script('rawsocket_server.py')]);
    children.push(python.child);
    const { port } = await python.line(0);
    const client = recorder();
    const t = await rawSocket(`rs://127.0.0.1:${port}`, { serializers: [make()] }).connect(client, { signal: soon() });
    // Autobahn's router side announces 2^24 (L=15) and echoes the serializer.
    t.send(new Hello({ realm: 'realm1', details: { roles: { caller: {} } } }));
    expect(await python.line(1)).toEqual({ serializer: name, wamp: [1, 'realm1', { roles: { caller: {} } }] });
    expect(await client.received(1)).toEqual([[3, { message: 'test server' }, 'wamp.error.no_such_realm']]);
    t.close();
    expect((await client.closed()).wasClean).toBe(true);
  }, 20_000);

  it('falls back to the next serializer when Autobahn drops the connection instead of answering error 1', async () => {
    const python = pythonLines([script('rawsocket_server.py'), 'cbor']);
    children.push(python.child);
    const { port } = await python.line(0);
    const client = recorder();
    const t = await rawSocket(`rs://127.0.0.1:${port}`, { serializers: [new JsonSerializer(), new CborSerializer()] }).connect(client, { signal: soon() });
    expect(t.transportDetails?.channelSerializer).toBe('cbor');
    t.close();
  }, 20_000);
});

suite.each(['1.2', '1.3'] as const)("TLS channel id (tls-unique under TLS %s) as Autobahn|Python's transport_channel_id computes it", (version) => {
  it('our client computes the same channel id as an Autobahn-measured server', async () => {
    const { key, cert } = tlsCert();
    writeFileSync(join(dir(), 'cert.pem'), cert);
    writeFileSync(join(dir(), 'key.pem'), key);
    const python = pythonLines([script('rawsocket_tls.py'), 'server', join(dir(), 'cert.pem'), join(dir(), 'key.pem'), version]);
    children.push(python.child);
    const { port } = await python.line(0);
    const client = recorder();
    const t = await rawSocket(`rss://127.0.0.1:${port}`, { serializers: [new JsonSerializer()], tls: { ca: cert, minVersion: `TLSv${version}`, maxVersion: `TLSv${version}` } }).connect(client, { signal: soon() });
    const theirs = await python.line(1);
    expect(theirs).toMatchObject({ request: [0x7f, 0xf1, 0, 0], version: `TLSv${version}` });
    expect(Buffer.from(t.transportDetails!.channelId['tls-unique']!).toString('hex')).toBe(theirs['channel_id']);
    t.close();
  }, 20_000);

  it('listenRawSocket computes the same channel id as an Autobahn-measured client', async () => {
    const { key, cert } = tlsCert();
    writeFileSync(join(dir(), 'ca.pem'), cert);
    let server: Recorder | undefined;
    listener = await listenRawSocket({ port: 0, tls: { key, cert }, serializers: [new JsonSerializer()], handlerFactory: () => (server = recorder()) });
    const theirs = await runPythonJson<Record<string, unknown>>(script('rawsocket_tls.py'), ['client', String(listener.address.port), join(dir(), 'ca.pem'), version]);
    expect(theirs).toMatchObject({ reply: [0x7f, 0xf1, 0, 0], version: `TLSv${version}` });
    expect(Buffer.from(server!.transport!.transportDetails!.channelId['tls-unique']!).toString('hex')).toBe(theirs['channel_id']);
  }, 20_000);
});
