/**
 * Test helpers for the RawSocket tests: socket kinds, a raw byte-level peer (to send hand-built
 * handshakes and frames), a scripted raw router, waiting on events (never sleeping).
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect as netConnect, createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ISerializer, ITransportListener } from '@wamp/interfaces';
import { Event } from '@wamp/message';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { tlsCert } from '@wamp/test-support';
import type { ListenRawSocketOptions, RawSocketOptions } from '../src/index.js';

export const SERIALIZERS: [id: string, make: () => ISerializer][] = [
  ['json', () => new JsonSerializer()],
  ['msgpack', () => new MsgPackSerializer()],
  ['cbor', () => new CborSerializer()],
];

export const KINDS = ['tcp', 'unix', 'tls1.2', 'tls1.3'] as const;
export type SocketKind = (typeof KINDS)[number];

/** A signal for connect() calls that should never take long. */
export const soon = (): AbortSignal => AbortSignal.timeout(5000);

/** A temporary directory removed after the file's tests. */
export function tempDir(): () => string {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'wamp-rs-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

let socketCount = 0;

/** Listener options for a socket kind: a free TCP port, a fresh Unix socket path, TLS pinned to one version. */
export function listenWhere(kind: SocketKind, dir: string): Partial<ListenRawSocketOptions> {
  const { key, cert } = tlsCert();
  switch (kind) {
    case 'tcp':
      return { port: 0 };
    case 'unix':
      return { path: join(dir, `s${++socketCount}.sock`) };
    case 'tls1.2':
      return { port: 0, tls: { key, cert, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' } };
    case 'tls1.3':
      return { port: 0, tls: { key, cert, minVersion: 'TLSv1.3' } };
  }
}

/** Client options for a socket kind (trusting the test certificate). */
export function connectWith(kind: SocketKind): Partial<RawSocketOptions> {
  return kind.startsWith('tls') ? { tls: { ca: tlsCert().cert } } : {};
}

/** A byte-level client: writes hand-built octets, reads exact counts, sees the close. */
export class RawPeer {
  readonly socket: Socket;
  #chunks: Uint8Array[] = [];
  #buffered = 0;
  #closed = false;
  #waiters: (() => void)[] = [];

  /** Wraps a connected socket (e.g. one a scripted router accepted). */
  constructor(socket: Socket) {
    this.socket = socket;
    socket.on('data', (chunk: Buffer) => {
      this.#chunks.push(new Uint8Array(chunk));
      this.#buffered += chunk.length;
      this.#poke();
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      this.#closed = true;
      this.#poke();
    });
  }

  /** Connects to a listener's address (TCP on 127.0.0.1, or a Unix socket path). */
  static async connect(listener: ITransportListener): Promise<RawPeer> {
    const { port, path } = listener.address;
    const socket = path !== undefined ? netConnect({ path }) : netConnect({ port: port!, host: '127.0.0.1' });
    await once(socket, 'connect');
    return new RawPeer(socket);
  }

  /** True once the connection is closed. */
  get closed(): boolean {
    return this.#closed;
  }

  write(octets: readonly number[] | Uint8Array): void {
    this.socket.write(octets instanceof Uint8Array ? octets : Uint8Array.from(octets));
  }

  /** The next `n` octets; rejects when the connection closes first. */
  async read(n: number): Promise<Uint8Array> {
    await this.#until(() => this.#buffered >= n || this.#closed);
    if (this.#buffered < n) throw new Error(`connection closed after ${this.#buffered} of ${n} octets`);
    return this.#take(n);
  }

  #take(n: number): Uint8Array {
    const out = new Uint8Array(n);
    let filled = 0;
    while (filled < n) {
      const chunk = this.#chunks[0]!;
      const part = Math.min(chunk.length, n - filled);
      out.set(chunk.subarray(0, part), filled);
      filled += part;
      if (part === chunk.length) this.#chunks.shift();
      else this.#chunks[0] = chunk.subarray(part);
    }
    this.#buffered -= n;
    return out;
  }

  /** The next frame: its type and payload (the X bit read as 2^24). */
  async readFrame(): Promise<{ type: number; payload: Uint8Array }> {
    const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = await this.read(4);
    const length = b0 & 0x08 ? 2 ** 24 : (b1 << 16) | (b2 << 8) | b3;
    return { type: b0 & 0x07, payload: await this.read(length) };
  }

  /** Everything until the connection closes. */
  async rest(): Promise<Uint8Array> {
    await this.#until(() => this.#closed);
    return this.#take(this.#buffered);
  }

  /** Resolves once the connection is closed. */
  async whenClosed(): Promise<void> {
    await this.#until(() => this.#closed);
  }

  destroy(): void {
    this.socket.destroy();
  }

  #until(test: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = (): void => (test() ? resolve() : void this.#waiters.push(check));
      check();
    });
  }

  #poke(): void {
    this.#waiters.splice(0).forEach((w) => w());
  }
}

/** A raw TCP server on 127.0.0.1 that hands each connection to `script` (for hand-built router replies). */
export async function rawRouter(
  script: (peer: RawPeer) => void | Promise<void>,
  options: { allowHalfOpen?: boolean } = {},
): Promise<{ url: string; connections: Socket[]; close(): Promise<void> }> {
  const connections: Socket[] = [];
  const server: Server = createServer({ allowHalfOpen: options.allowHalfOpen ?? false }, (socket) => {
    connections.push(socket);
    void Promise.resolve(script(new RawPeer(socket))).catch(() => socket.destroy());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `rs://127.0.0.1:${port}`,
    connections,
    close: async () => {
      connections.forEach((s) => s.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A frame: header (type, 24-bit length, X for exactly 2^24) then payload. */
export function frame(type: number, payload: readonly number[] | Uint8Array): Uint8Array {
  const body = payload instanceof Uint8Array ? payload : Uint8Array.from(payload);
  const n = body.length;
  const out = new Uint8Array(4 + n);
  out.set([n === 2 ** 24 ? 0x08 | type : type, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);
  out.set(body, 4);
  return out;
}

/** Concatenates octet arrays. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** UTF-8 bytes of a text. */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** An EVENT whose encoding with `serializer` is exactly `size` octets. */
export function eventOfSize(serializer: ISerializer, size: number): Event {
  let n = Math.max(0, size - 64);
  for (let i = 0; i < 8; i++) {
    const event = new Event({ subscription: 1, publication: 2, args: ['x'.repeat(n)] });
    const got = serializer.serialize(event)[0].length;
    if (got === size) return event;
    n += size - got;
  }
  throw new Error(`no EVENT of exactly ${size} octets with ${serializer.SERIALIZER_ID}`);
}
