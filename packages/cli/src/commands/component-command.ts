/**
 * What the long-running client commands (`register`, `subscribe`) share: a `Component`, so they
 * survive a router restart or a network drop, re-registering and re-subscribing.
 *
 * @module
 */
import type { ComponentStatus } from '@wamp/session';
import { Component } from '@wamp/session';
import type { ClientFlags } from '../client-options.js';
import { authenticatorFor, transportFor } from '../client-options.js';
import type { CliIo } from '../io.js';

function describe(status: ComponentStatus): string | undefined {
  switch (status.kind) {
    case 'disconnected':
      return `disconnected (${status.reason})`;
    case 'reconnecting':
      return `reconnecting to ${status.transport} in ${Math.round(status.delay)} ms (attempt ${status.attempt})`;
    case 'joined':
      return `joined ${status.details.realm} as session ${status.details.session}`;
    case 'failed':
      return `gave up: ${status.reason}`;
    default:
      return undefined;
  }
}

/**
 * Runs `setUp` on a component (its registrations and subscriptions are restored after every
 * reconnect), joins, logs `ready`, then keeps running until `until` resolves, and stops. The first connection
 * must succeed: a router that is not there at start is an error, not a wait.
 */
export async function withComponent(
  flags: ClientFlags,
  io: CliIo,
  setUp: (component: Component) => Promise<void>,
  ready: string,
  until: Promise<void>,
): Promise<void> {
  let joinedOnce = false;
  let firstFailure: string | undefined;
  const component = new Component({
    realm: flags.realm,
    transports: [transportFor(flags)],
    authenticators: [await authenticatorFor(flags)],
    onUserError: (error, message) => io.err(`${message}: ${error instanceof Error ? error.message : String(error)}`),
    onStatus: (status) => {
      if (!joinedOnce && status.kind === 'disconnected') {
        firstFailure = status.reason;
        void component.stop();
        return;
      }
      if (status.kind === 'joined' && !joinedOnce) {
        joinedOnce = true;
        return;
      }
      const text = describe(status);
      if (joinedOnce && text !== undefined) io.err(text);
    },
  });
  await setUp(component);
  try {
    await component.start();
  } catch (error) {
    throw firstFailure !== undefined ? new Error(firstFailure, { cause: error }) : error;
  }
  io.err(ready);
  try {
    await until;
  } finally {
    await component.stop();
  }
}
