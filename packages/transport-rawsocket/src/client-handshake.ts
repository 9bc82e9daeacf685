/**
 * One client connection attempt: open the socket, send the RawSocket handshake request for one
 * serializer, read and check the router's reply, hand the socket to a transport.
 *
 * @module
 */
import { connect as netConnect, isIP } from 'node:net';
import type { Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { ConnectionOptions } from 'node:tls';
import type { ISerializer, ITransportHandler } from '@wamp/interfaces';
import { TransportLost } from '@wamp/interfaces';
import { decodeHandshakeReply, encodeHandshake, hex, maxLengthOf, rawSocketErrorName } from './handshake.js';
import type { RawSocketTarget } from './raw-socket-url.js';
import type { RawSocketSettings } from './raw-socket-transport.js';
import { RawSocketTransport } from './raw-socket-transport.js';
import { socketDetails } from './socket-details.js';

/** The router answered the handshake with an error code: a `TransportLost` that keeps the code. */
export class HandshakeRefused extends TransportLost {
  /** The error code of the reply (see `RAWSOCKET_ERROR`). */
  readonly code: number;

  constructor(message: string, code: number) {
    super(message);
    this.code = code;
  }
}

/**
 * The router closed the connection after the request without any reply: what Autobahn|Python's
 * RawSocket servers (22.x, asyncio and Twisted, hence Crossbar.io) do instead of answering error 1.
 */
export class HandshakeDropped extends TransportLost {}

/** Everything one attempt needs. */
export interface ClientAttempt {
  readonly url: string;
  readonly target: RawSocketTarget;
  readonly serializer: ISerializer;
  /** The length exponent this side announces. */
  readonly exponent: number;
  readonly settings: Omit<RawSocketSettings, 'maxReceive' | 'maxSend'>;
  readonly tls: ConnectionOptions | undefined;
  readonly handler: ITransportHandler;
  readonly signal: AbortSignal;
}

function openSocket(target: RawSocketTarget, tls: ConnectionOptions | undefined): Socket {
  if (target.kind === 'unix') return target.secure ? tlsConnect({ ...tls, path: target.path }) : netConnect({ path: target.path });
  if (!target.secure) return netConnect({ host: target.host, port: target.port });
  // RFC 6066 forbids an IP address as server name; the certificate is then checked against the IP.
  const servername = isIP(target.host) ? undefined : target.host;
  return tlsConnect({ host: target.host, port: target.port, ...(servername === undefined ? {} : { servername }), ...tls });
}

/**
 * Connects, performs the handshake and resolves with the open transport (after `handler.onOpen`).
 * Rejects with `signal.reason` when `signal` aborts first (the socket is destroyed), with
 * {@link HandshakeRefused} when the router refuses, with {@link HandshakeDropped} when it closes
 * without a reply, and with `TransportLost` naming the failure otherwise (cannot connect, closed
 * in the middle of the reply, invalid reply).
 */
export function attemptRawSocket(attempt: ClientAttempt): Promise<RawSocketTransport> {
  const { url, target, serializer, signal } = attempt;
  return new Promise<RawSocketTransport>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const socket = openSocket(target, attempt.tls);
    const requested = serializer.RAWSOCKET_SERIALIZER_ID;
    let reply = new Uint8Array(0);
    let settled = false;

    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      detach();
      socket.destroy();
      reject(error);
    };
    const onAbort = (): void => fail(signal.reason);
    const onError = (error: Error): void => fail(new TransportLost(`${url}: cannot connect: ${error.message}`, { cause: error }));
    let requestSent = false;
    const onClose = (): void => {
      const text = `${url}: the router closed the connection during the RawSocket handshake for ${serializer.SERIALIZER_ID}`;
      fail(requestSent && reply.length === 0 ? new HandshakeDropped(`${text}, without a reply`) : new TransportLost(text));
    };
    const onReady = (): void => {
      requestSent = true;
      socket.write(encodeHandshake(attempt.exponent, requested));
    };
    const onData = (chunk: Buffer): void => {
      const joined = new Uint8Array(reply.length + chunk.length);
      joined.set(reply);
      joined.set(chunk, reply.length);
      reply = joined;
      if (reply.length < 4) return;
      const octets = reply.subarray(0, 4);
      const decoded = decodeHandshakeReply(octets, requested);
      if (decoded.kind === 'error') {
        return fail(new HandshakeRefused(`${url}: the router refused the RawSocket handshake for ${serializer.SERIALIZER_ID}: error ${decoded.code} (${rawSocketErrorName(decoded.code)})`, decoded.code));
      }
      if (decoded.kind === 'invalid') {
        return fail(new TransportLost(`${url}: invalid RawSocket handshake reply ${[...octets].map(hex).join(' ')}: ${decoded.reason}`));
      }
      settled = true;
      detach();
      const transport = new RawSocketTransport(socket, serializer, attempt.handler, socketDetails(socket, false, serializer.SERIALIZER_ID, target.kind === 'unix' ? target.path : undefined), {
        ...attempt.settings,
        maxReceive: maxLengthOf(attempt.exponent),
        maxSend: maxLengthOf(decoded.exponent),
      });
      const openError = transport.start(reply.subarray(4));
      if (openError === undefined) resolve(transport);
      else reject(new TransportLost(`${url}: the handler's onOpen failed: ${openError.message}`, { cause: openError }));
    };
    function detach(): void {
      signal.removeEventListener('abort', onAbort);
      socket.off('error', onError);
      socket.off('close', onClose);
      socket.off('data', onData);
      socket.off(target.secure ? 'secureConnect' : 'connect', onReady);
    }
    signal.addEventListener('abort', onAbort, { once: true });
    socket.on('error', onError);
    socket.on('close', onClose);
    socket.on('data', onData);
    socket.once(target.secure ? 'secureConnect' : 'connect', onReady);
  });
}
