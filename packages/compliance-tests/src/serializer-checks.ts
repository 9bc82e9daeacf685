/**
 * Assertions on `ISerializer` results, shared by the checks of the suite.
 *
 * @module
 */
import { equal, fail, ok } from 'node:assert/strict';
import type { IMessage, ISerializer } from '@wamp/interfaces';
import { assertSameData, decodeOrRefuse, describeError, hexPreview } from './assertions.js';
import { preview } from './data-equal.js';
import { referenceDecode, referenceEncode } from './json-reference.js';

/** True when the serializer frames batches: its id ends in `.batched`. */
export function isBatchedSerializer(ser: ISerializer): boolean {
  return ser.SERIALIZER_ID.endsWith('.batched');
}

/** Fails unless `value` looks like a message of one of the serializer's classes. */
export function assertIsMessage(ser: ISerializer, value: unknown, what: string): asserts value is IMessage {
  const m = value as Partial<IMessage> | null;
  if (typeof m !== 'object' || m === null || typeof m.marshal !== 'function' || typeof m.MESSAGE_TYPE !== 'number') {
    fail(`${what}: expected an IMessage, got ${preview(value)}`);
  }
  ok(ser.MESSAGE_TYPE_MAP.has(m.MESSAGE_TYPE), `${what}: decoded a message of unknown type ${m.MESSAGE_TYPE}`);
}

/** Serializes `message` and checks the payload and flag, returning the payload. */
export function serializeChecked(ser: ISerializer, message: IMessage, what: string): Uint8Array {
  const result = ser.serialize(message);
  ok(
    Array.isArray(result) && result.length === 2,
    `${what}: serialize() must return [payload, isBinary], got ${preview(result)}`
  );
  const [bytes, isBinary] = result;
  ok(bytes instanceof Uint8Array, `${what}: the payload must be a Uint8Array, got ${preview(bytes)}`);
  equal(
    isBinary,
    ser.BINARY,
    `${what}: serialize() returned isBinary=${String(isBinary)} but BINARY is ${String(ser.BINARY)}`
  );
  return bytes;
}

/** Decodes `bytes` (with and without the isBinary flag) and fails unless exactly `message` comes back. */
export function assertRoundTrip(ser: ISerializer, message: IMessage, what: string): void {
  const expected = message.marshal();
  const bytes = serializeChecked(ser, message, what);
  for (const flag of [ser.BINARY, undefined]) {
    const messages = ser.unserialize(bytes, flag);
    ok(Array.isArray(messages), `${what}: unserialize() must return a list, got ${preview(messages)}`);
    equal(messages.length, 1, `${what}: one serialized message must decode to one message, got ${messages.length}`);
    const [back] = messages;
    assertIsMessage(ser, back, what);
    equal(back.MESSAGE_TYPE, message.MESSAGE_TYPE, `${what}: the message type changed`);
    assertSameData(back.marshal(), expected, `${what} (isBinary ${String(flag)})`);
  }
}

/**
 * Crosstrip: what the serializer decodes from its own encoding must be what
 * the JSON reference carries, and a message parsed from the reference must
 * round-trip through the serializer.
 */
export function assertCrosstrip(ser: ISerializer, message: IMessage, what: string): void {
  const cls = ser.MESSAGE_TYPE_MAP.get(message.MESSAGE_TYPE);
  if (cls === undefined) fail(`${what}: MESSAGE_TYPE_MAP has no class for type ${message.MESSAGE_TYPE}`);
  const referenceText = referenceEncode(message.marshal());
  let viaReference: IMessage;
  try {
    viaReference = cls.parse(referenceDecode(referenceText) as unknown[]);
  } catch (err) {
    fail(
      `${what}: the serializer's message class refuses the JSON reference ${referenceText.slice(
        0,
        120
      )}: ${describeError(err)}`
    );
  }
  const [viaSerializer] = ser.unserialize(serializeChecked(ser, message, what), ser.BINARY);
  assertIsMessage(ser, viaSerializer, what);
  equal(
    referenceEncode(viaSerializer.marshal()),
    referenceEncode(viaReference.marshal()),
    `${what}: serializer and JSON reference disagree`
  );
  assertRoundTrip(ser, viaReference, `${what}, parsed from the JSON reference`);
}

/**
 * Decodes untrusted bytes: messages of known types (one unless batched), or
 * a ProtocolError; anything else fails.
 */
export function assertMessagesOrProtocolError(ser: ISerializer, bytes: Uint8Array, what: string): void {
  const label = `${what} (${hexPreview(bytes)})`;
  const messages = decodeOrRefuse(() => ser.unserialize(bytes, ser.BINARY), label);
  if (messages === undefined) return;
  if (isBatchedSerializer(ser)) ok(messages.length >= 1, `${label}: a batched decode returned no messages`);
  else equal(messages.length, 1, `${label}: a non-batched decode must return exactly one message`);
  for (const m of messages) assertIsMessage(ser, m, label);
}
