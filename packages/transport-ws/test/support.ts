/** Peers that misbehave on purpose, and the formats every test runs over. */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo, Server, Socket } from 'node:net';
import { connect, createServer } from 'node:net';
import type { ISerializer } from '@wamp/interfaces';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';

/** Every serializer id the tests run over, with a factory. */
export const FORMATS: [string, () => ISerializer][] = [
  ['json', () => new JsonSerializer()],
  ['msgpack', () => new MsgPackSerializer()],
  ['cbor', () => new CborSerializer()],
  ['json.batched', () => new JsonSerializer({ batched: true })],
  ['msgpack.batched', () => new MsgPackSerializer({ batched: true })],
  ['cbor.batched', () => new CborSerializer({ batched: true })],
];

/** A signal for connect() that ends a hung test with a clear reason. */
export const signal = (): AbortSignal => AbortSignal.timeout(5000);

/** A TCP server on 127.0.0.1 whose behaviour on each connection the test decides. */
export interface RawServer {
  readonly port: number;
  /** Resolves with the first accepted socket. */
  readonly accepted: Promise<Socket>;
  close(): Promise<void>;
}

/** Starts a TCP server that hands every connection to `onSocket` (default: reads, never answers). */
export async function rawServer(onSocket: (socket: Socket) => void = (s) => s.on('data', () => {})): Promise<RawServer> {
  const sockets = new Set<Socket>();
  let first: (s: Socket) => void = () => {};
  const accepted = new Promise<Socket>((r) => (first = r));
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    first(socket);
    onSocket(socket);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    accepted,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}

/** RFC 6455 §4.2.2: the Sec-WebSocket-Accept value for a key. */
function acceptKey(key: string): string {
  return createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
}

/**
 * A socket handler that completes the WebSocket opening handshake selecting `protocol` (or none),
 * then reads and ignores everything: it never answers a ping and never closes.
 */
export function silentWebSocketPeer(protocol: string | undefined): (socket: Socket) => void {
  return (socket) => {
    let head = '';
    const onData = (chunk: Buffer): void => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      socket.off('data', onData);
      socket.on('data', () => {});
      const key = /sec-websocket-key:\s*(\S+)/i.exec(head)?.[1] ?? '';
      socket.write(
        'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
          `Sec-WebSocket-Accept: ${acceptKey(key)}\r\n${protocol ? `Sec-WebSocket-Protocol: ${protocol}\r\n` : ''}\r\n`,
      );
    };
    socket.on('data', onData);
  };
}

/**
 * A raw TCP client that completes the opening handshake offering `protocol`, then stays silent
 * (never answers pings). Resolves once the server's 101 arrived.
 */
export async function silentWebSocketClient(port: number, protocol: string): Promise<Socket> {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => {});
  await once(socket, 'connect');
  socket.write(
    'GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
      `Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: ${protocol}\r\n\r\n`,
  );
  const [first] = (await once(socket, 'data')) as [Buffer];
  if (!first.toString('latin1').startsWith('HTTP/1.1 101')) throw new Error(`handshake refused: ${first.toString('latin1')}`);
  socket.on('data', () => {});
  return socket;
}

/** Resolves once `test()` holds, checking after each turn of the event loop (no fixed sleeps). */
export async function until(test: () => boolean): Promise<void> {
  while (!test()) await new Promise((r) => setImmediate(r));
}

/**
 * Registers an afterEach that runs every function `defer` was given in the test, last first, so a
 * failing assertion still closes servers and sockets (and jest does not hang on them).
 */
export function deferred(): (cleanup: () => unknown) => void {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return (cleanup) => void cleanups.push(cleanup);
}
