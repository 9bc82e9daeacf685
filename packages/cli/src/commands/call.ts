/**
 * `wamp call URI [ARGS…] [--kw KEY=VALUE…]`: call a procedure, print its result as JSON.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { isCallResult } from '@wamp/interfaces';
import { CLIENT_OPTIONS } from '../client-options.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';
import { parseKeywords, parseValue, toJson } from '../values.js';
import { withSession } from './session-command.js';

/** Runs `wamp call`: resolves with exit code 0 after printing the result. @throws {UsageError} for a bad command line; the call's error otherwise. */
export async function callCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { ...CLIENT_OPTIONS, kw: { type: 'string', multiple: true }, timeout: { type: 'string' } }, allowPositionals: true });
  const [uri, ...rest] = positionals;
  if (uri === undefined) throw new UsageError('wamp call needs a procedure URI');
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0)) throw new UsageError(`--timeout takes milliseconds, got ${JSON.stringify(values.timeout)}`);
  const kwargs = parseKeywords(values.kw ?? []);
  const result = await withSession(values, io, (session) =>
    session.call(uri, rest.map(parseValue), kwargs, timeout === undefined ? {} : { timeout, signal: AbortSignal.timeout(timeout + 1000) }),
  );
  io.out(toJson(isCallResult(result) ? { args: result.args, kwargs: result.kwargs } : (result ?? null)));
  return 0;
}
