/**
 * `KeyRing`: the WAMP-cryptobox payload codec, wire-compatible with Autobahn|Python's
 * `autobahn.wamp.cryptobox.KeyRing`.
 *
 * @module
 */
import type { DecodedPayload, EncodedPayload, IObjectSerializer, IPayloadCodec } from '@wamp/interfaces';
import { ApplicationError, WAMP_ERROR } from '@wamp/interfaces';
import { open, seal } from './crypto-box.js';
import type { KeyMaterial } from './cryptobox-key.js';
import { CryptoboxKey } from './cryptobox-key.js';
import { jsonDecode, jsonEncode } from './json-payload.js';

/** The `enc_algo` of WAMP-cryptobox payloads. */
export const CRYPTOBOX_ENC_ALGO = 'cryptobox';

/** Options of a {@link KeyRing}. */
export interface KeyRingOptions {
  /**
   * The key for URIs no {@link KeyRing.setKey} prefix matches; a private key (base64 or bytes)
   * stands for that key in both roles. Without one, such URIs travel unencrypted.
   * @default undefined
   */
  defaultKey?: CryptoboxKey | KeyMaterial | undefined;
  /**
   * The serializer of the plaintext inside each box, announced as `enc_serializer`; e.g.
   * `new CborObjectSerializer()` from `@wamp/serializers/cbor` for `cbor`. Payloads arriving
   * in JSON are always read. Autobahn|Python 22.7.1 reads only `json`.
   * @default the built-in JSON (`json`)
   */
  serializer?: IObjectSerializer | undefined;
}

type Dict = Readonly<Record<string, unknown>>;

/**
 * Encrypts and decrypts application payloads end to end with the keys set per URI prefix
 * (WAMP-cryptobox): set it on a session with `session.setPayloadCodec(keyRing)`.
 *
 * Each payload is `{uri, args, kwargs}` serialized (JSON by default), then boxed with NaCl's
 * `crypto_box`: `enc_algo` is `cryptobox`, `enc_serializer` names the serializer, and the URI
 * inside lets the receiver refuse a payload replayed onto another procedure or topic. A URI's key
 * is the one set for its longest prefix (plain string prefix, as Autobahn's trie), else the default.
 *
 * @example
 * ```ts
 * const ring = new KeyRing();
 * ring.setKey('com.example.secure.', new CryptoboxKey({ originatorPrivateKey: myPriv, responderPublicKey: calleePub }));
 * session.setPayloadCodec(ring);
 * await session.call('com.example.secure.add2', [2, 3]); // the router sees only ciphertext
 * ```
 */
export class KeyRing implements IPayloadCodec {
  readonly #keys = new Map<string, CryptoboxKey>();
  readonly #serializer: IObjectSerializer | undefined;
  #default: CryptoboxKey | undefined;

  constructor(options: KeyRingOptions = {}) {
    this.#default = toKey(options.defaultKey);
    this.#serializer = options.serializer;
  }

  /**
   * Sets the key for URIs starting with `uri` (`''` sets the default key); `undefined` removes it.
   * A private key (base64 or bytes) stands for a key with that private key in both roles.
   *
   * @throws {TypeError} for a key that is not usable (see {@link CryptoboxKey}).
   */
  setKey(uri: string, key: CryptoboxKey | KeyMaterial | undefined): void {
    if (typeof uri !== 'string') throw new TypeError(`setKey: uri must be a string, got ${typeof uri}`);
    const resolved = toKey(key);
    if (uri === '') this.#default = resolved;
    else if (resolved === undefined) this.#keys.delete(uri);
    else this.#keys.set(uri, resolved);
  }

  /** The key that applies to `uri`: the longest matching prefix set, else the default. */
  keyFor(uri: string): CryptoboxKey | undefined {
    let best: string | undefined;
    for (const prefix of this.#keys.keys()) {
      if (uri.startsWith(prefix) && (best === undefined || prefix.length > best.length)) best = prefix;
    }
    return best === undefined ? this.#default : this.#keys.get(best);
  }

  /**
   * Boxes `{uri, args, kwargs}` with the key for `uri` in the role `isOriginating` gives; resolves
   * `undefined` (send unencrypted) when no key applies or the key lacks that role's private key.
   */
  encode(isOriginating: boolean, uri: string, args?: readonly unknown[], kwargs?: Readonly<Record<string, unknown>>): Promise<EncodedPayload | undefined> {
    try {
      const box = this.keyFor(uri)?.box(isOriginating);
      if (box === undefined) return Promise.resolve(undefined);
      const serializer = this.#serializer;
      const plain = { uri, args: args === undefined ? null : [...args], kwargs: kwargs === undefined ? null : { ...kwargs } };
      const bytes = serializer === undefined ? jsonEncode(plain) : serializer.serialize(plain);
      return Promise.resolve({ payload: seal(box, bytes), encAlgo: CRYPTOBOX_ENC_ALGO, encSerializer: serializer?.NAME ?? 'json' });
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * Opens a cryptobox payload with the key for `uri` in the role `isOriginating` gives.
   *
   * @throws {ApplicationError} `wamp.error.encryption.decrypt_error` (as a rejection) when it is not
   * a cryptobox payload, no key applies, the box fails authentication (tampered, or another key),
   * the serializer is unknown, or the plaintext is not `{uri, args, kwargs}`.
   */
  decode(isOriginating: boolean, uri: string, encoded: EncodedPayload): Promise<DecodedPayload> {
    try {
      return Promise.resolve(this.#decode(isOriginating, uri, encoded));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  #decode(isOriginating: boolean, uri: string, encoded: EncodedPayload): DecodedPayload {
    const fail = (why: string, cause?: unknown): ApplicationError =>
      new ApplicationError(WAMP_ERROR.ENCRYPTION_DECRYPT_ERROR, { message: `${WAMP_ERROR.ENCRYPTION_DECRYPT_ERROR}: ${why}`, cause });
    if (encoded.encAlgo !== CRYPTOBOX_ENC_ALGO) throw fail(`enc_algo is ${JSON.stringify(encoded.encAlgo)}, not "cryptobox"`);
    if (!(encoded.payload instanceof Uint8Array)) throw fail('the payload is not a byte string');
    const name = encoded.encSerializer ?? 'json';
    const serializer = this.#serializer?.NAME === name ? this.#serializer : name === 'json' ? undefined : null;
    if (serializer === null) throw fail(`enc_serializer ${JSON.stringify(name)} is not one this key ring reads`);
    const box = this.keyFor(uri)?.box(isOriginating);
    if (box === undefined) throw fail(`no ${isOriginating ? 'originator' : 'responder'} key for ${uri}`);
    let bytes: Uint8Array;
    try {
      bytes = open(box, encoded.payload);
    } catch (error) {
      throw fail(`${(error as Error).message} (for ${uri})`, error);
    }
    let plain: unknown;
    try {
      plain = serializer === undefined ? jsonDecode(bytes) : serializer.unserialize(bytes)[0];
    } catch (error) {
      throw fail(`the decrypted payload is not ${name}: ${(error as Error).message}`, error);
    }
    if (!isDict(plain) || typeof plain['uri'] !== 'string') throw fail('the decrypted payload is not a map with a string "uri"');
    const args = plain['args'] ?? [];
    const kwargs = plain['kwargs'] ?? {};
    if (!Array.isArray(args)) throw fail('"args" of the decrypted payload is not a list');
    if (!isDict(kwargs)) throw fail('"kwargs" of the decrypted payload is not a map');
    return { uri: plain['uri'], args, kwargs };
  }
}

function toKey(key: CryptoboxKey | KeyMaterial | undefined): CryptoboxKey | undefined {
  if (key === undefined || typeof key === 'string' || key instanceof Uint8Array) return key === undefined ? undefined : CryptoboxKey.fromPrivateKey(key);
  // Structural, not instanceof: a key from another copy of this package works too.
  if (typeof key === 'object' && key !== null && typeof (key as { box?: unknown }).box === 'function') return key;
  throw new TypeError(`a key must be a CryptoboxKey, or a private key as base64 or bytes, got ${typeof key}`);
}

function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
