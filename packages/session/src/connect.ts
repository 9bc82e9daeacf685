/**
 * `connect`: open a transport and join a realm in one step.
 *
 * @module
 */
import type { ITransportConnector, JoinOptions } from '@wamp/interfaces';
import { Session } from './session.js';
import type { SessionOptions } from './session-options.js';

/** Options of {@link connect}: the transport, the realm, and everything a `Session` takes. */
export interface ConnectOptions extends SessionOptions, Omit<JoinOptions, 'resumable'> {
  /** The client side of a transport, e.g. `webSocket(url, { serializers })` or `rawSocket(url, { serializers })`. */
  transport: ITransportConnector;
  /** The realm to join. */
  realm: string;
  /** Aborts connecting and joining; the transport is then closed. */
  signal?: AbortSignal | undefined;
}

/**
 * Connects `options.transport`, joins `options.realm` and resolves with the joined session.
 *
 * @throws whatever connecting throws (refused, handshake failed), or what `join` throws
 * (`ApplicationError` with the router's ABORT reason, `TransportLost`); the transport is closed
 * then.
 */
export async function connect(options: ConnectOptions): Promise<Session> {
  const session = new Session(options);
  const signal = options.signal;
  await session.open(options.transport, { signal });
  const onAbort = (): void => session.disconnect();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    signal?.throwIfAborted();
    await session.join(options.realm, {
      authmethods: options.authmethods,
      authid: options.authid,
      authrole: options.authrole,
      authextra: options.authextra,
    });
    return session;
  } catch (error) {
    session.disconnect();
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
