/**
 * `ITransport`, `ITransportHandler` and the connector that opens transports.
 *
 * @module
 */
import type { AbortOptions } from './abort-options.js';
import type { IMessage } from './message.js';
import type { TransportDetails } from './transport-details.js';

/**
 * A WAMP transport: a bidirectional, full-duplex, reliable, ordered,
 * message-based channel that carries WAMP messages between two peers.
 *
 * A transport is handed its serializer(s); it delivers every received message,
 * in order, to its {@link ITransportHandler}.
 *
 * Backpressure: {@link send} returns `false` when the outgoing buffer is above
 * the transport's high-water mark; the message is still queued, and callers
 * that want to respect backpressure wait for {@link onDrain} before sending more.
 */
export interface ITransport {
  /**
   * Sends one WAMP message to the peer.
   *
   * @returns `true` when more messages may be sent right away, `false` when the
   * outgoing buffer is full (the message is queued nonetheless).
   * @throws {TransportLost} when the transport is not open.
   * @throws {SerializationError} when the message cannot be encoded.
   * @throws {ProtocolError} when the encoded message exceeds the peer's announced
   * maximum message size (the message is not sent).
   */
  send(message: IMessage): boolean;

  /**
   * Resolves when the outgoing buffer has drained below the high-water mark
   * (at once when it already has).
   *
   * Rejects with {@link TransportLost} when the transport closes first, or with
   * `signal.reason` when `signal` aborts.
   */
  onDrain(options?: AbortOptions): Promise<void>;

  /** True while the transport is open for messaging. */
  isOpen(): boolean;

  /** Details of the open transport (peer, serializer, TLS channel id); `undefined` before it opens. */
  readonly transportDetails: TransportDetails | undefined;

  /**
   * Closes the transport regularly, performing the closing handshake where the
   * transport has one; the handler then sees `onClose(true)`. For
   * application-initiated closing. Closing a closed transport does nothing.
   */
  close(): void;

  /**
   * Aborts the transport abruptly, without the closing handshake; the handler
   * then sees `onClose(false)`. For fatal errors, protocol violations and
   * detected attacks. Aborting a closed transport does nothing.
   */
  abort(): void;
}

/** Why a transport closed, as far as the transport knows. */
export interface TransportCloseInfo {
  /** Transport-level code, e.g. the WebSocket close code (1000, 1009, …) when there is one. */
  readonly code?: number | undefined;
  /** Human-readable reason (WebSocket close reason, RawSocket error, socket error text). */
  readonly reason?: string | undefined;
  /** The error that ended the transport, if one did. */
  readonly error?: Error | undefined;
}

/**
 * Receives what happens on one transport: its opening, each message, its end.
 * A session (or the router's per-connection protocol) implements it.
 */
export interface ITransportHandler {
  /**
   * Called once when the transport is open; the transport is running and
   * `isOpen()` is true from this call on.
   */
  onOpen(transport: ITransport): void;

  /**
   * Called for each WAMP message received, in order. The handler must not keep
   * a reference it mutates later; a `ProtocolError` thrown here makes the
   * transport abort.
   */
  onMessage(message: IMessage): void;

  /**
   * Called exactly once when the transport has closed, after which nothing else
   * is delivered.
   *
   * @param wasClean - true when closed regularly (closing handshake done).
   */
  onClose(wasClean: boolean, info?: TransportCloseInfo): void;
}

/**
 * Opens transports of one kind to one address: what `webSocket(url, options)` and
 * `rawSocket(url, options)` return and what `connect()`/`Component` use. A
 * connector is reusable: a reconnecting client calls {@link connect} again.
 */
export interface ITransportConnector {
  /** A description for logs and errors, e.g. `ws://127.0.0.1:8080/ws (wamp.2.json)`. */
  readonly description: string;

  /**
   * Opens one connection and resolves with its transport once it is open
   * (after `handler.onOpen` ran).
   *
   * @throws {TransportLost} when the connection cannot be established (refused,
   * handshake failed, no common serializer) — the message says which.
   * Rejects with `signal.reason` when `signal` aborts first.
   */
  connect(handler: ITransportHandler, options: { readonly signal: AbortSignal }): Promise<ITransport>;
}
