/**
 * The little a WAMP transport needs from a WebSocket, so one transport class runs over the `ws`
 * package on Node and over the platform `WebSocket` in browsers.
 *
 * @module
 */

/** Events a socket adapter reports, each at most once per occurrence. */
export interface SocketEvents {
  /** One whole WebSocket message: its bytes, and whether it was a binary frame. */
  message(data: Uint8Array, isBinary: boolean): void;
  /**
   * The socket closed (exactly once). `wasClean` is true after a closing handshake with a normal
   * code; `error` is the socket-level error that ended it, if one did.
   */
  close(code: number, reason: string, wasClean: boolean, error?: Error): void;
  /** A pong arrived (only where the platform exposes pings). */
  pong?(): void;
}

/** A connected WebSocket, seen through what the transport uses. */
export interface SocketAdapter {
  /** The negotiated subprotocol. */
  readonly protocol: string;
  /** Bytes queued but not yet written. */
  readonly bufferedAmount: number;
  /** True while the socket is in the OPEN state (false once either side started closing). */
  readonly isOpen: boolean;
  /** Whether {@link ping} works (the browser WebSocket API has no pings). */
  readonly canPing: boolean;
  /** Sends one message as a binary or text frame. */
  send(data: Uint8Array, isBinary: boolean): void;
  /** Starts the closing handshake (codes the platform may not send are mapped to ones it may). */
  close(code: number, reason: string): void;
  /** Drops the connection at once, where the platform can; otherwise starts closing. */
  terminate(): void;
  /** Sends a ping. */
  ping(): void;
  /** Starts delivering events to `events` (what happened earlier is delivered then). */
  listen(events: SocketEvents): void;
}
