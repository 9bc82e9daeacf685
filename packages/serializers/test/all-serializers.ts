/** Every serializer of this package by its SERIALIZER_ID, for table-driven tests. */
import type { ISerializer } from '@wamp/interfaces';
import { CborSerializer } from '../src/cbor.js';
import { JsonSerializer } from '../src/json.js';
import { MsgPackSerializer } from '../src/msgpack.js';

export const SERIALIZERS: Record<string, () => ISerializer> = {
  json: () => new JsonSerializer(),
  msgpack: () => new MsgPackSerializer(),
  cbor: () => new CborSerializer(),
  'json.batched': () => new JsonSerializer({ batched: true }),
  'msgpack.batched': () => new MsgPackSerializer({ batched: true }),
  'cbor.batched': () => new CborSerializer({ batched: true }),
};

export const SERIALIZER_IDS = Object.keys(SERIALIZERS);
