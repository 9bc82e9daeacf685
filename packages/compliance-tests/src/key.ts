/**
 * `@wamp/compliance-tests/key`: the `IKey`, `ICryptosignKey`, `IEthereumKey` and `ISecurityModule`
 * compliance suites.
 *
 * @packageDocumentation
 */
export { describeCryptosignKeyCompliance, describeKeyCompliance } from './key-suite.js';
export { describeEthereumKeyCompliance } from './ethereum-key-suite.js';
export { describeSecurityModuleCompliance } from './security-module-suite.js';
export type { KeyFixture } from './key-suite.js';
export type { TestSetup } from './test-setup.js';
export type { CheckFn, TestFramework } from './test-framework.js';
