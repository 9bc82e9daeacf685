/**
 * `@wamp/compliance-tests/object-serializer`: the `IObjectSerializer` compliance suite.
 *
 * @packageDocumentation
 */
export { describeObjectSerializerCompliance } from './object-serializer-suite.js';
export type { SerializerSetupArgs, TestSetup } from './test-setup.js';
export type { CheckFn, TestFramework } from './test-framework.js';
