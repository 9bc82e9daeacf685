/**
 * Command-line values: an argument is JSON when it parses as JSON, else a string.
 *
 * @module
 */
import { UsageError } from './usage-error.js';

/** `'5'` → 5, `'"5"'` → "5", `'{"a":1}'` → {a: 1}, `'hello'` → "hello". */
export function parseValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** `['a=1', 'b=x']` → `{ a: 1, b: 'x' }`. @throws {UsageError} for an entry without `=`. */
export function parseKeywords(entries: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const entry of entries) {
    const at = entry.indexOf('=');
    if (at <= 0) throw new UsageError(`--kw takes KEY=VALUE, got ${JSON.stringify(entry)}`);
    out[entry.slice(0, at)] = parseValue(entry.slice(at + 1));
  }
  return out;
}

/** JSON text of a value, with bytes as `{"bytes": "<base64>"}` (JSON has no byte strings). */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { bytes: Buffer.from(v).toString('base64') } : v)) ?? 'null';
}
