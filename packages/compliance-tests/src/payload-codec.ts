/**
 * `@wamp/compliance-tests/payload-codec`: the `IPayloadCodec` compliance suite.
 *
 * @packageDocumentation
 */
export { describePayloadCodecCompliance } from './payload-codec-suite.js';
export type { PayloadCodecFixture } from './payload-codec-suite.js';
export type { TestSetup } from './test-setup.js';
export type { CheckFn, TestFramework } from './test-framework.js';
