/**
 * `SecurityModuleFile` (Node): a `SecurityModuleMemory` persisted to one file, encrypted at rest.
 *
 * @module
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { open as openFile, readFile, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CryptosignKey } from '@wamp/cryptosign';
import type { SecurityModuleKey } from '@wamp/interfaces';
import { EthereumKey } from './ethereum-key.js';
import { SecurityModuleMemory } from './security-module-memory.js';

/** Options of {@link SecurityModuleFile}. */
export interface SecurityModuleFileOptions {
  /** The module's file (created on the first change). */
  path: string;
  /** The passphrase, or a function asked for it at every `open()` and `unlock()`. */
  passphrase: string | (() => string | Promise<string>);
  /** scrypt's cost parameter N for a new file (a power of two). @default 2^15 */
  scryptCost?: number | undefined;
}

interface Sealed {
  format: 'wamp-security-module';
  version: 1;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  check: string;
  iv: string;
  tag: string;
  ciphertext: string;
}

interface Contents {
  keys: { keyNo: number; type: 'cryptosign' | 'ethereum'; secret: string }[];
  counters: [number, number][];
}

const TMP = '.tmp-';

/**
 * Keys and counters in one file, sealed with AES-256-GCM under a key derived from the
 * passphrase with scrypt. Every change is written to a temporary file that is then renamed over
 * the module file, so a crash leaves either the old or the new file, never half of one (left-over
 * temporary files are removed at `open()`). `lock()` and `close()` wipe the decrypted keys and
 * the derived key from memory; `unlock()` asks for the passphrase again.
 *
 * A wrong passphrase and a damaged file are told apart: the file carries a check value derived
 * from the passphrase, separately from the authenticated ciphertext.
 */
export class SecurityModuleFile extends SecurityModuleMemory {
  readonly path: string;
  readonly #passphrase: SecurityModuleFileOptions['passphrase'];
  readonly #cost: number;
  #kdf: Sealed['kdf'] | undefined;
  #key: Buffer | undefined;
  #check: Buffer | undefined;
  #saving: Promise<void> = Promise.resolve();
  #saveError: unknown;

  constructor(options: SecurityModuleFileOptions) {
    super();
    if (typeof options?.path !== 'string' || options.path === '') throw new TypeError('SecurityModuleFile: options.path must name a file');
    if (typeof options.passphrase !== 'string' && typeof options.passphrase !== 'function') throw new TypeError('SecurityModuleFile: options.passphrase must be a string or a function');
    this.path = options.path;
    this.#passphrase = options.passphrase;
    this.#cost = options.scryptCost ?? 2 ** 15;
  }

  /**
   * Reads and decrypts the file (an absent file is an empty module).
   *
   * @throws {Error} "wrong passphrase", or "corrupted" naming what is wrong; the module stays closed.
   */
  override async open(): Promise<void> {
    if (this.isOpen) throw new Error('security module: already open');
    await this.#removeStaleTemporaries();
    await this.#load();
    await super.open();
  }

  override async close(): Promise<void> {
    this.requireOpen('close');
    await this.flush();
    this.#wipe();
    await super.close();
  }

  override async lock(): Promise<void> {
    this.requireOpen('lock');
    if (this.isLocked) throw new Error('security module: already locked');
    await this.flush();
    this.#wipe();
    await super.lock();
  }

  override async unlock(): Promise<void> {
    this.requireOpen('unlock');
    if (!this.isLocked) throw new Error('security module: not locked');
    await this.#load();
    await super.unlock();
  }

  override async incrementCounter(counterNo: number): Promise<number> {
    const value = await super.incrementCounter(counterNo);
    await this.flush();
    return value;
  }

  override async createKey(keyType: 'cryptosign' | 'ethereum'): Promise<number> {
    const keyNo = await super.createKey(keyType);
    await this.flush();
    return keyNo;
  }

  override async deleteKey(keyNo: number): Promise<void> {
    await super.deleteKey(keyNo);
    await this.flush();
  }

  /** Resolves when every change so far is on disk; rejects with the error of a failed write. */
  async flush(): Promise<void> {
    await this.#saving;
    if (this.#saveError !== undefined) {
      const error = this.#saveError;
      this.#saveError = undefined;
      throw error;
    }
  }

  protected override changed(): void {
    const snapshot = this.#contents();
    this.#saving = this.#saving.then(() => this.#save(snapshot)).catch((error: unknown) => void (this.#saveError = error));
  }

  async #askPassphrase(): Promise<string> {
    const value = typeof this.#passphrase === 'function' ? await this.#passphrase() : this.#passphrase;
    if (typeof value !== 'string') throw new TypeError('SecurityModuleFile: the passphrase must be a string');
    return value;
  }

  async #derive(passphrase: string, kdf: Sealed['kdf']): Promise<{ key: Buffer; check: Buffer }> {
    const material = await new Promise<Buffer>((resolve, reject) =>
      scrypt(passphrase, Buffer.from(kdf.salt, 'base64'), 64, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r + 1024 * 1024 }, (error, derived) =>
        error ? reject(error) : resolve(derived),
      ),
    );
    const key = material.subarray(0, 32);
    const check = createHmac('sha256', material.subarray(32)).update('wamp-security-module passphrase check').digest().subarray(0, 16);
    return { key: Buffer.from(key), check };
  }

  async #load(): Promise<void> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      // A new module: a fresh salt, the key derived now.
      this.#kdf = { name: 'scrypt', N: this.#cost, r: 8, p: 1, salt: randomBytes(16).toString('base64') };
      ({ key: this.#key, check: this.#check } = await this.#derive(await this.#askPassphrase(), this.#kdf));
      return;
    }
    const sealed = parseSealed(text, this.path);
    const { key, check } = await this.#derive(await this.#askPassphrase(), sealed.kdf);
    const stored = Buffer.from(sealed.check, 'base64');
    if (stored.length !== check.length || !timingSafeEqual(stored, check)) throw new Error(`security module ${this.path}: wrong passphrase`);
    let plain: Buffer;
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
      decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
      plain = Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]);
    } catch (cause) {
      throw new Error(`security module ${this.path}: corrupted (the encrypted contents fail authentication)`, { cause });
    }
    const contents = parseContents(plain, this.path);
    // Build everything first: a bad entry leaves the module as it was, never half loaded.
    const keys = new Map<number, SecurityModuleKey>();
    for (const entry of contents.keys) {
      const secret = Uint8Array.from(Buffer.from(entry.secret, 'hex'));
      keys.set(entry.keyNo, entry.type === 'cryptosign' ? (await CryptosignKey.fromSeed(secret)).withSlot({ securityModule: this, keyNo: entry.keyNo }) : EthereumKey.fromBytes(secret, { securityModule: this, keyNo: entry.keyNo }));
      secret.fill(0);
    }
    this.keys.clear();
    for (const [k, v] of keys) this.keys.set(k, v);
    this.counters.clear();
    for (const [n, v] of contents.counters) this.counters.set(n, v);
    this.#kdf = sealed.kdf;
    this.#key = key;
    this.#check = check;
  }

  #contents(): Contents {
    const keys: Contents['keys'] = [];
    for (const [keyNo, key] of this.keys) {
      if (key instanceof EthereumKey) keys.push({ keyNo, type: 'ethereum', secret: Buffer.from(key.exportPrivateKey()).toString('hex') });
      else if (key instanceof CryptosignKey) keys.push({ keyNo, type: 'cryptosign', secret: seedOf(key) });
      else throw new TypeError(`security module: key ${keyNo} is neither a CryptosignKey nor an EthereumKey and cannot be persisted`);
    }
    return { keys, counters: [...this.counters] };
  }

  async #save(contents: Contents): Promise<void> {
    const key = this.#key;
    const kdf = this.#kdf;
    const check = this.#check;
    if (key === undefined || kdf === undefined || check === undefined) throw new Error('security module: cannot save while locked or closed');
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify(contents), 'utf8'), cipher.final()]);
    const sealed: Sealed = {
      format: 'wamp-security-module',
      version: 1,
      kdf,
      check: check.toString('base64'),
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      ciphertext: ciphertext.toString('base64'),
    };
    const temporary = `${this.path}${TMP}${process.pid}-${randomBytes(6).toString('hex')}`;
    const handle = await openFile(temporary, 'w', 0o600);
    try {
      await handle.writeFile(JSON.stringify(sealed));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, this.path);
  }

  async #removeStaleTemporaries(): Promise<void> {
    const dir = dirname(this.path);
    const prefix = basename(this.path) + TMP;
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return;
    }
    await Promise.all(names.filter((n) => n.startsWith(prefix)).map((n) => rm(join(dir, n), { force: true })));
  }

  #wipe(): void {
    this.keys.clear();
    this.#key?.fill(0);
    this.#key = undefined;
    this.#check = undefined;
  }
}

function seedOf(key: CryptosignKey): string {
  const match = /^private-key-ed25519:\s*([0-9a-f]{64})\s*$/im.exec(key.toKeyFile());
  if (match === null) throw new TypeError('security module: a cryptosign key without its private key cannot be persisted');
  return match[1] as string;
}

function parseSealed(text: string, path: string): Sealed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`security module ${path}: corrupted (not a complete module file: truncated or overwritten?)`);
  }
  const v = value as Partial<Sealed>;
  const b64 = (s: unknown): boolean => typeof s === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(s);
  if (v?.format !== 'wamp-security-module' || v.version !== 1) throw new Error(`security module ${path}: corrupted (not a version 1 module file)`);
  const kdf = v.kdf;
  if (kdf?.name !== 'scrypt' || !Number.isInteger(kdf.N) || !Number.isInteger(kdf.r) || !Number.isInteger(kdf.p) || !b64(kdf.salt)) {
    throw new Error(`security module ${path}: corrupted (bad key derivation parameters)`);
  }
  for (const field of ['check', 'iv', 'tag', 'ciphertext'] as const) {
    if (!b64(v[field])) throw new Error(`security module ${path}: corrupted (field ${field})`);
  }
  return v as Sealed;
}

function parseContents(plain: Buffer, path: string): Contents {
  try {
    const c = JSON.parse(plain.toString('utf8')) as Contents;
    const keysOk = Array.isArray(c.keys) && c.keys.every((k) => Number.isSafeInteger(k.keyNo) && (k.type === 'cryptosign' || k.type === 'ethereum') && /^[0-9a-f]{64}$/.test(k.secret));
    const countersOk = Array.isArray(c.counters) && c.counters.every((e) => Array.isArray(e) && Number.isSafeInteger(e[0]) && Number.isSafeInteger(e[1]));
    if (keysOk && countersOk) return c;
  } catch {
    // fall through
  }
  throw new Error(`security module ${path}: corrupted (the decrypted contents are not a key list)`);
}
