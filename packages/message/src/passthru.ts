/**
 * Payload passthru mode (Advanced Profile, "Payload Passthru Mode"; Autobahn|Python's "payload
 * transparency"): Options/Details keys that mark the payload as opaque to the router.
 *
 * Two namings exist and both are read: the spec's `ppt_scheme`, `ppt_serializer`, `ppt_cipher`,
 * `ppt_keyid`, and Autobahn|Python's `enc_algo`, `enc_serializer`, `enc_key`. The dict is kept
 * as received; {@link passthruInfo} gives one normalized view of either.
 *
 * @module
 */
import type { Dict } from './check-dict.js';
import type { OptionCheck, OptionSpec } from './check-options.js';
import { isBytes } from './check-fields.js';
import type { PayloadFields } from './payload-fields.js';

/** The payload passthru keys of an Options/Details dict, in the spec's and Autobahn's naming. */
export interface PassthruKeys {
  /** Spec: the passthru scheme (`wamp`, `mqtt`, `x_…`); its presence switches on passthru mode. */
  ppt_scheme?: string;
  /** Spec: the payload's serializer (`native`, `json`, `msgpack`, `cbor`, `flatbuffers`, …). */
  ppt_serializer?: string;
  /** Spec: the cipher of an encrypted payload (`xsalsa20poly1305`, `aes256gcm`). */
  ppt_cipher?: string;
  /** Spec: the id of the key that encrypted the payload. */
  ppt_keyid?: string;
  /** Autobahn: the algorithm (`cryptobox`, `mqtt`, `xbr` or `x_…`); its presence switches on passthru mode. */
  enc_algo?: string;
  /** Autobahn: the payload's serializer (`json`, `msgpack`, `cbor`, `ubjson`, `flatbuffers` or `x_…`). */
  enc_serializer?: string;
  /** Autobahn: the id of the key that encrypted the payload. */
  enc_key?: string;
}

// Autobahn|Python's rule for custom identifiers (`x_` followed by a lower-case name).
const CUSTOM = /^x_([a-z][\da-z_]+)?$/;
const ENC_ALGOS: readonly string[] = ['cryptobox', 'mqtt', 'xbr'];
const ENC_SERIALIZERS: readonly string[] = ['json', 'msgpack', 'cbor', 'ubjson', 'flatbuffers'];

const PPT_SCHEME: OptionCheck = {
  is: (v) => typeof v === 'string' && v.length > 0,
  expected: 'a non-empty string',
};

// Autobahn refuses other values, so a message carrying one could not reach an Autobahn peer.
const ENC_ALGO: OptionCheck = {
  is: (v) => typeof v === 'string' && (ENC_ALGOS.includes(v) || CUSTOM.test(v)),
  expected: '"cryptobox", "mqtt", "xbr" or "x_<name>"',
};

const ENC_SERIALIZER: OptionCheck = {
  is: (v) => typeof v === 'string' && (ENC_SERIALIZERS.includes(v) || CUSTOM.test(v)),
  expected: '"json", "msgpack", "cbor", "ubjson", "flatbuffers" or "x_<name>"',
};

/** Option checks of the passthru keys, merged into the specs of PUBLISH, EVENT, CALL, INVOCATION, YIELD, RESULT, ERROR. */
export const PASSTHRU_SPEC: OptionSpec = {
  ppt_scheme: PPT_SCHEME,
  ppt_serializer: 'string',
  ppt_cipher: 'string',
  ppt_keyid: 'string',
  enc_algo: ENC_ALGO,
  enc_serializer: ENC_SERIALIZER,
  enc_key: 'string',
};

/**
 * True when an Options/Details dict switches its message to payload passthru mode: it carries
 * `ppt_scheme` (spec) or `enc_algo` (Autobahn).
 */
export function isPassthru(dict: Readonly<Dict>): boolean {
  return dict['ppt_scheme'] !== undefined || dict['enc_algo'] !== undefined;
}

/** The passthru description of a message, the same for either naming. */
export interface PassthruInfo {
  /** `ppt_scheme`, or Autobahn's `enc_algo`. */
  scheme: string;
  /** `ppt_serializer`, or Autobahn's `enc_serializer`. */
  serializer?: string;
  /** `ppt_cipher` (Autobahn's naming has none: `cryptobox` implies its cipher). */
  cipher?: string;
  /** `ppt_keyid`, or Autobahn's `enc_key`. */
  keyId?: string;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/**
 * Reads the passthru keys of a (validated) Options/Details dict in either naming, the spec's
 * winning where both are present.
 *
 * @returns undefined when the message is not in passthru mode.
 */
export function passthruInfo(dict: Readonly<Dict>): PassthruInfo | undefined {
  const scheme = str(dict['ppt_scheme']) ?? str(dict['enc_algo']);
  if (scheme === undefined) return undefined;
  const info: PassthruInfo = { scheme };
  const serializer = str(dict['ppt_serializer']) ?? str(dict['enc_serializer']);
  if (serializer !== undefined) info.serializer = serializer;
  const cipher = str(dict['ppt_cipher']);
  if (cipher !== undefined) info.cipher = cipher;
  const keyId = str(dict['ppt_keyid']) ?? str(dict['enc_key']);
  if (keyId !== undefined) info.keyId = keyId;
  return info;
}

/**
 * The opaque payload of a message in passthru mode, in either wire form: Autobahn's (the byte
 * string itself in the Arguments position, held in `payload`) or the spec's (a list holding one
 * byte string, held in `args` so a relay writes it back in the same form).
 *
 * @param dict - the message's Options/Details.
 * @returns undefined when the message is not in passthru mode or carries no payload.
 */
export function passthruPayload(dict: Readonly<Dict>, fields: PayloadFields): Uint8Array | undefined {
  if (!isPassthru(dict)) return undefined;
  if (fields.payload !== undefined) return fields.payload;
  const args = fields.args;
  return args !== undefined && args.length === 1 && isBytes(args[0]) ? args[0] : undefined;
}
