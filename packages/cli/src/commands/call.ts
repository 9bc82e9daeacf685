/**
 * `wamp call URI [ARGS…] [--kw KEY=VALUE…] [--timeout MS] [--progress] [--input]`: call a
 * procedure, print its result as JSON. `--progress` asks for progressive results and prints each
 * on its own line before the final one; `--input` streams standard input to the callee, one chunk
 * per line (a progressive call invocation), each line parsed like an argument.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import type { CallChunk, CallOptions } from '@wamp/interfaces';
import { isCallResult } from '@wamp/interfaces';
import { CLIENT_OPTIONS } from '../client-options.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';
import { parseKeywords, parseValue, toJson } from '../values.js';
import { withSession } from './session-command.js';

const render = (value: unknown): string => toJson(isCallResult(value) ? { args: value.args, kwargs: value.kwargs } : (value ?? null));

/** Each non-empty line as one chunk of positional arguments: `[value]`. */
async function* chunks(lines: AsyncIterable<string>): AsyncGenerator<CallChunk> {
  for await (const line of lines) if (line.trim() !== '') yield [parseValue(line)];
}

/** Runs `wamp call`: resolves with exit code 0 after printing the result. @throws {UsageError} for a bad command line; the call's error otherwise. */
export async function callCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { ...CLIENT_OPTIONS, kw: { type: 'string', multiple: true }, timeout: { type: 'string' }, progress: { type: 'boolean' }, input: { type: 'boolean' } },
    allowPositionals: true,
  });
  const [uri, ...rest] = positionals;
  if (uri === undefined) throw new UsageError('wamp call needs a procedure URI');
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0)) throw new UsageError(`--timeout takes milliseconds, got ${JSON.stringify(values.timeout)}`);
  if (values.input === true && io.lines === undefined) throw new UsageError('--input needs standard input');
  const kwargs = parseKeywords(values.kw ?? []);
  const options: CallOptions = {};
  if (timeout !== undefined) Object.assign(options, { timeout, signal: AbortSignal.timeout(timeout + 1000) });
  if (values.input === true) options.input = chunks(io.lines!());
  await withSession(values, io, async (session) => {
    if (values.progress !== true) return io.out(render(await session.call(uri, rest.map(parseValue), kwargs, options)));
    for await (const value of session.callProgressive(uri, rest.map(parseValue), kwargs, options)) io.out(render(value));
  });
  return 0;
}
