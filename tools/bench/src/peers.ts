/**
 * The serializer code of Autobahn|JS and wampy, driven the way each library drives it for one
 * WAMP message list: what its transport hands to `send`, and what its WebSocket hands back.
 *
 * - Autobahn|JS 26 (`lib/serializer.js`): `JSONSerializer` (JSON.stringify/parse),
 *   `MsgpackSerializer` (msgpack5, forceFloat64), `CBORSerializer` (the `cbor` package;
 *   `serialize` is `async` around `cbor.encodeAsync` and its transport awaits it per message,
 *   `unserialize` is `cbor.decodeFirstSync`). Its WebSocket uses `binaryType = 'arraybuffer'`.
 * - wampy 8 (`wampy/JsonSerializer.js`, `/MsgpackSerializer.js`, `/CborSerializer.js`): JSON,
 *   msgpackr `pack`/`unpack`, a cbor-x `Encoder`; also `binaryType = 'arraybuffer'`.
 *
 * @module
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** One peer contender: encode a WAMP list, and decode what its transport would receive. */
export interface PeerCodec {
  /** Column name: `autobahn`, `wampy`, or a variant such as `autobahn str`. */
  readonly name: string;
  /** WAMP list → what the library hands to its WebSocket (a promise when `asyncEncode`). */
  encode(list: unknown[]): unknown;
  /** True when `encode` returns a promise the library awaits per message. */
  readonly asyncEncode: boolean;
  /** An `encode` result as the bytes that go on the wire. */
  toBytes(encoded: unknown): Uint8Array;
  /** Wire bytes → what the library's WebSocket delivers to `decode` (a string, an ArrayBuffer, …). */
  fromBytes(bytes: Uint8Array): unknown;
  /** What the WebSocket delivered → the WAMP list. */
  decode(delivered: unknown): unknown;
}

interface AutobahnSerializer {
  serialize(list: unknown): unknown;
  unserialize(payload: unknown): unknown;
}

interface WampySerializer {
  encode(list: unknown): unknown;
  decode(payload: unknown): unknown;
}

/** The exact ArrayBuffer a WebSocket with `binaryType = 'arraybuffer'` delivers for these bytes. */
function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Text-frame JSON as a WebSocket carries it: the library's string goes out as UTF-8 bytes and
 * comes back as a string. With `utf8`, the conversion (done by `ws`/undici for the peers, by our
 * serializer for us) is part of the measured work, so both sides go list ⇄ bytes; without it,
 * the peer goes list ⇄ string and we still go list ⇄ bytes.
 */
function jsonCodec(name: string, encode: (list: unknown) => string, decode: (text: string) => unknown, utf8: boolean): PeerCodec {
  if (utf8) {
    return {
      name,
      asyncEncode: false,
      encode: (list) => Buffer.from(encode(list), 'utf8'),
      toBytes: (encoded) => encoded as Buffer,
      fromBytes: asBuffer,
      decode: (delivered) => decode((delivered as Buffer).toString('utf8')),
    };
  }
  return {
    name,
    asyncEncode: false,
    encode,
    toBytes: (encoded) => Buffer.from(encoded as string, 'utf8'),
    fromBytes: (bytes) => asBuffer(bytes).toString('utf8'),
    decode: (delivered) => decode(delivered as string),
  };
}

function binaryCodec(name: string, encode: (list: unknown) => unknown, decode: (delivered: unknown) => unknown, asyncEncode = false): PeerCodec {
  return { name, asyncEncode, encode, toBytes: (encoded) => encoded as Uint8Array, fromBytes: toArrayBuffer, decode };
}

/** Autobahn|JS's serializer module, loaded as its package ships it. */
function autobahnModule(): Record<string, (new () => AutobahnSerializer) | undefined> {
  return require('autobahn/lib/serializer.js') as Record<string, (new () => AutobahnSerializer) | undefined>;
}

function autobahnClass(name: string): AutobahnSerializer {
  const ctor = autobahnModule()[name];
  // The module swallows a failed optional require with a warning; a missing class means that happened.
  if (!ctor) throw new Error(`autobahn/lib/serializer.js has no ${name} on Node ${process.version}`);
  return new ctor();
}

/** The contenders for Autobahn|JS in one format (first one is the reference column). */
export function autobahnCodecs(format: string): PeerCodec[] {
  if (format === 'json') {
    const s = autobahnClass('JSONSerializer');
    const enc = (list: unknown) => s.serialize(list) as string;
    const dec = (text: string) => s.unserialize(text);
    return [jsonCodec('autobahn', enc, dec, true), jsonCodec('autobahn str', enc, dec, false)];
  }
  if (format === 'msgpack') {
    const s = autobahnClass('MsgpackSerializer');
    return [binaryCodec('autobahn', (list) => s.serialize(list), (wire) => s.unserialize(wire))];
  }
  const s = autobahnClass('CBORSerializer');
  // The same `cbor` module instance Autobahn|JS loaded, for its synchronous encoder.
  const cbor = require(require.resolve('cbor', { paths: [require.resolve('autobahn')] })) as { encode(value: unknown): Buffer };
  return [
    binaryCodec('autobahn', (list) => s.serialize(list), (wire) => s.unserialize(wire), true),
    // Not how Autobahn|JS calls it: the same codec without encodeAsync's stream and promise, as
    // the strictest reading of "Autobahn's CBOR encoder".
    binaryCodec('autobahn sync', (list) => cbor.encode(list), (wire) => s.unserialize(wire)),
  ];
}

/** The contenders for wampy in one format (first one is the reference column). */
export function wampyCodecs(format: string): PeerCodec[] {
  const file = ({ json: 'JsonSerializer', msgpack: 'MsgpackSerializer', cbor: 'CborSerializer' } as Record<string, string>)[format]!;
  const ctor = (require(`wampy/${file}.js`) as Record<string, new () => WampySerializer>)[file]!;
  const s = new ctor();
  if (format === 'json') {
    const enc = (list: unknown) => s.encode(list) as string;
    const dec = (text: string) => s.decode(text);
    return [jsonCodec('wampy', enc, dec, true), jsonCodec('wampy str', enc, dec, false)];
  }
  return [binaryCodec('wampy', (list) => s.encode(list), (wire) => s.decode(wire))];
}
