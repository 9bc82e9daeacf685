/** SecurityModuleFile on disk: persistence, wrong passphrase, damage, crashes, locking. */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CryptosignKey } from '@wamp/cryptosign';
import { EthereumKey } from '../src/index.js';
import { SecurityModuleFile } from '../src/node.js';

describe('SecurityModuleFile', () => {
  let dir: string;
  let path: string;
  const make = (passphrase: string | (() => string) = 's3cret') => new SecurityModuleFile({ path, passphrase, scryptCost: 1024 });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wamp-smf-'));
    path = join(dir, 'keys.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('persists keys and counters across close and reopen, encrypted and owner-only', async () => {
    const m = make();
    await m.open();
    const c = await m.createKey('cryptosign');
    const e = await m.createKey('ethereum');
    const pub = m.get(c).publicKey();
    const address = (m.get(e) as EthereumKey).address();
    m.set(7, EthereumKey.fromHex('4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318'));
    await m.incrementCounter(1);
    await m.incrementCounter(1);
    await m.close();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain(pub.slice(0, 16));
    expect(text).not.toContain('4c0883a69102937d');

    const again = make();
    await again.open();
    expect(again.size).toBe(3);
    expect(again.get(c).publicKey()).toBe(pub);
    expect((again.get(e) as EthereumKey).address()).toBe(address);
    expect((again.get(7) as EthereumKey).address()).toBe('0x2c7536E3605D9C16a7a3D7b1898e529396a65c23');
    expect(again.get(c).keyNo).toBe(c);
    expect(again.get(c).securityModule).toBe(again);
    expect(await again.getCounter(1)).toBe(2);
    await again.close();
  });

  it('says "wrong passphrase" for a wrong passphrase and stays closed', async () => {
    const m = make();
    await m.open();
    await m.createKey('ethereum');
    await m.close();
    const wrong = make('not it');
    await expect(wrong.open()).rejects.toThrow(`security module ${path}: wrong passphrase`);
    expect(wrong.isOpen).toBe(false);
  });

  it('reports a truncated or altered file as corrupted and loads nothing', async () => {
    const m = make();
    await m.open();
    await m.createKey('cryptosign');
    await m.close();
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, good.slice(0, good.length - 20));
    await expect(make().open()).rejects.toThrow('corrupted (not a complete module file');
    const sealed = JSON.parse(good) as { ciphertext: string };
    const flipped = Buffer.from(sealed.ciphertext, 'base64');
    flipped[3] = (flipped[3] as number) ^ 0x40;
    writeFileSync(path, JSON.stringify({ ...sealed, ciphertext: flipped.toString('base64') }));
    const damaged = make();
    await expect(damaged.open()).rejects.toThrow('corrupted (the encrypted contents fail authentication)');
    expect(damaged.isOpen).toBe(false);
  });

  it('survives a crash between writing the temporary file and renaming it', async () => {
    const m = make();
    await m.open();
    const n = await m.createKey('ethereum');
    const address = (m.get(n) as EthereumKey).address();
    await m.close();
    // What a crash leaves: a half-written temporary file beside the intact module file.
    writeFileSync(`${path}.tmp-12345-abcdef`, '{"format":"wamp-security-mod');
    const again = make();
    await again.open();
    expect((again.get(n) as EthereumKey).address()).toBe(address);
    expect(readdirSync(dir)).toEqual(['keys.json']);
    await again.close();
  });

  it('never loses one of many concurrent increments, on disk too', async () => {
    const m = make();
    await m.open();
    await Promise.all(Array.from({ length: 40 }, () => m.incrementCounter(9)));
    await m.close();
    const again = make();
    await again.open();
    expect(await again.getCounter(9)).toBe(40);
    await again.close();
  });

  it('wipes the keys when locked and asks for the passphrase again to unlock', async () => {
    let asked = 0;
    const m = make(() => (asked++, 's3cret'));
    await m.open();
    const n = await m.createKey('cryptosign');
    expect(asked).toBe(1);
    await m.lock();
    expect(() => m.get(n)).toThrow('get is refused while the module is locked');
    await m.unlock();
    expect(asked).toBe(2);
    expect(m.get(n)).toBeInstanceOf(CryptosignKey);
    await m.close();
  });
});
