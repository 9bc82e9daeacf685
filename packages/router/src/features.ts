/**
 * The router roles and features announced in WELCOME.Details.roles (Basic Profile, "Router:
 * Role and Feature Announcement"; Advanced Profile, "Feature Announcement").
 *
 * @module
 */

/**
 * Exactly what is implemented: the broker honours `exclude_me` (publisher exclusion); every other
 * Advanced Profile feature is absent until implemented, and its options are refused with
 * `wamp.error.option_not_allowed` or ignored. Payload passthru (opaque payloads forwarded
 * untouched) is announced under the spec's name and Autobahn|Python's (`payload_transparency`).
 */
export const ROUTER_ROLES: Record<string, { features: Record<string, boolean> }> = {
  broker: { features: { event_retention: true, payload_passthru_mode: true, payload_transparency: true, pattern_based_subscription: true, publisher_exclusion: true, publisher_identification: true, session_meta_api: true, subscriber_blackwhite_listing: true, subscription_meta_api: true, subscription_revocation: true } },
  dealer: {
    features: {
      call_canceling: true,
      call_timeout: true,
      caller_identification: true,
      payload_passthru_mode: true,
      payload_transparency: true,
      pattern_based_registration: true,
      progressive_call_invocations: true,
      progressive_call_results: true,
      registration_meta_api: true,
      registration_revocation: true,
      session_meta_api: true,
      shared_registration: true,
      testament_meta_api: true,
    },
  },
};
