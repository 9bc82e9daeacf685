/**
 * `@wamp/compliance-tests/serializer`: the `ISerializer` compliance suite.
 *
 * @packageDocumentation
 */
export { describeSerializerCompliance } from './serializer-suite.js';
export type { SerializerComplianceOptions, SerializerSetupArgs, TestSetup } from './test-setup.js';
export type { CheckFn, TestFramework } from './test-framework.js';
