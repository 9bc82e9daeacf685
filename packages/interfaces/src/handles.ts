/**
 * `Registration`, `Subscription`, `Publication`: handles on what a session did.
 *
 * @module
 */

/** A procedure registered by this session. */
export interface Registration {
  /** The registration ID the dealer assigned. */
  readonly id: number;
  /** The procedure URI (or pattern) registered. */
  readonly procedure: string;
  /** False once unregistered, revoked, or the session left. */
  readonly active: boolean;
  /**
   * Unregisters the procedure.
   *
   * @throws {ApplicationError} `wamp.error.no_such_registration` when the dealer no longer has it.
   * @throws {SessionNotReady} when the session is not established.
   */
  unregister(): Promise<void>;
}

/** A subscription held by this session. */
export interface Subscription {
  /** The subscription ID the broker assigned. */
  readonly id: number;
  /** The topic URI (or pattern) subscribed to. */
  readonly topic: string;
  /** False once unsubscribed, revoked, or the session left. */
  readonly active: boolean;
  /**
   * Ends this handler's subscription (the broker is told once the topic's last handler goes).
   *
   * @throws {ApplicationError} `wamp.error.no_such_subscription` when the broker no longer has it.
   */
  unsubscribe(): Promise<void>;
}

/** An acknowledged publication (only with `acknowledge: true`). */
export interface Publication {
  /** The publication ID the broker assigned. */
  readonly id: number;
  /** True when the payload was sent end-to-end encrypted by a payload codec. */
  readonly wasEncrypted: boolean;
}
