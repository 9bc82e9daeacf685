/**
 * A message table → its WAMP message list, read through {@link FbsTable} so every offset is
 * checked before it is followed. The list is then validated by `parseMessage` like any other.
 *
 * @module
 */
import type { IObjectSerializer } from '@wamp/interfaces';
import { ProtocolError } from '@wamp/interfaces';
import type { EnumMap } from './fbs-enums.js';
import { AUTH_METHOD, CANCEL_MODE, ENC_ALGO, ENC_SERIALIZER, INVOKE, MATCH, REQUEST_TYPE } from './fbs-enums.js';
import type { FbsTable } from './fbs-reader.js';
import { CLIENT_ROLES, ROUTER_ROLES, readRoles } from './fbs-roles.js';
import type { BytesSlot, FieldSpec, MessageSpec } from './fbs-spec.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function enumName(map: EnumMap, wire: number, what: string): unknown {
  const value = map.fromWire.get(wire);
  if (value === undefined) throw new ProtocolError(`FlatBuffers: ${what} is ${wire}, not a ${map.name} WAMP has a name for`);
  return value;
}

function readMap(table: FbsTable, pos: number, what: string): Record<string, unknown> {
  const map = table.reader.table(pos, what);
  const keyAt = map.field(0, 4);
  if (keyAt === -1) throw new ProtocolError(`FlatBuffers: ${what} lacks its required key`);
  const valueAt = map.field(1, 4);
  const key = table.reader.string(keyAt, `${what} key`);
  if (key === '__proto__') throw new ProtocolError(`FlatBuffers: ${what} key __proto__ is refused`);
  return { [key]: valueAt === -1 ? null : table.reader.string(valueAt, `${what}.${key}`) };
}

const SIZE: Readonly<Record<string, number>> = { u64: 8, u32: 4, u16: 2, bool: 1, requestType: 2, match: 1, invoke: 1, cancelMode: 1, authMethod: 1, encAlgo: 1, encSerializer: 1 };

/** Reads one present field; undefined for fields that are checked but not carried into WAMP. */
function readField(table: FbsTable, field: FieldSpec, pos: number, what: string): unknown {
  const r = table.reader;
  switch (field.kind) {
    case 'u64':
      return r.u64(pos, what);
    case 'u32':
      return r.u32(pos, what);
    case 'u16':
      return r.u16(pos, what);
    case 'bool':
      return r.u8(pos, what) !== 0;
    case 'string':
      return r.string(pos, what);
    case 'keyBytes': {
      const [start, length] = r.vector(pos, 1, what);
      r.take(length, what);
      try {
        return UTF8.decode(r.bytes.subarray(start, start + length));
      } catch (cause) {
        throw new ProtocolError(`FlatBuffers: ${what} is not valid UTF-8`, { cause });
      }
    }
    case 'u64List': {
      const [start, length] = r.vector(pos, 8, what);
      return Array.from({ length }, (_, i) => r.u64(start + 8 * i, `${what}[${i}]`));
    }
    case 'stringList': {
      const [start, length] = r.vector(pos, 4, what);
      return Array.from({ length }, (_, i) => r.string(start + 4 * i, `${what}[${i}]`));
    }
    case 'authMethods': {
      const [start, length] = r.vector(pos, 1, what);
      return Array.from({ length }, (_, i) => enumName(AUTH_METHOD, r.u8(start + i, what), `${what}[${i}]`));
    }
    case 'match':
      return enumName(MATCH, r.u8(pos, what), what);
    case 'invoke':
      return enumName(INVOKE, r.u8(pos, what), what);
    case 'cancelMode':
      return enumName(CANCEL_MODE, r.u8(pos, what), what);
    case 'authMethod':
      return enumName(AUTH_METHOD, r.u8(pos, what), what);
    case 'encAlgo': {
      // PLAIN (0) means no passthru: no enc_algo key.
      const wire = r.u8(pos, what);
      return wire === 0 ? undefined : enumName(ENC_ALGO, wire, what);
    }
    case 'encSerializer':
      return enumName(ENC_SERIALIZER, r.u8(pos, what), what);
    case 'requestType':
      return enumName(REQUEST_TYPE, r.u16(pos, what), what);
    case 'map':
      return readMap(table, pos, what);
    case 'clientRoles':
      return readRoles(r.table(pos, what), CLIENT_ROLES);
    case 'routerRoles':
      return readRoles(r.table(pos, what), ROUTER_ROLES);
    case 'principals':
      // Checked, then dropped: WAMP's forward_for needs authid and authrole the struct lacks.
      r.vector(pos, 8, what);
      return undefined;
  }
}

/** The schema default of an absent positional field (WAMP validation then judges it). */
function absent(field: FieldSpec): unknown {
  switch (field.kind) {
    case 'u64':
    case 'requestType':
      return 0;
    case 'authMethod':
      return AUTH_METHOD.fromWire.get(0);
    case 'map':
      return {};
    default:
      return undefined;
  }
}

function readBytes(table: FbsTable, slot: BytesSlot | undefined, what: string): Uint8Array | undefined {
  if (slot === undefined) return undefined;
  const pos = table.field(slot.slot, 4);
  if (pos === -1) return undefined;
  const [start, length] = table.reader.vector(pos, 1, what);
  table.reader.take(length, what);
  // A copy: the message must not keep the transport's buffer alive or see it change.
  return table.reader.bytes.slice(start, start + length);
}

function decodeOne(payloadSerializer: IObjectSerializer, bytes: Uint8Array, what: string): unknown {
  const values = payloadSerializer.unserialize(bytes);
  if (values.length !== 1) throw new ProtocolError(`FlatBuffers: ${what} holds ${values.length} values, expected one`);
  return values[0];
}

function readPayload(table: FbsTable, spec: MessageSpec, list: unknown[], passthru: boolean, payloadSerializer: IObjectSerializer): void {
  const layout = spec.payload;
  if (layout === undefined) return;
  const name = spec.name;
  const payload = readBytes(table, layout.payload, `${name}.payload`);
  const args = readBytes(table, layout.args, `${name}.args`);
  const kwargs = readBytes(table, layout.kwargs, `${name}.kwargs`);
  if (passthru) {
    if (args !== undefined || kwargs !== undefined) throw new ProtocolError(`FlatBuffers: ${name} in passthru mode must leave args and kwargs unset`);
    if (payload !== undefined) list[layout.at] = payload;
    return;
  }
  if (layout.args !== undefined) {
    if (payload !== undefined) throw new ProtocolError(`FlatBuffers: ${name}.payload is set without enc_algo`);
    const kw = kwargs === undefined ? undefined : decodeOne(payloadSerializer, kwargs, `${name}.kwargs`);
    const a = args === undefined ? undefined : decodeOne(payloadSerializer, args, `${name}.args`);
    if (kw !== undefined) {
      list[layout.at] = a ?? [];
      list[layout.at + 1] = kw;
    } else if (a !== undefined) {
      list[layout.at] = a;
    }
    return;
  }
  if (payload === undefined) return;
  const packed = decodeOne(payloadSerializer, payload, `${name}.payload`);
  if (!Array.isArray(packed) || packed.length < 1 || packed.length > 2) {
    throw new ProtocolError(`FlatBuffers: ${name}.payload must hold [Arguments] or [Arguments, ArgumentsKw]`);
  }
  list[layout.at] = packed[0];
  if (packed.length === 2) list[layout.at + 1] = packed[1];
}

/**
 * Reads a message table into the WAMP list form.
 *
 * @throws {ProtocolError} for out-of-range offsets, truncation, a missing required field, an
 * enum value WAMP has no name for, invalid UTF-8, or a payload its serializer refuses.
 */
export function decodeMessage(table: FbsTable, spec: MessageSpec, payloadSerializer: IObjectSerializer): unknown[] {
  const list: unknown[] = new Array<unknown>(spec.length).fill(undefined);
  list[0] = spec.type;
  const dict: Record<string, unknown> = {};
  for (const field of spec.fields) {
    const what = typeof field.at === 'number' ? `${spec.name}[${field.at}]` : `${spec.name}.${field.at}`;
    const pos = table.field(field.slot, SIZE[field.kind] ?? 4);
    if (pos === -1) {
      if (field.required) throw new ProtocolError(`FlatBuffers: ${spec.name} lacks its required field ${what}`);
      if (typeof field.at === 'number') list[field.at] = absent(field);
      continue;
    }
    const value = readField(table, field, pos, what);
    if (value === undefined) continue;
    if (typeof field.at === 'number') list[field.at] = value;
    else dict[field.at] = value;
  }
  if (spec.dict !== undefined && (!spec.dict.optional || Object.keys(dict).length > 0)) list[spec.dict.at] = dict;
  readPayload(table, spec, list, dict['enc_algo'] !== undefined, payloadSerializer);
  return list;
}
