/**
 * `SecurityModuleMemory`: an `ISecurityModule` that holds cryptosign and Ethereum keys, and
 * counters, in memory.
 *
 * @module
 */
import { CryptosignKey } from '@wamp/cryptosign';
import type { ISecurityModule, SecurityModuleKey } from '@wamp/interfaces';
import { EthereumKey } from './ethereum-key.js';

type Bindable = SecurityModuleKey & { withSlot?(slot: { securityModule: ISecurityModule; keyNo: number }): SecurityModuleKey };

/**
 * Keys by key number and counters by counter number, behind the module's state rules: closed
 * until `open()`; while locked, keys cannot be read, set, created or deleted. Every refusal is
 * an `Error` that says which rule it hit.
 */
export class SecurityModuleMemory implements ISecurityModule {
  protected readonly keys = new Map<number, SecurityModuleKey>();
  protected readonly counters = new Map<number, number>();
  #open = false;
  #locked = false;

  get size(): number {
    this.requireOpen('size');
    return this.keys.size;
  }

  get isOpen(): boolean {
    return this.#open;
  }

  get isLocked(): boolean {
    return this.#locked;
  }

  get canLock(): boolean {
    return true;
  }

  has(keyNo: number): boolean {
    this.requireUnlocked('has');
    return this.keys.has(keyNo);
  }

  /** @throws {Error} when there is no key `keyNo`. */
  get(keyNo: number): SecurityModuleKey {
    this.requireUnlocked('get');
    const key = this.keys.get(keyNo);
    if (key === undefined) throw new Error(`security module: no key ${keyNo}`);
    return key;
  }

  /** Stores `key` as `keyNo` (replacing any key there); the stored key reports this module and number. */
  set(keyNo: number, key: SecurityModuleKey): void {
    this.requireUnlocked('set');
    checkKeyNo(keyNo);
    const bindable = key as Bindable;
    this.keys.set(keyNo, bindable.withSlot !== undefined ? bindable.withSlot({ securityModule: this, keyNo }) : key);
    this.changed();
  }

  delete(keyNo: number): boolean {
    this.requireUnlocked('delete');
    const had = this.keys.delete(keyNo);
    if (had) this.changed();
    return had;
  }

  async open(): Promise<void> {
    if (this.#open) throw new Error('security module: already open');
    this.#open = true;
    this.#locked = false;
  }

  async close(): Promise<void> {
    this.requireOpen('close');
    this.#open = false;
    this.#locked = false;
  }

  async lock(): Promise<void> {
    this.requireOpen('lock');
    if (this.#locked) throw new Error('security module: already locked');
    this.#locked = true;
  }

  async unlock(): Promise<void> {
    this.requireOpen('unlock');
    if (!this.#locked) throw new Error('security module: not locked');
    this.#locked = false;
  }

  /** Creates a key of `keyType` under the next free key number and returns that number. */
  async createKey(keyType: 'cryptosign' | 'ethereum'): Promise<number> {
    this.requireUnlocked('createKey');
    let key: SecurityModuleKey;
    if (keyType === 'cryptosign') key = await CryptosignKey.generate();
    else if (keyType === 'ethereum') key = EthereumKey.generate();
    else throw new TypeError(`security module: key type must be "cryptosign" or "ethereum", got ${JSON.stringify(keyType)}`);
    const keyNo = this.keys.size === 0 ? 0 : Math.max(...this.keys.keys()) + 1;
    this.set(keyNo, key);
    return keyNo;
  }

  /** @throws {Error} when there is no key `keyNo`. */
  async deleteKey(keyNo: number): Promise<void> {
    this.requireUnlocked('deleteKey');
    if (!this.keys.has(keyNo)) throw new Error(`security module: no key ${keyNo}`);
    this.delete(keyNo);
  }

  /** `octets` random bytes from the platform CSPRNG. */
  async getRandom(octets: number): Promise<Uint8Array> {
    this.requireOpen('getRandom');
    if (!Number.isInteger(octets) || octets < 0) throw new RangeError(`security module: getRandom needs a non-negative integer, got ${octets}`);
    const out = new Uint8Array(octets);
    for (let at = 0; at < octets; at += 65536) crypto.getRandomValues(out.subarray(at, Math.min(octets, at + 65536)));
    return out;
  }

  async getCounter(counterNo: number): Promise<number> {
    this.requireOpen('getCounter');
    checkKeyNo(counterNo, 'counter');
    return this.counters.get(counterNo) ?? 0;
  }

  /** Adds one to counter `counterNo` (0 before the first increment) and returns the new value. */
  async incrementCounter(counterNo: number): Promise<number> {
    this.requireOpen('incrementCounter');
    checkKeyNo(counterNo, 'counter');
    const next = (this.counters.get(counterNo) ?? 0) + 1;
    this.counters.set(counterNo, next);
    this.changed();
    return next;
  }

  /** Called after every change of keys or counters (a persisting module saves here). */
  protected changed(): void {}

  protected requireOpen(what: string): void {
    if (!this.#open) throw new Error(`security module: ${what} needs an open module (call open() first)`);
  }

  protected requireUnlocked(what: string): void {
    this.requireOpen(what);
    if (this.#locked) throw new Error(`security module: ${what} is refused while the module is locked`);
  }
}

function checkKeyNo(n: number, what = 'key'): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`security module: a ${what} number is a non-negative integer, got ${n}`);
}
