/**
 * `CryptosignKey`: an Ed25519 key for WAMP-cryptosign (Advanced Profile, "Cryptosign-based
 * Authentication").
 *
 * @module
 */
import { getPublicKeyAsync, signAsync, utils, verifyAsync } from '@noble/ed25519';
import type { Challenge, ChannelIdType, ICryptosignKey, ISecurityModule } from '@wamp/interfaces';
import { checkBytes, fromHex, toHex } from './bytes.js';
import { formatKeyFile, parseKeyFile } from './key-file.js';
import { parseOpenSshPrivateKey, parseOpenSshPublicKey } from './openssh.js';

/**
 * The bytes a cryptosign signature covers: the 32-byte challenge, or under channel binding the
 * challenge XOR the 32-byte channel id.
 *
 * @throws {TypeError|RangeError} for a challenge or channel id that is not 32 bytes.
 */
export function signedData(challenge: Challenge, channelId?: Uint8Array): Uint8Array {
  const hex = challenge.extra['challenge'];
  if (typeof hex !== 'string') throw new TypeError('cryptosign challenge: extra.challenge must be a hex string');
  const data = fromHex(hex, 'cryptosign challenge', 32);
  if (channelId === undefined) return data;
  checkBytes(channelId, 'channel id', 32);
  for (let i = 0; i < 32; i++) data[i] = (data[i] as number) ^ (channelId[i] as number);
  return data;
}

/**
 * An Ed25519 key pair (or a public key alone) that answers and checks WAMP-cryptosign
 * challenges exactly as Autobahn|Python does. Browser-safe: parsing works on strings; file
 * loading lives on the Node-only subpath `@wamp/cryptosign/node`.
 *
 * @example
 * ```ts
 * const key = CryptosignKey.fromSeedHex('4d57d97a…');
 * const signature = await key.signChallenge({ method: 'cryptosign', extra: { challenge: 'ff…ff' } });
 * ```
 */
export class CryptosignKey implements ICryptosignKey {
  readonly keyType = 'ed25519' as const;
  readonly securityModule: ISecurityModule | undefined;
  readonly keyNo: number | undefined;
  /** A comment from the key's file, if it had one. */
  readonly comment: string | undefined;
  readonly #seed: Uint8Array | undefined;
  readonly #publicKey: Uint8Array;

  private constructor(seed: Uint8Array | undefined, publicKey: Uint8Array, comment?: string, slot?: { securityModule: ISecurityModule; keyNo: number }) {
    this.#seed = seed;
    this.#publicKey = publicKey;
    this.comment = comment;
    this.securityModule = slot?.securityModule;
    this.keyNo = slot?.keyNo;
  }

  /** This key as held by a security module: the same key, reporting `securityModule` and `keyNo`. */
  withSlot(slot: { securityModule: ISecurityModule; keyNo: number }): CryptosignKey {
    return new CryptosignKey(this.#seed, this.#publicKey, this.comment, slot);
  }

  /** A signing key from its 32-byte private seed. @throws {TypeError|RangeError} for anything else. */
  static async fromSeed(seed: Uint8Array, comment?: string): Promise<CryptosignKey> {
    const copy = checkBytes(seed, 'seed', 32).slice();
    return new CryptosignKey(copy, await getPublicKeyAsync(copy), comment);
  }

  /** A signing key from its seed as 64 hex digits. */
  static fromSeedHex(hex: string): Promise<CryptosignKey> {
    return CryptosignKey.fromSeed(fromHex(hex, 'seed', 32));
  }

  /** A new random signing key (platform CSPRNG). */
  static generate(): Promise<CryptosignKey> {
    return CryptosignKey.fromSeed(utils.randomPrivateKey());
  }

  /** A verify-only key from a 32-byte public key. */
  static fromPublicKey(publicKey: Uint8Array | string): CryptosignKey {
    const bytes = typeof publicKey === 'string' ? fromHex(publicKey, 'public key', 32) : checkBytes(publicKey, 'public key', 32).slice();
    return new CryptosignKey(undefined, bytes);
  }

  /**
   * A signing key from an OpenSSH private key file (unencrypted Ed25519).
   *
   * @throws {TypeError} saying why otherwise (e.g. "encrypted with a passphrase").
   */
  static async fromOpenSshPrivateKey(text: string): Promise<CryptosignKey> {
    const { seed, publicKey, comment } = parseOpenSshPrivateKey(text);
    const key = await CryptosignKey.fromSeed(seed, comment);
    if (toHex(key.#publicKey) !== toHex(publicKey)) throw new TypeError('OpenSSH private key: stored public key does not match the seed');
    return key;
  }

  /** A verify-only key from an OpenSSH public key line (`ssh-ed25519 AAAA… comment`). */
  static fromOpenSshPublicKey(line: string): CryptosignKey {
    const { publicKey, comment } = parseOpenSshPublicKey(line);
    return new CryptosignKey(undefined, publicKey, comment);
  }

  /**
   * A key from an Autobahn|Python / Crossbar.io key file: `private-key-ed25519` (hex seed) gives a
   * signing key and wins over `public-key-ed25519`, which alone gives a verify-only key.
   *
   * @throws {TypeError} for a malformed file, or one with no Ed25519 key.
   */
  static async fromKeyFile(text: string): Promise<CryptosignKey> {
    const tags = parseKeyFile(text);
    const seed = tags.get('private-key-ed25519');
    if (seed !== undefined) {
      const key = await CryptosignKey.fromSeed(fromHex(seed, 'private-key-ed25519', 32));
      const pub = tags.get('public-key-ed25519');
      if (pub !== undefined && pub.toLowerCase() !== key.publicKey()) throw new TypeError('key file: public-key-ed25519 does not match private-key-ed25519');
      return key;
    }
    const pub = tags.get('public-key-ed25519');
    if (pub === undefined) throw new TypeError('key file: no private-key-ed25519 or public-key-ed25519 tag');
    return CryptosignKey.fromPublicKey(pub);
  }

  /** True when the private seed is held. */
  get canSign(): boolean {
    return this.#seed !== undefined;
  }

  publicKey(binary: true): Uint8Array;
  publicKey(binary?: false): string;
  publicKey(binary?: boolean): Uint8Array | string {
    return binary ? this.#publicKey.slice() : toHex(this.#publicKey);
  }

  /** Signs `data` (Ed25519, 64-byte signature). Rejects when the key cannot sign. */
  async sign(data: Uint8Array): Promise<Uint8Array> {
    if (this.#seed === undefined) throw new Error('this cryptosign key holds no private key and cannot sign');
    return signAsync(checkBytes(data, 'data'), this.#seed);
  }

  /**
   * Ed25519 cannot recover a signer from a signature: this resolves with this key's public key
   * when `signature` over `data` verifies under it, and rejects otherwise.
   */
  async recover(data: Uint8Array, signature: Uint8Array): Promise<Uint8Array> {
    if (!(await verifyAsync(checkBytes(signature, 'signature', 64), checkBytes(data, 'data'), this.#publicKey))) {
      throw new Error('the signature does not verify under this key');
    }
    return this.publicKey(true);
  }

  async signChallenge(challenge: Challenge, channelId?: Uint8Array, _channelIdType?: ChannelIdType): Promise<string> {
    const data = signedData(challenge, channelId);
    return toHex(await this.sign(data)) + toHex(data);
  }

  async verifyChallenge(challenge: Challenge, signature: string, channelId?: Uint8Array, _channelIdType?: ChannelIdType): Promise<boolean> {
    if (typeof signature !== 'string' || !/^[0-9a-fA-F]{192}$/.test(signature)) return false;
    const bytes = fromHex(signature, 'signature', 96);
    const expected = signedData(challenge, channelId);
    if (toHex(bytes.subarray(64)) !== toHex(expected)) return false;
    return verifyAsync(bytes.subarray(0, 64), expected, this.#publicKey);
  }

  /** This key as an Autobahn|Python / Crossbar.io key file (with the private seed when held). */
  toKeyFile(comment = 'WAMP-cryptosign key written by @wamp/cryptosign'): string {
    const tags: [string, string][] = [
      ['created-at', new Date().toISOString()],
      ['public-key-ed25519', this.publicKey()],
    ];
    if (this.#seed) tags.push(['private-key-ed25519', toHex(this.#seed)]);
    return formatKeyFile(comment, tags);
  }
}
