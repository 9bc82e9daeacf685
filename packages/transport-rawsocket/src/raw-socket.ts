/**
 * `rawSocket(url, options)`: the reusable RawSocket client connector (Node).
 *
 * @module
 */
import type { ConnectionOptions } from 'node:tls';
import type { ITransport, ITransportConnector } from '@wamp/interfaces';
import { TransportLost } from '@wamp/interfaces';
import { HandshakeDropped, HandshakeRefused, attemptRawSocket } from './client-handshake.js';
import { RAWSOCKET_ERROR, lengthExponentFor } from './handshake.js';
import type { RawSocketCommonOptions } from './options.js';
import { DEFAULTS, commonSettings, nonNegative, rawSocketSerializers } from './options.js';
import { parseRawSocketUrl } from './raw-socket-url.js';
import { unrefTimeout } from './timers.js';

/** Options of {@link rawSocket}. */
export interface RawSocketOptions extends RawSocketCommonOptions {
  /**
   * Give up when no transport is open this long after `connect()` was called (ms): socket
   * connect, TLS and RawSocket handshakes, and any retries with further serializers.
   * @default 10000 (ms)
   */
  connectTimeout?: number | undefined;
  /** TLS options for `rss://` URLs (`ca`, `cert`/`key` for a client certificate, `minVersion`, …). */
  tls?: ConnectionOptions | undefined;
}

/**
 * Builds a reusable connector to a WAMP router over RawSocket: TCP (`rs://host:port`), TLS
 * (`rss://host:port`) or a Unix socket (`unix:///path/to/socket`). Each `connect()` opens one
 * connection.
 *
 * RawSocket negotiates one serializer per connection: the handshake asks for the first serializer
 * in `serializers`; when the router refuses it with error 1 (serializer unsupported) and more
 * serializers were given, the next one is asked for on a new connection, and so on. Autobahn|Python
 * routers (22.x, and so Crossbar.io) close the connection instead of answering error 1, so a close
 * right after the request, without any reply, moves on to the next serializer too. The router's
 * announced maximum message length is kept: `send` throws `ProtocolError` for a larger message.
 *
 * @example
 * ```ts
 * import { rawSocket } from '@wamp/transport-rawsocket';
 * import { CborSerializer } from '@wamp/serializers/cbor';
 * import { JsonSerializer } from '@wamp/serializers/json';
 *
 * const connector = rawSocket('rs://127.0.0.1:8081', { serializers: [new CborSerializer(), new JsonSerializer()] });
 * const transport = await connector.connect(handler, { signal: AbortSignal.timeout(5000) });
 * ```
 * @throws {TypeError} for a URL that is not a RawSocket URL, or no usable serializer.
 * @throws {RangeError} for `maxMessageSize` outside 1..2^24 or a negative duration.
 */
export function rawSocket(url: string, options: RawSocketOptions): ITransportConnector {
  const target = parseRawSocketUrl(url);
  const serializers = rawSocketSerializers(options?.serializers, 'rawSocket');
  const exponent = lengthExponentFor(options.maxMessageSize ?? DEFAULTS.maxMessageSize);
  const connectTimeout = nonNegative(options.connectTimeout, DEFAULTS.connectTimeout, 'connectTimeout');
  const settings = commonSettings(options);
  const offered = serializers.map((s) => s.SERIALIZER_ID).join(', ');

  return {
    description: `${url} (${offered})`,
    async connect(handler, { signal }): Promise<ITransport> {
      if (signal.aborted) throw signal.reason;
      // One deadline for the whole connect, retries included; the caller's signal aborts it too.
      const deadline = new AbortController();
      const forward = (): void => deadline.abort(signal.reason);
      signal.addEventListener('abort', forward, { once: true });
      const timer = unrefTimeout(() => deadline.abort(new TransportLost(`${url}: no RawSocket connection within ${connectTimeout} ms`)), connectTimeout);
      try {
        const refusals: TransportLost[] = [];
        for (const serializer of serializers) {
          try {
            return await attemptRawSocket({ url, target, serializer, exponent, settings, tls: options.tls, handler, signal: deadline.signal });
          } catch (error) {
            const unsupported = error instanceof HandshakeRefused && error.code === RAWSOCKET_ERROR.SERIALIZER_UNSUPPORTED;
            if (!unsupported && !(error instanceof HandshakeDropped)) throw error;
            refusals.push(error);
          }
        }
        // One serializer, dropped: nothing says the serializer was the problem; report the drop as is.
        if (refusals.length === 1 && refusals[0] instanceof HandshakeDropped) throw refusals[0];
        const text = refusals.some((r) => r instanceof HandshakeDropped)
          ? `the router refused (error 1) or closed the connection without a reply for each of ${offered}`
          : `the router refused each of ${offered} with error 1 (serializer unsupported)`;
        throw new TransportLost(`${url}: no common serializer: ${text}`, { cause: refusals.at(-1) });
      } finally {
        clearTimeout(timer);
        signal.removeEventListener('abort', forward);
      }
    },
  };
}
