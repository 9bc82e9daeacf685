/**
 * `IEthereumKey`: a secp256k1 key with an Ethereum address.
 *
 * @module
 */
import type { IKey } from './key.js';

/** EIP-712 typed data, in the JSON shape `eth_signTypedData_v4` takes. */
export interface TypedData {
  readonly types: Readonly<Record<string, readonly { readonly name: string; readonly type: string }[]>>;
  readonly primaryType: string;
  readonly domain: Readonly<Record<string, unknown>>;
  readonly message: Readonly<Record<string, unknown>>;
}

/** A secp256k1 key that signs EIP-191 messages and EIP-712 typed data. */
export interface IEthereumKey extends IKey {
  /** The address as 20 bytes. */
  address(binary: true): Uint8Array;
  /** The address as EIP-55 check-summed hex (`0x…`). */
  address(binary?: false): string;

  /** Signs EIP-712 typed data; returns the 65-byte signature `r ‖ s ‖ v`. */
  signTypedData(data: TypedData): Promise<Uint8Array>;

  /**
   * True when `signature` over `data` was made by `signerAddress` (by default this key's address).
   */
  verifyTypedData(data: TypedData, signature: Uint8Array, signerAddress?: string | Uint8Array): Promise<boolean>;
}
