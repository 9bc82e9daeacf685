/**
 * `wamp subscribe URI [--match prefix|wildcard] [--count N]`: print one JSON line per event
 * (`{"args", "kwargs", "details"}`) until SIGINT/SIGTERM, or until N events. It runs on a
 * `Component`: after a router restart or a network drop it reconnects and subscribes again.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { CLIENT_OPTIONS } from '../client-options.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';
import { toJson } from '../values.js';
import { withComponent } from './component-command.js';
import { untilAborted } from './session-command.js';

/** Runs `wamp subscribe` until `io.signal` aborts or `--count` events arrived; resolves with exit code 0. @throws {UsageError} for a bad command line. */
export async function subscribeCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { ...CLIENT_OPTIONS, match: { type: 'string' }, count: { type: 'string' } }, allowPositionals: true });
  const [uri, ...rest] = positionals;
  if (uri === undefined || rest.length > 0) throw new UsageError('wamp subscribe takes one topic URI');
  const match = values.match;
  if (match !== undefined && match !== 'exact' && match !== 'prefix' && match !== 'wildcard') throw new UsageError(`--match must be exact, prefix or wildcard, got ${JSON.stringify(match)}`);
  const count = values.count === undefined ? Infinity : Number(values.count);
  if (!(count >= 1)) throw new UsageError(`--count takes a positive number, got ${JSON.stringify(values.count)}`);
  const enough = new AbortController();
  let seen = 0;
  await withComponent(
    values,
    io,
    async (component) => {
      await component.subscribe(
        uri,
        (args, kwargs, details) => {
          if (seen >= count) return;
          io.out(toJson({ args, kwargs, details: { publication: details.publication, topic: details.topic ?? uri, publisher: details.publisher } }));
          if (++seen >= count) enough.abort();
        },
        match === undefined ? {} : { match },
      );
    },
    `subscribed to ${uri}`,
    untilAborted(AbortSignal.any([io.signal, enough.signal])),
  );
  return 0;
}
