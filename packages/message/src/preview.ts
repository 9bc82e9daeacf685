/**
 * Short, safe renderings of received values for error messages.
 *
 * @module
 */

const MAX = 60;

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function replacer(_key: string, v: unknown): unknown {
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && !isPlain(v)) {
    return ArrayBuffer.isView(v) ? `<${(v as Uint8Array).byteLength} bytes>` : `<${v.constructor?.name ?? 'object'}>`;
  }
  return v;
}

/**
 * Renders `value` for an error message: JSON-like, bytes as `<N bytes>`, bigints as `5n`, other
 * class instances as `<Map>`, cut at 60 characters. Never throws.
 */
export function preview(value: unknown): string {
  let text: string;
  if (value === undefined) text = 'undefined';
  else if (typeof value === 'number' || typeof value === 'symbol' || typeof value === 'function') text = String(value);
  else if (typeof value === 'bigint') text = `${value}n`;
  else {
    try {
      const top = replacer('', value);
      text = typeof top === 'string' && top !== value ? top : (JSON.stringify(value, replacer) ?? String(value));
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}
