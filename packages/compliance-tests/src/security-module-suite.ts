/**
 * The `ISecurityModule` contract as executable checks.
 *
 * @module
 */
import { equal, notEqual, ok, rejects, throws } from 'node:assert/strict';
import type { ISecurityModule } from '@wamp/interfaces';
import { resolveFramework } from './test-framework.js';
import type { TestFramework } from './test-framework.js';
import type { TestSetup } from './test-setup.js';

/**
 * Declares the `ISecurityModule` checks on a fresh, closed module from `setup`: the state rules
 * (closed refuses everything, locked refuses keys), keys created and deleted by number and
 * reporting their module and number, random bytes, and counters that never lose an increment.
 */
export function describeSecurityModuleCompliance(name: string, setup: TestSetup<ISecurityModule>, framework?: TestFramework): void {
  const { describe, it } = resolveFramework(framework);
  const run = (body: (m: ISecurityModule) => Promise<void>) => async () => {
    const module = await setup.setup();
    try {
      await body(module);
    } finally {
      await setup.teardown();
    }
  };

  describe(`ISecurityModule compliance: ${name}`, () => {
    it('refuses everything while closed, and opening twice', run(async (m) => {
      equal(m.isOpen, false);
      throws(() => m.has(0));
      await rejects(m.createKey('cryptosign'));
      await rejects(m.getRandom(8));
      await rejects(m.getCounter(0));
      await m.open();
      equal(m.isOpen, true);
      await rejects(m.open());
      await m.close();
      equal(m.isOpen, false);
    }));

    it('creates, finds and deletes keys by number; keys report the module and their number', run(async (m) => {
      await m.open();
      const a = await m.createKey('cryptosign');
      const b = await m.createKey('ethereum');
      notEqual(a, b);
      equal(m.size, 2);
      ok(m.has(a) && m.has(b));
      const ka = m.get(a);
      equal(ka.keyType, 'ed25519');
      equal(ka.keyNo, a);
      equal(ka.securityModule, m);
      equal(m.get(b).keyType, 'eth');
      const signature = await ka.sign(new Uint8Array([1, 2, 3]));
      ok(signature.length > 0, 'a module key signs');
      await m.deleteKey(a);
      equal(m.has(a), false);
      throws(() => m.get(a));
      await rejects(m.deleteKey(a));
      await m.close();
    }));

    it('refuses key access while locked, and allows it again after unlock', run(async (m) => {
      await m.open();
      const n = await m.createKey('ethereum');
      if (!m.canLock) return void (await m.close());
      await m.lock();
      equal(m.isLocked, true);
      throws(() => m.get(n));
      await rejects(m.createKey('cryptosign'));
      await rejects(m.lock());
      await m.unlock();
      equal(m.isLocked, false);
      equal(m.get(n).keyNo, n);
      await rejects(m.unlock());
      await m.close();
    }));

    it('gives random bytes of the asked length that differ between calls', run(async (m) => {
      await m.open();
      const a = await m.getRandom(32);
      const b = await m.getRandom(32);
      equal(a.length, 32);
      ok(a.some((x, i) => x !== b[i]), 'two draws differ');
      equal((await m.getRandom(0)).length, 0);
      await m.close();
    }));

    it('counts from 0 and never loses an increment, even concurrent ones', run(async (m) => {
      await m.open();
      equal(await m.getCounter(3), 0);
      const results = await Promise.all(Array.from({ length: 50 }, () => m.incrementCounter(3)));
      equal(await m.getCounter(3), 50);
      equal(new Set(results).size, 50, 'each increment returned its own value');
      equal(await m.getCounter(4), 0, 'counters are independent');
      await m.close();
    }));
  });
}
