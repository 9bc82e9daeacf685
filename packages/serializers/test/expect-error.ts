/** Assertions on the error class a call throws, by name (as callers must test it). */
import { isProtocolError } from '@wamp/interfaces';

/** Runs `fn` and returns what it threw, or fails naming `what` when it returned. */
export function thrownBy(fn: () => unknown, what: string): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error(`${what}: expected an error, but it returned`);
}

/** Fails unless `fn` throws a ProtocolError; returns its message. */
export function expectProtocolError(fn: () => unknown, what: string): string {
  const error = thrownBy(fn, what);
  if (!isProtocolError(error)) throw new Error(`${what}: expected ProtocolError, got ${String(error)}`);
  return error.message;
}

/** Fails unless `fn` throws a SerializationError; returns its message. */
export function expectSerializationError(fn: () => unknown, what: string): string {
  const error = thrownBy(fn, what);
  if ((error as Error | undefined)?.name !== 'SerializationError') throw new Error(`${what}: expected SerializationError, got ${String(error)}`);
  return (error as Error).message;
}

/** Bytes from a hex string (spaces allowed). */
export function hex(text: string): Uint8Array {
  return Uint8Array.from(Buffer.from(text.replace(/\s+/g, ''), 'hex'));
}

/** A hex string from bytes. */
export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}
