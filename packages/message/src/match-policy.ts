/**
 * Match policies of pattern-based subscription and registration (Advanced Profile,
 * "Pattern-based Subscription", "Pattern-based Registration").
 *
 * @module
 */

/** `Options.match` of SUBSCRIBE and REGISTER: `exact` (the default), `prefix` or `wildcard`. */
export const MATCH_POLICIES = ['exact', 'prefix', 'wildcard'] as const;

/** One of {@link MATCH_POLICIES}. */
export type MatchPolicy = (typeof MATCH_POLICIES)[number];
