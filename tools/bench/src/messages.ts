/**
 * The realistic mix the serializer benchmark encodes and decodes: CALL, RESULT and EVENT, each
 * with a small payload (a few scalars and a short string, ~16 bytes), a 4 KiB string and a
 * 4 KiB binary blob.
 *
 * @module
 */
import type { IMessage } from '@wamp/interfaces';
import { Call, Event, Result } from '@wamp/message';

/** One message shape of the mix. */
export interface Sample {
  /** Row label, e.g. `CALL 4KiB str`. */
  readonly name: string;
  /** True when the payload holds bytes (not carried by the peers' JSON, so JSON skips it). */
  readonly binary: boolean;
  /** Builds the message afresh (our contenders encode message objects). */
  readonly message: () => IMessage;
}

const small = ['hello', 42, true]; // ["hello",42,true]: 17 bytes of JSON
const text = 'x'.repeat(4096);
// A Buffer, not a plain Uint8Array: Autobahn|JS's `cbor` writes a plain Uint8Array as a tagged
// typed array (tag 64), a Buffer as a byte string, which is what WAMP peers expect.
const blob = Buffer.alloc(4096);
for (let i = 0, x = 0x2545f491; i < blob.length; i++) {
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  blob[i] = x & 0xff;
}

const ID1 = 5823448172345611; // IDs near 2^53, as routers draw them
const ID2 = 2345876234598761;

type Payload = { args: unknown[]; kwargs?: Record<string, unknown> };

const PAYLOADS: readonly (readonly [size: string, payload: () => Payload])[] = [
  ['16B', () => ({ args: [...small] })],
  ['4KiB str', () => ({ args: [text], kwargs: { n: 1 } })],
  ['4KiB bin', () => ({ args: [blob], kwargs: { n: 1 } })],
];

const KINDS: readonly (readonly [kind: string, build: (payload: Payload) => IMessage])[] = [
  ['CALL', (p) => new Call({ request: 12345, options: {}, procedure: 'com.example.store', ...p })],
  ['RESULT', (p) => new Result({ request: 12345, details: {}, ...p })],
  ['EVENT', (p) => new Event({ subscription: ID1, publication: ID2, details: {}, ...p })],
];

/** Every sample, in report order: by message kind, then payload. */
export const SAMPLES: readonly Sample[] = KINDS.flatMap(([kind, build]) =>
  PAYLOADS.map(([size, payload]) => ({ name: `${kind} ${size}`, binary: size.endsWith('bin'), message: () => build(payload()) })),
);
