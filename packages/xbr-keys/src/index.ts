/**
 * Ethereum keys for WAMP (XBR): EIP-191 personal messages, EIP-712 typed data, BIP-39 seed
 * phrases, and security modules holding cryptosign and Ethereum keys.
 *
 * @example
 * ```ts
 * import { EthereumKey, SecurityModuleMemory } from '@wamp/xbr-keys';
 *
 * const key = EthereumKey.fromSeedPhrase('avocado style uncover thrive same grace crunch want essay reduce current edge');
 * const signature = await key.signTypedData(typedData); // 65 bytes r ‖ s ‖ v
 * console.log(await key.verifyTypedData(typedData, signature, key.address())); // true
 * ```
 *
 * @packageDocumentation
 */
export { EthereumKey } from './ethereum-key.js';
export type { KeySlot } from './ethereum-key.js';
export { typedDataDigest } from './typed-data.js';
export { SecurityModuleMemory } from './security-module-memory.js';
