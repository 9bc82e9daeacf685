/**
 * Hex and base64 helpers with argument checks that name the argument.
 *
 * @module
 */

/** Lower-case hex of `bytes`. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/**
 * Bytes of a hex string (upper or lower case, no prefix).
 *
 * @throws {TypeError} naming `what` when `hex` is not a string of hex digit pairs, or {@link RangeError}
 * when `length` is given and does not match.
 */
export function fromHex(hex: string, what: string, length?: number): Uint8Array {
  if (typeof hex !== 'string' || hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
    throw new TypeError(`${what} must be a hex string, got ${JSON.stringify(String(hex).slice(0, 20))}`);
  }
  if (length !== undefined && hex.length !== 2 * length) throw new RangeError(`${what} must be ${length} bytes (${2 * length} hex digits), got ${hex.length / 2}`);
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Checks that `value` is a Uint8Array of `length` bytes. @throws {TypeError|RangeError} naming `what`. */
export function checkBytes(value: unknown, what: string, length?: number): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new TypeError(`${what} must be a Uint8Array`);
  if (length !== undefined && value.length !== length) throw new RangeError(`${what} must be ${length} bytes, got ${value.length}`);
  return value;
}

/** Bytes of standard base64 text (browser and Node alike). @throws {TypeError} naming `what`. */
export function fromBase64(text: string, what: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(text.replace(/\s+/g, ''));
  } catch {
    throw new TypeError(`${what} is not valid base64`);
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
