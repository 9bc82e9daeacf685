/**
 * Edge values the message corpus is built from, and the shape of its entries.
 *
 * @module
 */
import type { IMessage } from '@wamp/interfaces';

/** A message with a name that says what it exercises. */
export interface NamedMessage {
  readonly name: string;
  readonly message: IMessage;
}

/** The largest WAMP ID (WAMP §"IDs": 1..2^53). */
export const MAX_ID = 2 ** 53;
/** Text from several scripts, a combining accent and astral characters. */
export const UNICODE = 'Grüße — 日本語 한국어 e\u0301 مرحبا 🚀🌍🧪 𝄞';
/** Text with control characters, quotes, a backslash, a NUL inside and a line separator. */
export const CONTROL = 'tab\there\nnewline\r\u001f "quoted" \\ before\u0000after \u2028';

/** `length` deterministic bytes covering many values. */
export function bytes(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (i * 31 + seed) & 0xff;
  return out;
}

/** Integers at every encoding width boundary, the largest safe integers, and floats. */
export const NUMBERS = [
  0, 1, -1, 127, 128, 255, 256, -128, -129, 65535, 65536, -32769, 2 ** 31, -(2 ** 31) - 1, 2 ** 32,
  Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 0.5, -1.5e300, 1e-10,
];

/** Lists and dicts nested five deep, with every kind of empty container. */
export const NESTED = {
  level1: { level2: { level3: [1, [2, [3, { deep: true }]]] } },
  list: [null, true, false, 0, 'x', [], {}, [[]], [{}]],
};

/** Payload transparency keys as Autobahn|Python names them (`enc_algo`, `enc_serializer`). */
export const ENC = { enc_algo: 'cryptobox', enc_serializer: 'json' };
