/**
 * `ICryptosignKey`: an Ed25519 key for WAMP-cryptosign.
 *
 * @module
 */
import type { Challenge } from './challenge.js';
import type { IKey } from './key.js';
import type { ChannelIdType } from './transport-details.js';

/** An Ed25519 key that answers and checks WAMP-cryptosign challenges. */
export interface ICryptosignKey extends IKey {
  /**
   * Signs a cryptosign challenge (`challenge.extra.challenge`, 32 bytes hex). With channel
   * binding the signed data is the challenge XOR the 32-byte channel id.
   *
   * @returns the AUTHENTICATE signature: hex of the 64-byte signature followed by the 32 signed
   * bytes (192 hex characters), exactly as Autobahn|Python computes it.
   */
  signChallenge(challenge: Challenge, channelId?: Uint8Array, channelIdType?: ChannelIdType): Promise<string>;

  /** True when `signature` (as {@link signChallenge} returns it) is this key's answer to `challenge`. */
  verifyChallenge(challenge: Challenge, signature: string, channelId?: Uint8Array, channelIdType?: ChannelIdType): Promise<boolean>;
}
