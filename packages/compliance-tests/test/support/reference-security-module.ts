/**
 * A small in-memory ISecurityModule for testing the security-module suite itself, with switches
 * that break it in the ways the suite must catch.
 */
import type { ISecurityModule, SecurityModuleKey } from '@wamp/interfaces';
import { NodeEd25519Key } from './node-ed25519-key.js';

export interface ModuleFaults {
  /** Works while closed. */
  ignoreClosed?: boolean;
  /** Hands out keys while locked. */
  ignoreLock?: boolean;
  /** Reads, waits, then writes a counter: concurrent increments lose updates. */
  racyCounter?: boolean;
  /** Keys do not report their module and number. */
  unboundKeys?: boolean;
}

/** A key reporting its slot, delegating everything else to `key` (whose private fields stay its own). */
function bind(key: SecurityModuleKey, securityModule: ISecurityModule, keyNo: number): SecurityModuleKey {
  return new Proxy(key, {
    get(target, prop) {
      if (prop === 'keyNo') return keyNo;
      if (prop === 'securityModule') return securityModule;
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export class ReferenceSecurityModule implements ISecurityModule {
  readonly canLock = true;
  #keys = new Map<number, SecurityModuleKey>();
  #counters = new Map<number, number>();
  #open = false;
  #locked = false;

  constructor(readonly faults: ModuleFaults = {}) {}

  get size(): number {
    this.#needOpen();
    return this.#keys.size;
  }
  get isOpen(): boolean {
    return this.#open;
  }
  get isLocked(): boolean {
    return this.#locked;
  }
  #needOpen(): void {
    if (!this.#open && this.faults.ignoreClosed !== true) throw new Error('closed');
  }
  #needUnlocked(): void {
    this.#needOpen();
    if (this.#locked && this.faults.ignoreLock !== true) throw new Error('locked');
  }
  has(keyNo: number): boolean {
    this.#needUnlocked();
    return this.#keys.has(keyNo);
  }
  get(keyNo: number): SecurityModuleKey {
    this.#needUnlocked();
    const key = this.#keys.get(keyNo);
    if (key === undefined) throw new Error(`no key ${keyNo}`);
    return key;
  }
  set(keyNo: number, key: SecurityModuleKey): void {
    this.#needUnlocked();
    this.#keys.set(keyNo, this.faults.unboundKeys === true ? key : bind(key, this, keyNo));
  }
  delete(keyNo: number): boolean {
    this.#needUnlocked();
    return this.#keys.delete(keyNo);
  }
  async open(): Promise<void> {
    if (this.#open) throw new Error('already open');
    this.#open = true;
  }
  async close(): Promise<void> {
    this.#needOpen();
    this.#open = false;
    this.#locked = false;
  }
  async lock(): Promise<void> {
    this.#needOpen();
    if (this.#locked) throw new Error('already locked');
    this.#locked = true;
  }
  async unlock(): Promise<void> {
    this.#needOpen();
    if (!this.#locked) throw new Error('not locked');
    this.#locked = false;
  }
  async createKey(keyType: 'cryptosign' | 'ethereum'): Promise<number> {
    this.#needUnlocked();
    const keyNo = this.#keys.size === 0 ? 0 : Math.max(...this.#keys.keys()) + 1;
    const seed = crypto.getRandomValues(new Uint8Array(32));
    const key = keyType === 'cryptosign' ? new NodeEd25519Key(seed, undefined) : ({ keyType: 'eth' } as unknown as SecurityModuleKey);
    this.set(keyNo, key as SecurityModuleKey);
    return keyNo;
  }
  async deleteKey(keyNo: number): Promise<void> {
    if (!this.delete(keyNo)) throw new Error(`no key ${keyNo}`);
  }
  async getRandom(octets: number): Promise<Uint8Array> {
    this.#needOpen();
    return crypto.getRandomValues(new Uint8Array(octets));
  }
  async getCounter(counterNo: number): Promise<number> {
    this.#needOpen();
    return this.#counters.get(counterNo) ?? 0;
  }
  async incrementCounter(counterNo: number): Promise<number> {
    this.#needOpen();
    const current = this.#counters.get(counterNo) ?? 0;
    if (this.faults.racyCounter === true) await new Promise((r) => setTimeout(r, 1));
    this.#counters.set(counterNo, current + 1);
    return current + 1;
  }
}
