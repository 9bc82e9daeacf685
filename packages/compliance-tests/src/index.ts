/**
 * Executable contracts of the `@wamp/interfaces` interfaces: each subpath
 * exports one suite that an implementation runs on itself, under jest,
 * vitest or mocha (the suites use the global `describe`/`it` and
 * `node:assert`). The root entry holds the types every suite shares.
 *
 * @example
 * ```ts
 * import type { SerializerSetupArgs, TestSetup } from '@wamp/compliance-tests';
 * import { describeSerializerCompliance } from '@wamp/compliance-tests/serializer';
 * import type { ISerializer } from '@wamp/interfaces';
 * import { MySerializer } from '../src/index.js';
 *
 * const setup: TestSetup<ISerializer, SerializerSetupArgs> = {
 *   setup: (args) => new MySerializer({ batched: args?.batched ?? false }),
 *   teardown: () => {},
 * };
 * describeSerializerCompliance('my-format', setup);
 * ```
 *
 * @packageDocumentation
 */
export type { SerializerComplianceOptions, SerializerSetupArgs, TestSetup } from './test-setup.js';
export type { CheckFn, TestFramework } from './test-framework.js';
