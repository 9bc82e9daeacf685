/**
 * WAMP-cryptosign (Advanced Profile, "Cryptosign-based Authentication") with static principals:
 * client authentication, TLS channel binding, and router authentication.
 *
 * @module
 */
import { CryptosignKey } from '@wamp/cryptosign';
import type { ChannelIdType } from '@wamp/interfaces';
import { WAMP_ERROR } from '@wamp/interfaces';
import type { AuthOutcome, RouterAuthMethod } from './auth-method.js';
import { deny, welcome } from './auth-method.js';
import type { CryptosignAuthOptions, CryptosignPrincipal } from './auth-options.js';

const HEX32 = /^[0-9a-fA-F]{64}$/;
const BINDINGS: readonly ChannelIdType[] = ['tls-unique', 'tls-exporter'];

function randomHex32(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/**
 * The cryptosign method. The client names its public key in `HELLO.Details.authextra.pubkey`;
 * the principal is the one whose `authorizedKeys` hold it (and, when HELLO names an `authid`,
 * that principal). The router challenges with 32 random bytes and accepts only a signature over
 * exactly that challenge — XOR-ed with this connection's TLS channel id when the client asked
 * for `channel_binding` — so a signature from another connection never verifies. When the client
 * sends its own `challenge` and the router has a key, the router signs it (router
 * authentication) and sends `pubkey` and `signature` in the CHALLENGE.
 */
export function cryptosignAuth(options: CryptosignAuthOptions): RouterAuthMethod {
  const byKey = new Map<string, { authid: string; principal: CryptosignPrincipal }[]>();
  for (const [authid, principal] of Object.entries(options.principals)) {
    for (const key of principal.authorizedKeys) {
      if (!HEX32.test(key)) throw new TypeError(`auth.cryptosign.principals.${authid}: authorized key ${JSON.stringify(key)} is not 32 bytes of hex`);
      const list = byKey.get(key.toLowerCase()) ?? [];
      list.push({ authid, principal });
      byKey.set(key.toLowerCase(), list);
    }
  }
  const routerKey = options.routerKey;

  return {
    authmethod: 'cryptosign',
    async hello(request): Promise<AuthOutcome> {
      const extra = request.authextra;
      const pubkey = extra['pubkey'];
      if (typeof pubkey !== 'string' || !HEX32.test(pubkey)) {
        return deny(WAMP_ERROR.AUTHENTICATION_FAILED, 'cryptosign needs HELLO.Details.authextra.pubkey: the 32-byte public key as hex');
      }
      const candidates = byKey.get(pubkey.toLowerCase()) ?? [];
      const match = request.authid === undefined ? candidates[0] : candidates.find((c) => c.authid === request.authid);
      if (match === undefined) {
        return deny(WAMP_ERROR.NOT_AUTHORIZED, `no principal${request.authid === undefined ? '' : ` ${request.authid}`} has the public key ${pubkey.toLowerCase()}`);
      }

      const binding = extra['channel_binding'];
      let channelId: Uint8Array | undefined;
      let channelIdType: ChannelIdType | undefined;
      if (binding !== undefined && binding !== null) {
        if (typeof binding !== 'string' || !BINDINGS.includes(binding as ChannelIdType)) {
          return deny(WAMP_ERROR.AUTHENTICATION_FAILED, `cryptosign channel_binding must be "tls-unique" or "tls-exporter", got ${JSON.stringify(binding)}`);
        }
        channelIdType = binding as ChannelIdType;
        channelId = request.transportDetails?.channelId[channelIdType];
        if (channelId === undefined) {
          return deny(WAMP_ERROR.AUTHENTICATION_FAILED, `channel binding ${channelIdType} was asked for, but this connection has no ${channelIdType} channel id (is it TLS${channelIdType === 'tls-exporter' ? ' 1.3' : ''}?)`);
        }
      }

      const challenge = randomHex32();
      const challengeExtra: Record<string, unknown> = { challenge, channel_binding: channelIdType ?? null };
      const clientChallenge = extra['challenge'];
      if (clientChallenge !== undefined && routerKey !== undefined) {
        if (typeof clientChallenge !== 'string' || !HEX32.test(clientChallenge)) {
          return deny(WAMP_ERROR.AUTHENTICATION_FAILED, 'cryptosign HELLO.Details.authextra.challenge must be 32 bytes as hex');
        }
        challengeExtra['pubkey'] = routerKey.publicKey();
        challengeExtra['signature'] = await routerKey.signChallenge({ method: 'cryptosign', extra: { challenge: clientChallenge } }, channelId, channelIdType);
      }

      const key = CryptosignKey.fromPublicKey(pubkey);
      return {
        kind: 'challenge',
        extra: challengeExtra,
        async authenticate(signature): Promise<AuthOutcome> {
          const valid = await key.verifyChallenge({ method: 'cryptosign', extra: { challenge } }, signature, channelId, channelIdType);
          if (!valid) {
            return deny(WAMP_ERROR.AUTHENTICATION_FAILED, `the cryptosign signature does not verify for this challenge${channelIdType === undefined ? '' : ` and ${channelIdType} channel id`}`);
          }
          return welcome({
            authid: match.authid,
            authrole: match.principal.role,
            authmethod: 'cryptosign',
            authprovider: 'static',
            realm: match.principal.realm,
            authextra: { pubkey: pubkey.toLowerCase() },
          });
        },
      };
    },
  };
}
