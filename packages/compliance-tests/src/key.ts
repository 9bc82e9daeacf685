/**
 * `@wamp/compliance-tests/key`: the `IKey` and `ICryptosignKey` compliance suites.
 *
 * @packageDocumentation
 */
export { describeCryptosignKeyCompliance, describeKeyCompliance } from './key-suite.js';
export type { KeyFixture } from './key-suite.js';
export type { TestSetup } from './test-setup.js';
export type { CheckFn, TestFramework } from './test-framework.js';
