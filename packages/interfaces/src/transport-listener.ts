/**
 * The accepting side of transports, as a router uses it.
 *
 * @module
 */
import type { ITransportHandler } from './transport.js';

/**
 * Creates the handler for one accepted connection. A router hands one to
 * `listenWebSocket` / `listenRawSocket`; it is called once per connection,
 * before the connection's `onOpen`.
 */
export type TransportHandlerFactory = () => ITransportHandler;

/** What a listener is bound to. */
export interface ListenerAddress {
  /** `tcp`, `tls` or `unix`. */
  readonly kind: 'tcp' | 'tls' | 'unix';
  /** Bound host (TCP/TLS). */
  readonly host?: string | undefined;
  /** Bound port (TCP/TLS); the real one when 0 was asked for. */
  readonly port?: number | undefined;
  /** Socket path (Unix). */
  readonly path?: string | undefined;
  /** A URL a client can connect to, e.g. `ws://127.0.0.1:8080/ws` or `rs://127.0.0.1:8081`. */
  readonly url: string;
}

/** A running listener: `listenWebSocket` and `listenRawSocket` resolve with one. */
export interface ITransportListener {
  /** Where it listens. */
  readonly address: ListenerAddress;

  /**
   * Stops accepting and closes every connection it accepted (each handler sees
   * `onClose`). Resolves when all are closed. Closing twice is harmless.
   */
  close(): Promise<void>;
}
