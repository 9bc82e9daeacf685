/**
 * The assertions the suites share, built on `node:assert` so that they work
 * under any test runner.
 *
 * @module
 */
import { fail } from 'node:assert/strict';
import { isProtocolError } from '@wamp/interfaces';
import { findDifference, preview } from './data-equal.js';

/** Fails with `what` and the first difference unless `actual` equals `expected` as data. */
export function assertSameData(actual: unknown, expected: unknown, what: string): void {
  const diff = findDifference(actual, expected);
  if (diff !== undefined) fail(`${what}: ${diff}`);
}

/** One line describing a thrown value: its name and message. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return `non-Error ${preview(err)}`;
}

/** Fails unless `run` throws a `ProtocolError` (recognised by its brand, not `instanceof`). */
export function assertRefusedWithProtocolError(run: () => unknown, what: string): void {
  let result: unknown;
  try {
    result = run();
  } catch (err) {
    if (isProtocolError(err)) return;
    fail(`${what}: expected a ProtocolError, got ${describeError(err)}`);
  }
  fail(`${what}: expected a ProtocolError, got a result ${preview(result)}`);
}

/** Fails unless `run` throws an error named `SerializationError`. */
export function assertRefusedWithSerializationError(run: () => unknown, what: string): void {
  let result: unknown;
  try {
    result = run();
  } catch (err) {
    if ((err as { name?: unknown } | null)?.name === 'SerializationError') return;
    fail(`${what}: expected a SerializationError, got ${describeError(err)}`);
  }
  fail(`${what}: expected a SerializationError, got a result ${preview(result)}`);
}

/**
 * Runs an encoder that may refuse its input: returns the bytes, or
 * `undefined` when it threw a `SerializationError`; any other exception fails.
 */
export function encodeOrRefuse(run: () => Uint8Array, what: string): Uint8Array | undefined {
  try {
    return run();
  } catch (err) {
    if ((err as { name?: unknown } | null)?.name === 'SerializationError') return undefined;
    fail(`${what}: expected bytes or a SerializationError, got ${describeError(err)}`);
  }
}

/**
 * Runs a decoder on untrusted input: it may return a list, or throw a
 * `ProtocolError`; any other exception fails. Returns the list, or `undefined`
 * when the input was refused.
 */
export function decodeOrRefuse<T>(run: () => T[], what: string): T[] | undefined {
  let result: T[];
  try {
    result = run();
  } catch (err) {
    if (isProtocolError(err)) return undefined;
    fail(`${what}: expected a result or a ProtocolError, got ${describeError(err)}`);
  }
  if (!Array.isArray(result)) fail(`${what}: expected a list, got ${preview(result)}`);
  return result;
}

/** Hex of the first bytes of `bytes`, to name an input in a failure message. */
export function hexPreview(bytes: Uint8Array, limit = 48): string {
  let hex = '';
  for (let i = 0; i < Math.min(bytes.length, limit); i++) hex += (bytes[i] as number).toString(16).padStart(2, '0');
  return `${bytes.length} bytes 0x${hex}${bytes.length > limit ? '…' : ''}`;
}

/** The bytes of several payloads joined into one. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
