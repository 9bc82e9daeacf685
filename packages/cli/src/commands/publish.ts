/**
 * `wamp publish URI [ARGS…] [--kw KEY=VALUE…]`: publish one event (acknowledged, so a refusal is
 * an error) and print its publication ID.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { CLIENT_OPTIONS } from '../client-options.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';
import { parseKeywords, parseValue, toJson } from '../values.js';
import { withSession } from './session-command.js';

/** Runs `wamp publish`: resolves with exit code 0 once the router acknowledged the publication. @throws {UsageError} for a bad command line; the refusal otherwise. */
export async function publishCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { ...CLIENT_OPTIONS, kw: { type: 'string', multiple: true } }, allowPositionals: true });
  const [uri, ...rest] = positionals;
  if (uri === undefined) throw new UsageError('wamp publish needs a topic URI');
  const kwargs = parseKeywords(values.kw ?? []);
  const publication = await withSession(values, io, (session) => session.publish(uri, rest.map(parseValue), kwargs, { acknowledge: true }));
  io.out(toJson({ publication: publication?.id }));
  return 0;
}
