/**
 * The `ws` package's WebSocket as a {@link SocketAdapter} (Node, both client and server side).
 *
 * @module
 */
import type { Socket } from 'node:net';
import type WebSocket from 'ws';
import type { SocketAdapter, SocketEvents } from './socket-adapter.js';

type CloseArgs = [code: number, reason: string, wasClean: boolean, error: Error | undefined];

/** Wraps a `ws` WebSocket; buffers what happens before {@link SocketAdapter.listen}. */
export function nodeSocket(ws: WebSocket): SocketAdapter {
  let events: SocketEvents | undefined;
  const early: [Uint8Array, boolean][] = [];
  let earlyClose: CloseArgs | undefined;
  let error: Error | undefined;
  ws.on('message', (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
    const bytes = toBytes(data);
    if (events) events.message(bytes, isBinary);
    else early.push([bytes, isBinary]);
  });
  ws.on('close', (code: number, reason: Buffer) => {
    // 1000 (normal) and 1001 (going away) end with the closing handshake; 1005 means none was given.
    const clean = code === 1000 || code === 1001 || code === 1005;
    const args: CloseArgs = [code, reason.toString(), clean, error];
    if (events) events.close(...args);
    else earlyClose = args;
  });
  ws.on('pong', () => events?.pong?.());
  // ws emits 'close' after every 'error' (oversize frame → 1009, invalid UTF-8, reset): keep the
  // first error for the close report; without a listener ws would throw it.
  ws.on('error', (e: Error) => (error ??= e));
  // Every frame sent in one tick goes out in one writev: the TCP socket is corked at the first
  // send and uncorked after the current operation (process.nextTick), so 100 calls made together
  // cost one syscall instead of 100, and a lone frame waits for nothing. `ws` exposes no API for
  // this; its `_socket` field (the net.Socket, set once connected, stable across ws 8) is used.
  let corked: Socket | undefined;
  const uncork = (): void => {
    corked?.uncork();
    corked = undefined;
  };
  const cork = (): void => {
    if (corked !== undefined) return;
    const socket = (ws as unknown as { _socket?: Socket | null })._socket;
    if (socket === undefined || socket === null || typeof socket.cork !== 'function') return;
    corked = socket;
    socket.cork();
    process.nextTick(uncork);
  };
  return {
    get protocol() {
      return ws.protocol;
    },
    get bufferedAmount() {
      return ws.bufferedAmount;
    },
    get isOpen() {
      return ws.readyState === ws.OPEN;
    },
    canPing: true,
    send: (data, isBinary) => {
      cork();
      ws.send(data, { binary: isBinary });
    },
    close: (code, reason) => ws.close(code, reason),
    terminate: () => ws.terminate(),
    ping: () => ws.ping(),
    listen(handler) {
      events = handler;
      for (const [bytes, isBinary] of early.splice(0)) handler.message(bytes, isBinary);
      if (earlyClose) handler.close(...earlyClose);
    },
  };
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) data = Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
