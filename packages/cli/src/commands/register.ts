/**
 * `wamp register URI -- COMMAND…`: serve a procedure with a shell command until SIGINT/SIGTERM.
 * Each invocation runs COMMAND with the call's positional arguments appended (strings as they
 * are, anything else as JSON); its trimmed stdout is the result (parsed as JSON when it is JSON).
 * A non-zero exit answers `wamp.error.runtime_error` with the command's stderr. It runs on a
 * `Component`: after a router restart or a network drop it reconnects and registers again.
 *
 * @module
 */
import { execFile } from 'node:child_process';
import { parseArgs } from 'node:util';
import { ApplicationError, WAMP_ERROR } from '@wamp/interfaces';
import { CLIENT_OPTIONS } from '../client-options.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';
import { parseValue } from '../values.js';
import { withComponent } from './component-command.js';
import { untilAborted } from './session-command.js';

function run(command: string, args: string[], signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { signal, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error === null) return resolve(stdout);
      const why = stderr.trim() || error.message;
      reject(new ApplicationError(WAMP_ERROR.RUNTIME_ERROR, { args: [why], kwargs: { exit_code: typeof error.code === 'number' ? error.code : null } }));
    });
  });
}

/** Runs `wamp register` until `io.signal` aborts; resolves with exit code 0. @throws {UsageError} for a bad command line. */
export async function registerCommand(argv: string[], io: CliIo): Promise<number> {
  const split = argv.indexOf('--');
  if (split === -1 || split === argv.length - 1) throw new UsageError('wamp register needs a command: wamp register URI -- COMMAND [ARGS…]');
  const { values, positionals } = parseArgs({ args: argv.slice(0, split), options: { ...CLIENT_OPTIONS, match: { type: 'string' } }, allowPositionals: true });
  const [uri, ...rest] = positionals;
  if (uri === undefined || rest.length > 0) throw new UsageError('wamp register takes one procedure URI before --');
  const [command, ...fixed] = argv.slice(split + 1) as [string, ...string[]];
  const match = values.match;
  if (match !== undefined && match !== 'exact' && match !== 'prefix' && match !== 'wildcard') throw new UsageError(`--match must be exact, prefix or wildcard, got ${JSON.stringify(match)}`);
  await withComponent(
    values,
    io,
    async (component) => {
      await component.register(
        uri,
        async (args, _kwargs, details) => {
          const extra = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a)));
          const stdout = await run(command, [...fixed, ...extra], AbortSignal.any([io.signal, details.signal]));
          const text = stdout.trim();
          return text === '' ? undefined : parseValue(text);
        },
        match === undefined ? {} : { match },
      );
    },
    `registered ${uri}`,
    untilAborted(io.signal),
  );
  return 0;
}
