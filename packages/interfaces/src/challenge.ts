/**
 * `Challenge`: what a router's CHALLENGE asks of the client.
 *
 * @module
 */

/** An authentication challenge from the router (CHALLENGE.AuthMethod and CHALLENGE.Extra). */
export interface Challenge {
  /** The authentication method, e.g. `ticket`, `wampcra`, `cryptosign`, `scram`. */
  readonly method: string;
  /** Method-specific data as received (`challenge`, `salt`, `iterations`, `channel_binding`, …). */
  readonly extra: Readonly<Record<string, unknown>>;
}
