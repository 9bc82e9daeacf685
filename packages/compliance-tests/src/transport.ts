/**
 * `@wamp/compliance-tests/transport`: the `ITransport` compliance suite.
 *
 * @packageDocumentation
 */
export { describeTransportCompliance } from './transport-suite.js';
export type { TransportFixture, TransportServer } from './transport-suite.js';
export { RecordingHandler } from './transport-events.js';
export type { RecordedClose } from './transport-events.js';
export type { TestSetup } from './test-setup.js';
export type { CheckFn, TestFramework } from './test-framework.js';
