import { ProtocolError, SerializationError } from '@wamp/interfaces';
import type { IObjectSerializer } from '@wamp/interfaces';

/** The separator after each record of a JSON batch (WAMP "Message Batching": ASCII record separator). */
const RS = 0x1e;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function replacer(this: unknown, key: string, value: unknown): unknown {
  // Read the holder: Buffer#toJSON would otherwise hide the bytes.
  const raw = (this as Record<string, unknown>)[key];
  if (raw instanceof Uint8Array)
    return `\u0000${Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64')}`;
  switch (typeof raw) {
    case 'string':
      if (raw.charCodeAt(0) === 0) throw new SerializationError('JSON cannot carry text that starts with NUL');
      return raw;
    case 'number':
      if (!Number.isFinite(raw)) throw new SerializationError(`JSON cannot carry ${raw}`);
      return raw;
    case 'boolean':
      return raw;
    case 'object': {
      if (raw === null || Array.isArray(raw)) return value;
      const proto = Object.getPrototypeOf(raw) as unknown;
      if (proto !== Object.prototype && proto !== null) throw new SerializationError('JSON carries plain objects only');
      return value;
    }
    default:
      throw new SerializationError(`JSON cannot carry a ${typeof raw}`);
  }
}

function reviver(_key: string, value: unknown): unknown {
  if (typeof value !== 'string' || value.charCodeAt(0) !== 0) return value;
  const b64 = value.slice(1);
  if (!BASE64.test(b64)) throw new ProtocolError('JSON: a NUL-prefixed string is not base64');
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

function parseRecord(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(utf8.decode(bytes), reviver);
  } catch (err) {
    if (err instanceof ProtocolError) throw err;
    throw new ProtocolError(`JSON: ${(err as Error).message}`, { cause: err });
  }
}

/** A correct JSON object serializer with the WAMP binary convention, written for these tests. */
export class ReferenceJsonObjectSerializer implements IObjectSerializer {
  readonly NAME: string = 'json';
  readonly BINARY = false;
  readonly batched: boolean;
  readonly #utf8 = new TextEncoder();

  constructor(batched = false) {
    this.batched = batched;
  }

  serialize(obj: unknown): Uint8Array {
    let text: string;
    try {
      text = JSON.stringify(obj, replacer);
    } catch (err) {
      if (err instanceof SerializationError) throw err;
      throw new SerializationError(`JSON: ${(err as Error).message}`, { cause: err });
    }
    if (!this.batched) return this.#utf8.encode(text);
    const body = this.#utf8.encode(text);
    const out = new Uint8Array(body.length + 1);
    out.set(body);
    out[body.length] = RS;
    return out;
  }

  unserialize(payload: Uint8Array): unknown[] {
    if (payload.length === 0) throw new ProtocolError('JSON: empty payload');
    if (!this.batched) return [parseRecord(payload)];
    if (payload[payload.length - 1] !== RS) throw new ProtocolError('JSON batch: the last record has no separator');
    const values: unknown[] = [];
    let start = 0;
    for (let i = 0; i < payload.length; i++) {
      if (payload[i] !== RS) continue;
      if (i === start) throw new ProtocolError('JSON batch: empty record');
      values.push(parseRecord(payload.subarray(start, i)));
      start = i + 1;
    }
    return values;
  }
}
