/**
 * Raw transport throughput: messages per second both ways (the server echoes every message) over
 * our WebSocket and RawSocket transports, beside plain `ws` and plain `net` sockets (4-byte length
 * framing) in the same run. A pass-through serializer hands over prebuilt bytes and a prebuilt
 * message, so the figures show what the transports add, not serialization.
 */
import { once } from 'node:events';
import { createServer, connect as netConnect } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import type { IMessage, IMessageClass, ISerializer, ITransport, ITransportConnector, ITransportHandler, TransportHandlerFactory } from '@wamp/interfaces';
import { Event } from '@wamp/message';
import { listenRawSocket, rawSocket } from '@wamp/transport-rawsocket';
import { webSocket } from '@wamp/transport-ws';
import { listenWebSocket } from '@wamp/transport-ws/server';
import WebSocket, { WebSocketServer } from 'ws';

/** Serializes nothing: `serialize` returns fixed bytes, `unserialize` a fixed message. */
class PassThroughSerializer implements ISerializer {
  readonly MESSAGE_TYPE_MAP = new Map<number, IMessageClass>();
  readonly SERIALIZER_ID = 'cbor';
  readonly RAWSOCKET_SERIALIZER_ID = 3;
  readonly PAYLOAD_SERIALIZER_ID = 'cbor';
  readonly MIME_TYPE = 'application/cbor';
  readonly BINARY = true;
  constructor(readonly bytes: Uint8Array, readonly message: IMessage) {}
  serialize(): [Uint8Array, boolean] {
    return [this.bytes, true];
  }
  unserialize(): IMessage[] {
    return [this.message];
  }
}

export interface TransportResult {
  readonly size: number;
  readonly messagesPerSec: Record<string, number>;
}

const WINDOW = 256;

// Sends `count` messages with at most WINDOW unanswered, resolves when all echoes arrived.
async function pump(count: number, send: () => void, onEcho: (cb: () => void) => void): Promise<number> {
  let sent = 0;
  let received = 0;
  const start = process.hrtime.bigint();
  await new Promise<void>((resolve) => {
    onEcho(() => {
      received++;
      if (received === count) resolve();
      else if (sent < count) {
        send();
        sent++;
      }
    });
    for (; sent < Math.min(WINDOW, count); sent++) send();
  });
  return (2 * count) / (Number(process.hrtime.bigint() - start) / 1e9);
}

async function ours(listen: (f: TransportHandlerFactory) => Promise<{ connector: ITransportConnector; close(): Promise<void> }>, count: number, message: IMessage): Promise<number> {
  const server = await listen(() => {
    let transport: ITransport;
    return { onOpen: (t) => (transport = t), onMessage: (m) => void transport.send(m), onClose: () => {} };
  });
  let echo: () => void = () => {};
  const handler: ITransportHandler = { onOpen: () => {}, onMessage: () => echo(), onClose: () => {} };
  const client = await server.connector.connect(handler, { signal: AbortSignal.timeout(5000) });
  const rate = await pump(count, () => void client.send(message), (cb) => (echo = cb));
  client.close();
  await server.close();
  return rate;
}

async function plainWs(count: number, bytes: Uint8Array): Promise<number> {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
  await once(wss, 'listening');
  wss.on('connection', (ws) => ws.on('message', (data, isBinary) => ws.send(data as Buffer, { binary: isBinary })));
  const ws = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`, { perMessageDeflate: false });
  await once(ws, 'open');
  let echo: () => void = () => {};
  ws.on('message', () => echo());
  const rate = await pump(count, () => ws.send(bytes, { binary: true }), (cb) => (echo = cb));
  ws.close();
  await new Promise((r) => wss.close(r));
  return rate;
}

// Plain TCP with the same 4-byte length prefix RawSocket uses, parsed as simply as possible.
function onFrames(socket: Socket, frame: (payload: Buffer) => void): void {
  let buffered: Buffer = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
    while (buffered.length >= 4) {
      const len = buffered.readUInt32BE(0);
      if (buffered.length < 4 + len) break;
      frame(buffered.subarray(4, 4 + len));
      buffered = buffered.subarray(4 + len);
    }
  });
}

async function plainNet(count: number, bytes: Uint8Array): Promise<number> {
  const header = Buffer.alloc(4);
  header.writeUInt32BE(bytes.length);
  // noDelay on both ends, as our RawSocket and ws set it: a fair ceiling.
  const server = createServer((s) => (s.setNoDelay(true), onFrames(s, (p) => s.write(Buffer.concat([header, p])))));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const socket = netConnect((server.address() as AddressInfo).port, '127.0.0.1');
  await once(socket, 'connect');
  socket.setNoDelay(true);
  let echo: () => void = () => {};
  onFrames(socket, () => echo());
  const rate = await pump(count, () => (socket.cork(), socket.write(header), socket.write(bytes), socket.uncork()), (cb) => (echo = cb));
  socket.destroy();
  await new Promise((r) => server.close(r));
  return rate;
}

/** Runs 16-byte and 64 KiB messages over each transport, best of `rounds`. */
export async function runTransportBench(rounds: number, quick: boolean): Promise<TransportResult[]> {
  const results: TransportResult[] = [];
  for (const size of [16, 65536]) {
    const count = (size === 16 ? 20000 : 2000) / (quick ? 4 : 1);
    const bytes = new Uint8Array(size).fill(7);
    const message = new Event({ subscription: 1, publication: 1, args: [bytes] });
    const serializer = () => new PassThroughSerializer(bytes, message);
    const contenders: Record<string, () => Promise<number>> = {
      'ours ws': () =>
        ours(async (handlerFactory) => {
          const l = await listenWebSocket({ port: 0, serializers: [serializer()], handlerFactory });
          return { connector: webSocket(l.address.url, { serializers: [serializer()] }), close: () => l.close() };
        }, count, message),
      'plain ws': () => plainWs(count, bytes),
      'ours rawsocket': () =>
        ours(async (handlerFactory) => {
          const l = await listenRawSocket({ port: 0, serializers: [serializer()], handlerFactory });
          return { connector: rawSocket(l.address.url, { serializers: [serializer()] }), close: () => l.close() };
        }, count, message),
      'plain net': () => plainNet(count, bytes),
    };
    const best: Record<string, number> = {};
    for (let r = 0; r < rounds; r++) {
      for (const [name, run] of Object.entries(contenders)) best[name] = Math.max(best[name] ?? 0, await run());
    }
    results.push({ size, messagesPerSec: best });
  }
  return results;
}
