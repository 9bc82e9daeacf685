/**
 * What the client commands share: a joined session for the duration of a run.
 *
 * @module
 */
import type { Session } from '@wamp/session';
import { connect } from '@wamp/session';
import type { ClientFlags } from '../client-options.js';
import { authenticatorFor, transportFor } from '../client-options.js';
import type { CliIo } from '../io.js';

/** Connects and joins as the flags say, runs `body`, then leaves (also when `body` throws). */
export async function withSession<R>(flags: ClientFlags, io: CliIo, body: (session: Session) => Promise<R>): Promise<R> {
  const transport = transportFor(flags);
  const authenticator = await authenticatorFor(flags);
  const session = await connect({
    transport,
    realm: flags.realm,
    authenticators: [authenticator],
    onUserError: (error, message) => io.err(`${message}: ${error instanceof Error ? error.message : String(error)}`),
  });
  try {
    return await body(session);
  } finally {
    if (session.isAttached()) await session.leave().catch(() => undefined);
    session.disconnect();
  }
}

/** Resolves when `signal` aborts (immediately when it already has). */
export function untilAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((done) => signal.addEventListener('abort', () => done(), { once: true }));
}
