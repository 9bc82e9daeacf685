/**
 * `EthereumKey`: a secp256k1 key with Ethereum's signing conventions (EIP-191 personal messages,
 * EIP-712 typed data), implementing `IEthereumKey`.
 *
 * @module
 */
import type { IEthereumKey, ISecurityModule, TypedData } from '@wamp/interfaces';
import { HDNodeWallet, Mnemonic, Signature, SigningKey, computeAddress, getAddress, hashMessage, recoverAddress } from 'ethers';
import { bytesHex, hexBytes, typedDataDigest } from './typed-data.js';

/** Where a key held by a security module lives. */
export interface KeySlot {
  readonly securityModule: ISecurityModule;
  readonly keyNo: number;
}

/**
 * An Ethereum key. Signing keys come from 32 private-key bytes, hex, a BIP-39 seed phrase or
 * `generate()`; `fromPublicKey` and `fromAddress` give verify-only keys.
 */
export class EthereumKey implements IEthereumKey {
  readonly keyType = 'eth' as const;
  readonly securityModule: ISecurityModule | undefined;
  readonly keyNo: number | undefined;
  readonly #signer: SigningKey | undefined;
  /** Uncompressed public key without the 0x04 prefix (64 bytes), when known. */
  readonly #publicKey: Uint8Array | undefined;
  readonly #address: string;

  private constructor(signer: SigningKey | undefined, publicKey: Uint8Array | undefined, address: string, slot?: KeySlot) {
    this.#signer = signer;
    this.#publicKey = publicKey;
    this.#address = address;
    this.securityModule = slot?.securityModule;
    this.keyNo = slot?.keyNo;
  }

  /** @throws {TypeError} unless `privateKey` is 32 bytes forming a valid secp256k1 key. */
  static fromBytes(privateKey: Uint8Array, slot?: KeySlot): EthereumKey {
    if (!(privateKey instanceof Uint8Array) || privateKey.length !== 32) throw new TypeError('EthereumKey.fromBytes: the private key must be 32 bytes');
    let signer: SigningKey;
    try {
      signer = new SigningKey(privateKey);
    } catch (error) {
      throw new TypeError(`EthereumKey.fromBytes: not a valid secp256k1 private key (${(error as Error).message})`, { cause: error });
    }
    const publicKey = hexBytes(signer.publicKey).subarray(1);
    return new EthereumKey(signer, publicKey, computeAddress(signer.publicKey), slot);
  }

  /** @throws {TypeError} unless `hex` is 64 hex digits (with or without `0x`). */
  static fromHex(hex: string): EthereumKey {
    const clean = typeof hex === 'string' && hex.startsWith('0x') ? hex.slice(2) : hex;
    if (typeof clean !== 'string' || !/^[0-9a-fA-F]{64}$/.test(clean)) throw new TypeError('EthereumKey.fromHex: expected 64 hex digits');
    return EthereumKey.fromBytes(hexBytes(clean));
  }

  /**
   * The key at BIP-44 path `m/44'/60'/0'/0/<index>` of a BIP-39 seed phrase.
   *
   * @throws {TypeError} for an invalid phrase (wrong word, checksum) or index.
   */
  static fromSeedPhrase(mnemonic: string, index = 0): EthereumKey {
    if (!Number.isInteger(index) || index < 0 || index >= 2 ** 31) throw new TypeError(`EthereumKey.fromSeedPhrase: index must be an integer in 0..2^31-1, got ${index}`);
    let wallet: HDNodeWallet;
    try {
      wallet = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(mnemonic.trim().toLowerCase().split(/\s+/).join(' ')), `m/44'/60'/0'/0/${index}`);
    } catch (error) {
      throw new TypeError(`EthereumKey.fromSeedPhrase: not a valid BIP-39 seed phrase (${(error as Error).message})`, { cause: error });
    }
    return EthereumKey.fromBytes(hexBytes(wallet.privateKey));
  }

  /** A new random key from the platform's CSPRNG. */
  static generate(): EthereumKey {
    for (;;) {
      const bytes = crypto.getRandomValues(new Uint8Array(32));
      try {
        return EthereumKey.fromBytes(bytes);
      } catch {
        // 0 or ≥ the curve order: astronomically rare; draw again.
      }
    }
  }

  /** A verify-only key from a public key: 64 bytes (x ‖ y), 65 with the 0x04 prefix, or 33 compressed. */
  static fromPublicKey(publicKey: Uint8Array | string): EthereumKey {
    const bytes = typeof publicKey === 'string' ? hexBytes(publicKey) : publicKey;
    const prefixed = bytes.length === 64 ? new Uint8Array([4, ...bytes]) : bytes;
    let full: string;
    try {
      full = SigningKey.computePublicKey(prefixed, false);
    } catch (error) {
      throw new TypeError(`EthereumKey.fromPublicKey: not a secp256k1 public key (${(error as Error).message})`, { cause: error });
    }
    return new EthereumKey(undefined, hexBytes(full).subarray(1), computeAddress(full));
  }

  /** A verify-only key that knows only its address (it has no public key to give). */
  static fromAddress(address: string | Uint8Array): EthereumKey {
    const text = typeof address === 'string' ? address : `0x${bytesHex(address)}`;
    let checksummed: string;
    try {
      checksummed = getAddress(text);
    } catch (error) {
      throw new TypeError(`EthereumKey.fromAddress: not an Ethereum address: ${JSON.stringify(text)}`, { cause: error });
    }
    return new EthereumKey(undefined, undefined, checksummed);
  }

  get canSign(): boolean {
    return this.#signer !== undefined;
  }

  /** The EIP-55 check-summed address, or its 20 bytes. */
  address(binary: true): Uint8Array;
  address(binary?: false): string;
  address(binary?: boolean): Uint8Array | string {
    return binary === true ? hexBytes(this.#address) : this.#address;
  }

  /**
   * The uncompressed public key without its 0x04 prefix: 64 bytes, or 128 hex digits.
   *
   * @throws {Error} for a key made from an address only.
   */
  publicKey(binary: true): Uint8Array;
  publicKey(binary?: false): string;
  publicKey(binary?: boolean): Uint8Array | string {
    if (this.#publicKey === undefined) throw new Error('this Ethereum key was made from an address and has no public key');
    return binary === true ? this.#publicKey.slice() : bytesHex(this.#publicKey);
  }

  /** Signs `data` as an EIP-191 personal message: 65 bytes r ‖ s ‖ v (v 27 or 28). */
  async sign(data: Uint8Array): Promise<Uint8Array> {
    return this.#signDigest(hexBytes(hashMessage(data)));
  }

  /**
   * The address (20 bytes) that made `signature` over the EIP-191 message `data`, as Autobahn
   * returns it. Compare it with {@link address} to verify.
   *
   * @throws {Error} for a malformed signature.
   */
  async recover(data: Uint8Array, signature: Uint8Array): Promise<Uint8Array> {
    return hexBytes(recoverAddress(hashMessage(data), checkSignature(signature)));
  }

  /** Signs typed data per EIP-712: 65 bytes r ‖ s ‖ v. @throws {TypeError} for malformed typed data. */
  async signTypedData(data: TypedData): Promise<Uint8Array> {
    return this.#signDigest(typedDataDigest(data));
  }

  /**
   * True when `signature` over `data` (EIP-712) was made by `signerAddress` (default: this
   * key's address). False for a wrong signer, other data or a malformed signature.
   */
  async verifyTypedData(data: TypedData, signature: Uint8Array, signerAddress?: string | Uint8Array): Promise<boolean> {
    try {
      const expected = signerAddress === undefined ? this.#address : getAddress(typeof signerAddress === 'string' ? signerAddress : `0x${bytesHex(signerAddress)}`);
      return recoverAddress(typedDataDigest(data), checkSignature(signature)) === expected;
    } catch {
      return false;
    }
  }

  #signDigest(digest: Uint8Array): Uint8Array {
    if (this.#signer === undefined) throw new Error('this Ethereum key holds no private key and cannot sign');
    return hexBytes(this.#signer.sign(digest).serialized);
  }

  /** This key as held by a security module: the same key, reporting `securityModule` and `keyNo`. */
  withSlot(slot: KeySlot): EthereumKey {
    return new EthereumKey(this.#signer, this.#publicKey, this.#address, slot);
  }

  /** The private key bytes, for a security module persisting this key. @internal */
  exportPrivateKey(): Uint8Array {
    if (this.#signer === undefined) throw new Error('this Ethereum key holds no private key');
    return hexBytes(this.#signer.privateKey);
  }
}

function checkSignature(signature: Uint8Array): string {
  if (!(signature instanceof Uint8Array) || signature.length !== 65) throw new Error('an Ethereum signature is 65 bytes (r ‖ s ‖ v)');
  return Signature.from(`0x${bytesHex(signature)}`).serialized;
}
