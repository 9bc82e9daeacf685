/**
 * The router side of the RawSocket opening handshake, for one accepted socket.
 *
 * @module
 */
import type { Socket } from 'node:net';
import type { ISerializer, TransportHandlerFactory } from '@wamp/interfaces';
import type { RawSocketErrorCode } from './handshake.js';
import { RAWSOCKET_ERROR, decodeHandshakeRequest, encodeHandshake, encodeHandshakeError, maxLengthOf } from './handshake.js';
import type { RawSocketSettings } from './raw-socket-transport.js';
import { RawSocketTransport } from './raw-socket-transport.js';
import { socketDetails } from './socket-details.js';
import { unrefTimeout } from './timers.js';

/** What the listener tells each handshake. */
export interface ServerHandshakeContext {
  /** The serializers spoken, by RawSocket id. */
  readonly serializers: ReadonlyMap<number, ISerializer>;
  /** The length exponent this side announces. */
  readonly exponent: number;
  /** Clients announcing a smaller maximum are refused with error 2. */
  readonly minPeerMessageSize: number;
  readonly handshakeTimeout: number;
  readonly settings: Omit<RawSocketSettings, 'maxReceive' | 'maxSend'>;
  readonly handlerFactory: TransportHandlerFactory;
  /** The Unix socket path listened on, for the transport details. */
  readonly unixPath: string | undefined;
  /** False when accepting one more connection would exceed `maxConnections`. */
  canAccept(): boolean;
  /** Called with each transport as it opens (before its handler's `onOpen`). */
  accepted(transport: RawSocketTransport, socket: Socket): void;
}

/**
 * Answers the handshake on `socket`: a first octet other than 0x7F drops the connection at once
 * (no reply: it is not a RawSocket client); reserved octets, an unsupported serializer, a maximum
 * length below `minPeerMessageSize` and a full house are refused with error 3, 1, 2 and 4 (in that
 * order of checks), after which the socket is closed; a client silent for `handshakeTimeout` ms is
 * dropped. On success the reply echoes the serializer and a transport takes over the socket.
 */
export function answerHandshake(socket: Socket, context: ServerHandshakeContext): void {
  let request = new Uint8Array(0);
  let timer = unrefTimeout(() => socket.destroy(), context.handshakeTimeout);

  const finish = (): void => {
    clearTimeout(timer);
    socket.off('data', onData);
  };
  const refuse = (code: RawSocketErrorCode): void => {
    finish();
    socket.end(encodeHandshakeError(code));
    // A client that does not close after the refusal is dropped.
    timer = unrefTimeout(() => socket.destroy(), context.settings.closeTimeout);
    socket.resume();
  };
  const onData = (chunk: Buffer): void => {
    const joined = new Uint8Array(request.length + chunk.length);
    joined.set(request);
    joined.set(chunk, request.length);
    request = joined;
    // WAMP RawSocket: a first octet other than 0x7F is not a RawSocket client; fail at once.
    if (request.length < 4 && request[0] === 0x7f) return;
    const decoded = decodeHandshakeRequest(request.subarray(0, 4));
    if (decoded.kind === 'drop') {
      finish();
      return void socket.destroy();
    }
    if (decoded.kind === 'refuse') return refuse(decoded.code);
    const serializer = context.serializers.get(decoded.serializerId);
    if (serializer === undefined) return refuse(RAWSOCKET_ERROR.SERIALIZER_UNSUPPORTED);
    const peerMax = maxLengthOf(decoded.exponent);
    if (peerMax < context.minPeerMessageSize) return refuse(RAWSOCKET_ERROR.MAX_LENGTH_UNACCEPTABLE);
    if (!context.canAccept()) return refuse(RAWSOCKET_ERROR.MAX_CONNECTION_COUNT_REACHED);
    finish();
    let handler;
    try {
      handler = context.handlerFactory();
    } catch {
      // Without a handler nobody can speak WAMP on this connection.
      return void socket.destroy();
    }
    socket.write(encodeHandshake(context.exponent, decoded.serializerId));
    const details = socketDetails(socket, true, serializer.SERIALIZER_ID, context.unixPath);
    const transport = new RawSocketTransport(socket, serializer, handler, details, {
      ...context.settings,
      maxReceive: maxLengthOf(context.exponent),
      maxSend: peerMax,
    });
    context.accepted(transport, socket);
    transport.start(request.subarray(4));
  };
  socket.on('data', onData);
  socket.once('close', () => clearTimeout(timer));
}
