/** EthereumKey and both security modules run the compliance suites, as any implementation would. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEthereumKeyCompliance, describeSecurityModuleCompliance } from '@wamp/compliance-tests/key';
import { EthereumKey, SecurityModuleMemory } from '../src/index.js';
import { SecurityModuleFile } from '../src/node.js';

describeEthereumKeyCompliance('EthereumKey', {
  setup: () => {
    const signing = EthereumKey.generate();
    return { signing, verifyOnly: EthereumKey.fromPublicKey(signing.publicKey(true)) };
  },
  teardown: () => {},
});

describeSecurityModuleCompliance('SecurityModuleMemory', { setup: () => new SecurityModuleMemory(), teardown: () => {} });

let dir: string | undefined;
describeSecurityModuleCompliance('SecurityModuleFile', {
  setup: () => {
    dir = mkdtempSync(join(tmpdir(), 'wamp-sm-'));
    return new SecurityModuleFile({ path: join(dir, 'module.json'), passphrase: 'compliance', scryptCost: 1024 });
  },
  teardown: () => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  },
});
