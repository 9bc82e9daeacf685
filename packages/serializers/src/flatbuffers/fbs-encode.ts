/**
 * WAMP message list → its table, through the generated builder functions. Whatever the table
 * cannot hold is refused with `SerializationError` before anything is written.
 *
 * @module
 */
import type { Builder } from 'flatbuffers';
import type { IObjectSerializer } from '@wamp/interfaces';
import { SerializationError } from '@wamp/interfaces';
import type { EnumMap } from './fbs-enums.js';
import { AUTH_METHOD, CANCEL_MODE, ENC_ALGO, ENC_SERIALIZER, INVOKE, MATCH, REQUEST_TYPE } from './fbs-enums.js';
import { wamp_Map as WampMap } from './generated/wamp_generated.js';
import { CLIENT_ROLES, ROUTER_ROLES, writeRoles } from './fbs-roles.js';
import type { FbsValue, FieldSpec, MessageSpec } from './fbs-spec.js';
import { isPlainDict, isUint, show } from './fbs-values.js';

const UTF8 = new TextEncoder();
const MAX_ID = 2 ** 53;

function refuse(what: string, problem: string): SerializationError {
  return new SerializationError(`FlatBuffers: ${what} ${problem}`);
}

function label(spec: MessageSpec, field: FieldSpec): string {
  return typeof field.at === 'number' ? `${spec.name}[${field.at}]` : `${spec.name}.${spec.dict?.name ?? 'Details'}.${field.at}`;
}

function enumValue(map: EnumMap, value: unknown, what: string): number {
  const wire = map.toWire.get(value);
  if (wire === undefined) throw refuse(what, `is ${show(value)}, a ${map.name} the WAMP-FlatBuffers schema has no value for`);
  return wire;
}

function vector(builder: Builder, field: FieldSpec, data: unknown[] | Uint8Array): number {
  return (field.createVector as NonNullable<FieldSpec['createVector']>).call(undefined, builder, data);
}

/**
 * Writes a `wamp.Map`: one key with a string value (or none, for `null`). An empty positional
 * dict (CHALLENGE/AUTHENTICATE `Extra`) is written as no table; an empty optional one
 * (`authextra`) cannot be told apart from none: refused, or left out when `dropEmpty`.
 */
function writeMap(builder: Builder, value: unknown, what: string, positional: boolean, dropEmpty: boolean): number | undefined {
  if (!isPlainDict(value)) throw refuse(what, 'must be a dict');
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  if (keys.length === 0) {
    if (positional || dropEmpty) return undefined;
    throw refuse(what, 'is empty: the WAMP-FlatBuffers schema cannot tell an empty dict from none; leave it out');
  }
  const key = keys[0] as string;
  const entry = value[key];
  if (keys.length > 1) throw refuse(what, `holds ${keys.length} entries; the WAMP-FlatBuffers schema's Map holds one`);
  if (entry !== null && typeof entry !== 'string') throw refuse(`${what}.${key}`, `is ${show(entry)}; the WAMP-FlatBuffers schema's Map holds only a string`);
  const keyOffset = builder.createString(key);
  const valueOffset = entry === null ? 0 : builder.createString(entry);
  WampMap.startMap(builder);
  WampMap.addKey(builder, keyOffset);
  if (valueOffset !== 0) WampMap.addValue(builder, valueOffset);
  return WampMap.endMap(builder);
}

/** Converts one value for its field, creating strings, vectors and tables; undefined skips the field. */
function prepare(builder: Builder, field: FieldSpec, value: unknown, what: string, lenient: boolean): FbsValue | undefined {
  switch (field.kind) {
    case 'u64':
      if (!isUint(value, MAX_ID)) throw refuse(what, `must be an integer in 0..2^53, got ${show(value)}`);
      return BigInt(value);
    case 'u32':
      if (!isUint(value, 0xffff_ffff)) throw refuse(what, `must be an integer in 0..2^32-1 (a uint32 in the schema), got ${show(value)}`);
      return value;
    case 'u16':
      if (!isUint(value, 0xffff)) throw refuse(what, `must be an integer in 0..65535 (a uint16 in the schema), got ${show(value)}`);
      return value;
    case 'bool':
      if (typeof value !== 'boolean') throw refuse(what, `must be a boolean, got ${show(value)}`);
      return value;
    case 'string':
      if (typeof value !== 'string') throw refuse(what, `must be a string, got ${show(value)}`);
      return builder.createString(value);
    case 'keyBytes':
      if (typeof value !== 'string') throw refuse(what, `must be a string, got ${show(value)}`);
      return vector(builder, field, UTF8.encode(value));
    case 'u64List':
      if (!Array.isArray(value) || !value.every((v) => isUint(v, MAX_ID))) throw refuse(what, `must be a list of integers in 0..2^53, got ${show(value)}`);
      return vector(builder, field, value.map((v: number) => BigInt(v)));
    case 'stringList':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw refuse(what, `must be a list of strings, got ${show(value)}`);
      return vector(builder, field, value.map((v: string) => builder.createString(v)));
    case 'authMethods':
      if (!Array.isArray(value)) throw refuse(what, `must be a list, got ${show(value)}`);
      return vector(builder, field, value.map((v: unknown, i) => enumValue(AUTH_METHOD, v, `${what}[${i}]`)));
    case 'match':
      return enumValue(MATCH, value, what);
    case 'invoke':
      return enumValue(INVOKE, value, what);
    case 'cancelMode':
      return enumValue(CANCEL_MODE, value, what);
    case 'authMethod':
      return enumValue(AUTH_METHOD, value, what);
    case 'encAlgo':
      return enumValue(ENC_ALGO, value, what);
    case 'encSerializer':
      return enumValue(ENC_SERIALIZER, value, what);
    case 'requestType':
      return enumValue(REQUEST_TYPE, value, what);
    case 'map':
      return writeMap(builder, value, what, typeof field.at === 'number', lenient);
    case 'clientRoles':
      return writeRoles(builder, CLIENT_ROLES, value, what, lenient);
    case 'routerRoles':
      return writeRoles(builder, ROUTER_ROLES, value, what, lenient);
    case 'principals':
      throw refuse(what, 'cannot be carried: its entries hold authid and authrole, the schema\'s Principal only a session id');
  }
}

function checkDictKeys(spec: MessageSpec, dict: Record<string, unknown>, lenient: boolean): void {
  const dictName = `${spec.name}.${spec.dict?.name ?? 'Details'}`;
  let defined = 0;
  for (const key of Object.keys(dict)) {
    if (dict[key] === undefined) continue;
    defined += 1;
    if (spec.fields.some((f) => f.at === key) || (lenient && spec.drop?.includes(key) === true)) continue;
    throw refuse(`${dictName}.${key}`, 'has no field in the WAMP-FlatBuffers schema');
  }
  if (spec.dict?.optional === true && defined === 0) {
    throw refuse(dictName, 'is empty: the WAMP-FlatBuffers schema cannot tell an empty dict from none; leave it out');
  }
}

/** Writes the payload: returns [slot adder, offset] pairs to add once the table is started. */
function preparePayload(
  builder: Builder,
  spec: MessageSpec,
  list: readonly unknown[],
  passthru: boolean,
  payloadSerializer: IObjectSerializer,
): Array<[(b: Builder, offset: number) => void, number]> {
  const layout = spec.payload;
  if (layout === undefined) return [];
  const args = list[layout.at];
  const kwargs = list[layout.at + 1];
  if (args === undefined && kwargs === undefined) return [];
  const out: Array<[(b: Builder, offset: number) => void, number]> = [];
  if (passthru) {
    if (!(args instanceof Uint8Array) || kwargs !== undefined) {
      throw refuse(`${spec.name} payload`, 'in passthru mode must be one byte string in the Arguments position');
    }
    out.push([layout.payload.add, layout.payload.createVector(builder, args)]);
  } else if (layout.args !== undefined && layout.kwargs !== undefined) {
    if (args !== undefined) out.push([layout.args.add, layout.args.createVector(builder, payloadSerializer.serialize(args))]);
    if (kwargs !== undefined) out.push([layout.kwargs.add, layout.kwargs.createVector(builder, payloadSerializer.serialize(kwargs))]);
  } else {
    const packed = kwargs === undefined ? [args] : [args, kwargs];
    out.push([layout.payload.add, layout.payload.createVector(builder, payloadSerializer.serialize(packed))]);
  }
  return out;
}

/**
 * Writes one WAMP message (its list form) as its table and returns the table's offset.
 *
 * @param lenient - leave out HELLO/WELCOME `agent`, unknown role features and an empty
 * `authextra` instead of refusing them.
 * @throws {SerializationError} naming the element or key the table cannot hold.
 */
export function encodeMessage(
  builder: Builder,
  spec: MessageSpec,
  list: readonly unknown[],
  payloadSerializer: IObjectSerializer,
  lenient: boolean,
): number {
  const extra = (spec.dict?.optional === true ? 1 : 0) + (spec.payload === undefined ? 0 : 2);
  if (list.length < spec.length || list.length > spec.length + extra) {
    throw refuse(spec.name, `with ${list.length} elements cannot be carried by its WAMP-FlatBuffers table${spec.payload === undefined && list.length > spec.length ? ' (it has no payload field)' : ''}`);
  }
  let dict: Record<string, unknown> | undefined;
  if (spec.dict !== undefined) {
    const value = list[spec.dict.at];
    if (value !== undefined) {
      if (!isPlainDict(value)) throw refuse(`${spec.name}.${spec.dict.name}`, 'must be a dict');
      dict = value;
      checkDictKeys(spec, dict, lenient);
    }
  }
  const prepared: Array<[FieldSpec, FbsValue]> = [];
  for (const field of spec.fields) {
    const value = typeof field.at === 'number' ? list[field.at] : dict?.[field.at];
    const what = label(spec, field);
    if (value === undefined) {
      if (field.required) throw refuse(what, 'is required by the WAMP-FlatBuffers schema');
      continue;
    }
    const fb = prepare(builder, field, value, what, lenient);
    if (fb !== undefined) prepared.push([field, fb]);
  }
  const payload = preparePayload(builder, spec, list, dict?.['enc_algo'] !== undefined, payloadSerializer);
  spec.start(builder);
  for (const [field, fb] of prepared) field.add(builder, fb);
  for (const [add, offset] of payload) add(builder, offset);
  return spec.end(builder);
}
