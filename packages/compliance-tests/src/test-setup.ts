/**
 * `TestSetup`: how a compliance suite obtains the implementation it checks.
 *
 * @module
 */

/**
 * Builds a fresh implementation for one check and releases it afterwards: the
 * suite calls `setup` at the start of every check and `teardown` at its end,
 * even when the check fails (the shape of libp2p's interface-compliance-tests).
 *
 * @typeParam T - the implementation under test, e.g. an `ISerializer`.
 * @typeParam Args - what a suite may ask of `setup`, e.g. {@link SerializerSetupArgs}.
 */
export interface TestSetup<T, Args = unknown> {
  /**
   * Returns a new (or reusable) instance for one check. `args` is undefined
   * when the suite wants the implementation's default instance.
   */
  setup(args?: Args): T | Promise<T>;

  /** Releases whatever the last `setup` acquired; called once after every check. */
  teardown(): void | Promise<void>;
}

/**
 * What the serializer suites pass to `setup`: `{ batched: true }` asks for the
 * batched variant (WAMP Advanced Profile, "Message Batching"). A format that
 * has no batched variant returns its plain instance, and the batch checks
 * then have nothing to check.
 */
export interface SerializerSetupArgs {
  /** True to ask for the variant that frames messages for batched transport payloads. */
  readonly batched: boolean;
}

/** How `describeSerializerCompliance` treats one implementation. */
export interface SerializerComplianceOptions {
  /**
   * The format carries only part of WAMP, as a fixed schema does (FlatBuffers tables hold a fixed
   * set of Options/Details keys). `serialize()` may then refuse a message, but only with
   * `SerializationError`; every message it does encode must still round-trip exactly (nothing
   * dropped or changed), and the corpus must have at least one carried message of every type.
   * @default false
   */
  readonly partial?: boolean | undefined;
}
