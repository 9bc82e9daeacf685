/**
 * Short, safe renderings of received values for error messages.
 *
 * @module
 */

const MAX = 60;

/** Renders `value` for an error message: JSON-like, bytes as `<N bytes>`, cut at 60 characters. */
export function preview(value: unknown): string {
  let text: string;
  if (value === undefined) text = 'undefined';
  else if (value instanceof Uint8Array) text = `<${value.length} bytes>`;
  else if (typeof value === 'bigint') text = `${value}n`;
  else if (typeof value === 'number') text = String(value);
  else {
    try {
      text = JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint8Array ? `<${v.length} bytes>` : typeof v === 'bigint' ? `${v}n` : v)) ?? String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}
