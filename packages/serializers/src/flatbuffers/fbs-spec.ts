/**
 * How one WAMP message maps onto its table of the WAMP-FlatBuffers schema: which WAMP list
 * element or Options/Details key each field holds, its kind, and the generated `add…` and
 * `create…Vector` functions that write it.
 *
 * @module
 */
import type { Builder } from 'flatbuffers';

/** A scalar or an offset (an offset is a number) handed to a generated `add…` function. */
export type FbsValue = number | bigint | boolean;

/**
 * What a field holds on the wire and in WAMP:
 * - `u64`, `u32`, `u16`, `bool`: integers and booleans;
 * - `string`; `keyBytes`: a WAMP string carried as a `[uint8]` of its UTF-8 (`enc_key`);
 * - `u64List`, `stringList`, `authMethods`: vectors;
 * - `match`, `invoke`, `cancelMode`, `authMethod`, `encAlgo`, `encSerializer`, `requestType`: enums;
 * - `map` (`wamp.Map`), `clientRoles`, `routerRoles`: tables;
 * - `principals`: `forward_for`, whose struct holds only a session id (checked, never carried).
 */
export type FieldKind =
  | 'u64'
  | 'u32'
  | 'u16'
  | 'bool'
  | 'string'
  | 'keyBytes'
  | 'u64List'
  | 'stringList'
  | 'authMethods'
  | 'match'
  | 'invoke'
  | 'cancelMode'
  | 'authMethod'
  | 'encAlgo'
  | 'encSerializer'
  | 'requestType'
  | 'map'
  | 'clientRoles'
  | 'routerRoles'
  | 'principals';

/** One field of a message table. */
export interface FieldSpec {
  /** The field id (vtable slot) in the schema. */
  readonly slot: number;
  readonly kind: FieldKind;
  /** Where WAMP keeps the value: an index into the message list, or a key of its Options/Details dict. */
  readonly at: number | string;
  /** Marked `required` in the schema. */
  readonly required: boolean;
  // Method syntax: each generated function takes its own precise type.
  add(builder: Builder, value: FbsValue): void;
  createVector?(builder: Builder, data: unknown[] | Uint8Array): number;
}

/** A byte-vector field: `args`, `kwargs` or `payload`. */
export interface BytesSlot {
  readonly slot: number;
  add(builder: Builder, offset: number): void;
  createVector(builder: Builder, data: Uint8Array): number;
}

/**
 * Where a message keeps its application payload. With `args` and `kwargs` slots (PUBLISH,
 * EVENT) each travels as its own byte vector, encoded by the payload serializer (Autobahn's
 * layout); without them (CALL, RESULT, …) the schema has only `payload`, which then holds the
 * payload serializer's encoding of `[args]` or `[args, kwargs]`. A passthru payload (`enc_algo`
 * set) always travels in `payload` as is.
 */
export interface PayloadSpec {
  /** Index of `Arguments` in the message list (`ArgumentsKw` follows it). */
  readonly at: number;
  readonly args?: BytesSlot;
  readonly kwargs?: BytesSlot;
  readonly payload: BytesSlot;
}

/** One message type and its table. */
export interface MessageSpec {
  /** The WAMP message type code (also the union discriminator on the wire, as Autobahn writes it). */
  readonly type: number;
  /** The message name in errors: `PUBLISH`. */
  readonly name: string;
  /** Index of the Options/Details dict in the message list, and its name in errors. */
  readonly dict?: { readonly at: number; readonly name: string; readonly optional: boolean };
  /** The list length without payload (longer lists carry Arguments/ArgumentsKw). */
  readonly length: number;
  readonly payload?: PayloadSpec;
  readonly fields: readonly FieldSpec[];
  /**
   * Dict keys that are informative only (HELLO/WELCOME `agent`, which Autobahn|Python drops as
   * well): left out in lenient mode instead of refused like any other key without a field.
   */
  readonly drop?: readonly string[];
  start(builder: Builder): void;
  end(builder: Builder): number;
}

/** Declares a field; `options.required` marks a schema `required` field. */
export function field(
  slot: number,
  kind: FieldKind,
  at: number | string,
  add: (builder: Builder, value: never) => void,
  options: { required?: boolean; createVector?: (builder: Builder, data: never) => number } = {},
): FieldSpec {
  const spec: FieldSpec = { slot, kind, at, required: options.required ?? false, add: add as FieldSpec['add'] };
  if (options.createVector !== undefined) spec.createVector = options.createVector as NonNullable<FieldSpec['createVector']>;
  return spec;
}

/** Declares a byte-vector slot from its generated functions. */
export function bytesSlot(
  slot: number,
  add: (builder: Builder, offset: number) => void,
  createVector: (builder: Builder, data: Uint8Array) => number,
): BytesSlot {
  return { slot, add, createVector };
}
