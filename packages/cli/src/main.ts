/**
 * `main`: the `wamp` command, callable in-process (tests) or from `bin.ts`.
 *
 * @module
 */
import { isApplicationError } from '@wamp/interfaces';
import { callCommand } from './commands/call.js';
import { keysCommand } from './commands/keys.js';
import { publishCommand } from './commands/publish.js';
import { registerCommand } from './commands/register.js';
import { routerCommand } from './commands/router.js';
import { subscribeCommand } from './commands/subscribe.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';
import { toJson } from './values.js';

/** The usage text, printed with every usage error (exit code 2) and for `wamp --help`. */
export const USAGE = `usage: wamp <command> [options]

  wamp router [--config FILE] [--realm NAME] [--ws HOST:PORT] [--rawsocket HOST:PORT|unix:PATH]
      run the embedded router (default: realm1, anonymous, ws://127.0.0.1:8080/ws, rs://127.0.0.1:8081)
  wamp call URI [ARGS…] [--kw KEY=VALUE…] [--timeout MS]     print the result as JSON
            [--progress] [--input]                          progressive results, one line each;
                                                            stdin lines streamed as input chunks
  wamp publish URI [ARGS…] [--kw KEY=VALUE…]                  publish (acknowledged), print the publication ID
  wamp subscribe URI [--match prefix|wildcard] [--count N]    print one JSON line per event
  wamp register URI [--match …] -- COMMAND [ARGS…]            answer calls with COMMAND's stdout
  wamp keys generate [--out FILE]                             a new cryptosign key file (mode 0600)
  wamp keys show FILE                                         the public key of a key file

client options:
  --url URL            ws://, wss://, rs://, rss:// or unix://PATH (default ws://127.0.0.1:8080/ws)
  --realm NAME         (default realm1)
  --serializer NAME    json, msgpack or cbor (default json)
  --authmethod NAME    anonymous, ticket, wampcra or cryptosign (default: from --ticket/--secret/--key)
  --authid ID  --authrole ROLE  --ticket TICKET  --secret SECRET  --key KEYFILE

Arguments and --kw values are JSON when they parse as JSON, else strings.`;

/** `node:util` `parseArgs` failures (unknown option, missing value) are usage errors too. */
function isParseArgsError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

const COMMANDS: Record<string, (argv: string[], io: CliIo) => Promise<number>> = {
  router: routerCommand,
  call: callCommand,
  publish: publishCommand,
  subscribe: subscribeCommand,
  register: registerCommand,
  keys: keysCommand,
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
    if (error instanceof UsageError || isParseArgsError(error)) {
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
