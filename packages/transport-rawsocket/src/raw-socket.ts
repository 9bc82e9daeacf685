/**
 * `rawSocket(url, options)`: a reusable RawSocket connector (Node).
 *
 * @module
 */
import { connect as netConnect } from 'node:net';
import type { Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { ConnectionOptions } from 'node:tls';
import type { ISerializer, ITransport, ITransportConnector, ITransportHandler } from '@wamp/interfaces';
import { TransportLost } from '@wamp/interfaces';
import { RAWSOCKET_ERROR, decodeHandshake, encodeHandshake, exponentFor, handshakeErrorText, maxLengthOf } from './handshake.js';
import type { RawSocketCommonOptions } from './options.js';
import { DEFAULTS, rawSocketId } from './options.js';
import { RawSocketTransport } from './raw-socket-transport.js';
import { socketDetails } from './socket-details.js';

/** Options of {@link rawSocket}. */
export interface RawSocketOptions extends RawSocketCommonOptions {
  /** Give up connecting (TCP/TLS connect plus handshake) after this long (ms). @default 10000 */
  connectTimeout?: number | undefined;
  /** TLS options for `rss://` (`ca`, `servername`, `rejectUnauthorized`, …). */
  tls?: ConnectionOptions | undefined;
}

type Target = { kind: 'tcp' | 'tls'; host: string; port: number } | { kind: 'unix'; path: string };

function parseUrl(url: string): Target {
  const unix = /^unix:\/\/(\/.+)$/i.exec(url);
  if (unix) return { kind: 'unix', path: unix[1] as string };
  const tcp = /^(rss?|tcps?):\/\/(\[[^\]]+\]|[^:/]+):(\d+)\/?$/i.exec(url);
  if (!tcp) throw new TypeError(`rawSocket: url must be rs://host:port, rss://host:port or unix:///path, got ${JSON.stringify(url)}`);
  const scheme = (tcp[1] as string).toLowerCase();
  return { kind: scheme === 'rss' || scheme === 'tcps' ? 'tls' : 'tcp', host: (tcp[2] as string).replace(/^\[|\]$/g, ''), port: Number(tcp[3]) };
}

/**
 * Connects to a WAMP router over RawSocket: TCP (`rs://host:port`), TLS (`rss://host:port`) or a
 * Unix socket (`unix:///path`). The first serializer is offered; when the router answers
 * "serializer unsupported", the next one is tried on a new connection.
 *
 * @example
 * ```ts
 * import { rawSocket } from '@wamp/transport-rawsocket';
 * import { CborSerializer } from '@wamp/serializers/cbor';
 * const connector = rawSocket('rs://127.0.0.1:8081', { serializers: [new CborSerializer()] });
 * const transport = await connector.connect(handler, { signal: AbortSignal.timeout(5000) });
 * ```
 * @throws {TypeError} for a malformed URL or no serializers.
 */
export function rawSocket(url: string, options: RawSocketOptions): ITransportConnector {
  const target = parseUrl(url);
  if (!options?.serializers?.length) throw new TypeError('rawSocket: options.serializers must name at least one serializer');
  options.serializers.forEach(rawSocketId);
  return {
    description: `${url} (${options.serializers.map((s) => s.SERIALIZER_ID).join(', ')})`,
    async connect(handler, { signal }) {
      let last: unknown;
      for (const serializer of options.serializers) {
        try {
          return await attempt(url, target, serializer, options, handler, signal);
        } catch (error) {
          last = error;
          if (!(error instanceof UnsupportedSerializer)) throw error;
        }
      }
      throw new TransportLost(`${url}: the router supports none of ${options.serializers.map((s) => s.SERIALIZER_ID).join(', ')}`, { cause: last });
    },
  };
}

class UnsupportedSerializer extends TransportLost {}

function attempt(url: string, target: Target, serializer: ISerializer, options: RawSocketOptions, handler: ITransportHandler, signal: AbortSignal): Promise<ITransport> {
  return new Promise<ITransport>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const exponent = exponentFor(options.maxMessageSize ?? DEFAULTS.maxMessageSize);
    const socket: Socket =
      target.kind === 'unix'
        ? netConnect(target.path)
        : target.kind === 'tls'
          ? tlsConnect({ host: target.host, port: target.port, servername: /^[\d.:]+$/.test(target.host) ? undefined : target.host, ...options.tls })
          : netConnect(target.port, target.host);
    let settled = false;
    let received = new Uint8Array(0);
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      cleanup();
      socket.destroy();
      reject(error);
    };
    const timer = setTimeout(() => fail(new TransportLost(`${url}: no RawSocket handshake within ${options.connectTimeout ?? DEFAULTS.timeout} ms`)), options.connectTimeout ?? DEFAULTS.timeout);
    const onAbort = (): void => fail(signal.reason);
    const onError = (error: Error): void => fail(new TransportLost(`${url}: cannot connect: ${error.message}`, { cause: error }));
    const onClose = (): void => fail(new TransportLost(`${url}: the router closed the connection during the RawSocket handshake`));
    const onData = (chunk: Buffer): void => {
      const all = new Uint8Array(received.length + chunk.length);
      all.set(received);
      all.set(chunk, received.length);
      received = all;
      if (received.length < 4) return;
      const reply = decodeHandshake(received.subarray(0, 4), true);
      if (reply.kind === 'error') {
        const text = `${url}: the router refused the RawSocket handshake: ${handshakeErrorText(reply.code)}`;
        return fail(reply.code === RAWSOCKET_ERROR.SERIALIZER_UNSUPPORTED ? new UnsupportedSerializer(text) : new TransportLost(text));
      }
      if (reply.kind === 'invalid') return fail(new TransportLost(`${url}: invalid RawSocket handshake reply: ${reply.reason}`));
      if (reply.serializerId !== rawSocketId(serializer)) {
        return fail(new TransportLost(`${url}: the router answered with serializer ${reply.serializerId}, not the ${serializer.SERIALIZER_ID} (${rawSocketId(serializer)}) asked for`));
      }
      settled = true;
      cleanup();
      const transport = new RawSocketTransport(socket, serializer, handler, socketDetails(socket, false, serializer.SERIALIZER_ID, target.kind === 'unix' ? target.path : undefined), {
        maxReceive: maxLengthOf(exponent),
        maxSend: maxLengthOf(reply.exponent),
        autoPingInterval: options.autoPingInterval ?? 0,
        autoPingTimeout: options.autoPingTimeout ?? DEFAULTS.autoPingTimeout,
        highWaterMark: options.highWaterMark ?? DEFAULTS.highWaterMark,
      });
      transport.start(received.subarray(4));
      resolve(transport);
    };
    function cleanup(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      socket.off('error', onError);
      socket.off('close', onClose);
      socket.off('data', onData);
    }
    signal.addEventListener('abort', onAbort, { once: true });
    socket.on('error', onError);
    socket.on('close', onClose);
    socket.on('data', onData);
    socket.once(target.kind === 'tls' ? 'secureConnect' : 'connect', () => socket.write(encodeHandshake(exponent, rawSocketId(serializer))));
  });
}
