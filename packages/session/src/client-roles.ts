/**
 * The roles and features a session announces in HELLO: exactly what this package implements.
 * Payload passthru is announced under both names: the spec's `payload_passthru_mode` and
 * Autobahn|Python's `payload_transparency` (its role classes know only the latter).
 *
 * @module
 */

/** `HELLO.Details.roles` of a `@wamp/session` client. */
export function clientRoles(): Record<string, { features: Record<string, boolean> }> {
  return {
    caller: {
      features: {
        call_canceling: true,
        call_timeout: true,
        caller_identification: true,
        progressive_call_invocations: true,
        progressive_call_results: true,
        payload_passthru_mode: true,
        payload_transparency: true,
      },
    },
    callee: {
      features: {
        call_canceling: true,
        caller_identification: true,
        pattern_based_registration: true,
        progressive_call_invocations: true,
        progressive_call_results: true,
        registration_revocation: true,
        shared_registration: true,
        payload_passthru_mode: true,
        payload_transparency: true,
      },
    },
    publisher: {
      features: {
        publisher_exclusion: true,
        publisher_identification: true,
        subscriber_blackwhite_listing: true,
        payload_passthru_mode: true,
        payload_transparency: true,
      },
    },
    subscriber: {
      features: {
        pattern_based_subscription: true,
        publisher_identification: true,
        subscription_revocation: true,
        payload_passthru_mode: true,
        payload_transparency: true,
      },
    },
  };
}
