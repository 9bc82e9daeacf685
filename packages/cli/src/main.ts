/**
 * `main`: the `wamp` command, callable in-process (tests) or from `bin.ts`.
 *
 * @module
 */
import { isApplicationError } from '@wamp/interfaces';
import { callCommand } from './commands/call.js';
import { publishCommand } from './commands/publish.js';
import { registerCommand } from './commands/register.js';
import { routerCommand } from './commands/router.js';
import { subscribeCommand } from './commands/subscribe.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';
import { toJson } from './values.js';

export const USAGE = `usage: wamp <command> [options]

  wamp router [--config FILE] [--realm NAME] [--ws HOST:PORT] [--rawsocket HOST:PORT|unix:PATH]
      run the embedded router (default: realm1, anonymous, ws://127.0.0.1:8080/ws, rs://127.0.0.1:8081)
  wamp call URI [ARGS…] [--kw KEY=VALUE…] [--timeout MS]     print the result as JSON
  wamp publish URI [ARGS…] [--kw KEY=VALUE…]                  publish (acknowledged), print the publication ID
  wamp subscribe URI [--match prefix|wildcard] [--count N]    print one JSON line per event
  wamp register URI [--match …] -- COMMAND [ARGS…]            answer calls with COMMAND's stdout

client options:
  --url URL            ws://, wss://, rs://, rss:// or unix://PATH (default ws://127.0.0.1:8080/ws)
  --realm NAME         (default realm1)
  --serializer NAME    json, msgpack or cbor (default json)
  --authmethod NAME    anonymous, ticket or wampcra (default: from --ticket/--secret, else anonymous)
  --authid ID  --authrole ROLE  --ticket TICKET  --secret SECRET

Arguments and --kw values are JSON when they parse as JSON, else strings.`;

const COMMANDS: Record<string, (argv: string[], io: CliIo) => Promise<number>> = {
  router: routerCommand,
  call: callCommand,
  publish: publishCommand,
  subscribe: subscribeCommand,
  register: registerCommand,
};

/**
 * Runs `wamp argv…`. Resolves with the exit code: 0 on success, 1 when the command failed (an
 * ERROR from the router, a refused connection), 2 for a bad command line.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  try {
    if (command === undefined) throw new UsageError(`unknown command ${JSON.stringify(name)}`);
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: unknown }).code?.toString().startsWith('ERR_PARSE_ARGS') === true) {
      io.err(`wamp: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (isApplicationError(error)) {
      io.err(`wamp: ${error.uri} ${toJson(error.args)}${Object.keys(error.kwargs).length > 0 ? ` ${toJson(error.kwargs)}` : ''}`);
      return 1;
    }
    io.err(`wamp: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
