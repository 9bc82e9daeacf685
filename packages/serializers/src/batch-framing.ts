/**
 * Length-prefixed batching for binary formats (Advanced Profile, "Message Batching"): each
 * message is preceded by its length as a 4-byte big-endian unsigned integer.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';

/** Prefixes `bytes` with its 4-byte big-endian length. */
export function frameWithLength(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + 4);
  new DataView(out.buffer).setUint32(0, bytes.length);
  out.set(bytes, 4);
  return out;
}

/**
 * Splits a length-prefixed batch into views of its messages.
 *
 * @throws {ProtocolError} for an empty batch, a truncated prefix or a length past the end.
 */
export function splitLengthPrefixed(payload: Uint8Array, format: string): Uint8Array[] {
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const parts: Uint8Array[] = [];
  let pos = 0;
  while (pos < payload.length) {
    if (pos + 4 > payload.length) throw new ProtocolError(`${format} batch: truncated length prefix at byte ${pos}`);
    const len = view.getUint32(pos);
    pos += 4;
    if (pos + len > payload.length) {
      throw new ProtocolError(`${format} batch: message of ${len} bytes at byte ${pos - 4} runs past the end (${payload.length} bytes)`);
    }
    parts.push(payload.subarray(pos, pos + len));
    pos += len;
  }
  if (parts.length === 0) throw new ProtocolError(`${format} batch: a batch must hold at least one message`);
  return parts;
}
