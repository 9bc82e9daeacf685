/**
 * `ISecurityModule`: a store of keys (memory, file, hardware) that signs without handing out secrets.
 *
 * @module
 */
import type { ICryptosignKey } from './cryptosign-key.js';
import type { IEthereumKey } from './ethereum-key.js';

/** A key a security module holds. */
export type SecurityModuleKey = ICryptosignKey | IEthereumKey;

/**
 * Holds cryptosign and Ethereum keys by key number, plus counters and a random source. A module
 * is opened before use and may be locked; a closed or locked module rejects every operation
 * with an error that says so.
 */
export interface ISecurityModule {
  /** Number of keys held (Python's `__len__`). */
  readonly size: number;
  /** True while open. */
  readonly isOpen: boolean;
  /** True when the module can be locked. */
  readonly canLock: boolean;
  /** True while locked. */
  readonly isLocked: boolean;

  /** True when a key with this number exists (Python's `__contains__`). */
  has(keyNo: number): boolean;
  /**
   * The key with this number (Python's `__getitem__`).
   *
   * @throws {RangeError} when there is none.
   */
  get(keyNo: number): SecurityModuleKey;
  /** Stores a key under a number (Python's `__setitem__`). */
  set(keyNo: number, key: SecurityModuleKey): void;
  /** Removes a key (Python's `__delitem__`); false when there was none. */
  delete(keyNo: number): boolean;

  /** Opens the module (reads files, connects to hardware). */
  open(): Promise<void>;
  /** Closes the module; keys are no longer usable. */
  close(): Promise<void>;
  /** Locks the module. */
  lock(): Promise<void>;
  /** Unlocks the module (e.g. with a passphrase given at construction). */
  unlock(): Promise<void>;

  /** Creates a new key of the type and returns its number. */
  createKey(keyType: 'cryptosign' | 'ethereum'): Promise<number>;
  /** Deletes a key by number. */
  deleteKey(keyNo: number): Promise<void>;
  /** `octets` random bytes from the platform CSPRNG. */
  getRandom(octets: number): Promise<Uint8Array>;
  /** The current value of a counter (0 for a new one). */
  getCounter(counterNo: number): Promise<number>;
  /** Increments a counter and returns its new value. */
  incrementCounter(counterNo: number): Promise<number>;
}
