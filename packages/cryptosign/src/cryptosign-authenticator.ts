/**
 * `CryptosignAuthenticator`: WAMP-cryptosign on the client side, for `@wamp/session` or any
 * `ISession`.
 *
 * @module
 */
import type { ChannelIdType, Challenge, IAuthenticator, ICryptosignKey, ISession } from '@wamp/interfaces';
import { fromHex, toHex } from './bytes.js';
import { CryptosignKey } from './cryptosign-key.js';

/** Options of {@link CryptosignAuthenticator}. */
export interface CryptosignAuthenticatorOptions {
  /** The key to authenticate with (its public key goes into HELLO). */
  key: ICryptosignKey;
  /** The identity to ask for; the router may pick it from the key when absent. */
  authid?: string | undefined;
  /** The role to ask for. */
  authrole?: string | undefined;
  /** Further HELLO `authextra`. */
  authextra?: Readonly<Record<string, unknown>> | undefined;
  /**
   * TLS channel binding: the signature then covers the challenge XOR-ed with the connection's
   * channel id, so it is worthless on any other connection. Needs a TLS transport.
   */
  channelBinding?: ChannelIdType | undefined;
  /**
   * The router's public key (hex). When given, the client sends its own challenge and accepts
   * only a CHALLENGE whose `pubkey` is this key and whose `signature` over that challenge verifies
   * (router authentication).
   */
  routerKey?: string | undefined;
}

/**
 * Authenticates with an Ed25519 key: announces `pubkey` (and `channel_binding`, `challenge` when
 * asked) in HELLO and answers the router's CHALLENGE with the signature Autobahn|Python computes.
 *
 * @example
 * ```ts
 * const key = await CryptosignKey.fromSeedHex(process.env.WAMP_KEY!);
 * await connect({ transport, realm: 'realm1', authenticators: [new CryptosignAuthenticator({ key, authid: 'client01' })] });
 * ```
 */
export class CryptosignAuthenticator implements IAuthenticator {
  readonly authmethod = 'cryptosign';
  readonly authid: string | undefined;
  readonly authrole: string | undefined;
  readonly #key: ICryptosignKey;
  readonly #extra: Readonly<Record<string, unknown>>;
  readonly #binding: ChannelIdType | undefined;
  readonly #routerKey: string | undefined;
  #ownChallenge: string | undefined;

  constructor(options: CryptosignAuthenticatorOptions) {
    if (options?.key === undefined || !options.key.canSign) throw new TypeError('CryptosignAuthenticator: options.key must be a key that can sign');
    if (options.channelBinding !== undefined && options.channelBinding !== 'tls-unique' && options.channelBinding !== 'tls-exporter') {
      throw new TypeError(`CryptosignAuthenticator: channelBinding must be "tls-unique" or "tls-exporter", got ${JSON.stringify(options.channelBinding)}`);
    }
    if (options.routerKey !== undefined && !/^[0-9a-fA-F]{64}$/.test(options.routerKey)) {
      throw new TypeError('CryptosignAuthenticator: routerKey must be the router public key as 64 hex digits');
    }
    this.#key = options.key;
    this.authid = options.authid;
    this.authrole = options.authrole;
    this.#extra = options.authextra ?? {};
    this.#binding = options.channelBinding;
    this.#routerKey = options.routerKey?.toLowerCase();
  }

  /** HELLO `authextra`: `pubkey`, plus `channel_binding` and a fresh `challenge` when configured. Read once per join. */
  get authextra(): Readonly<Record<string, unknown>> {
    const extra: Record<string, unknown> = { ...this.#extra, pubkey: this.#key.publicKey() };
    if (this.#binding !== undefined) extra['channel_binding'] = this.#binding;
    if (this.#routerKey !== undefined) {
      this.#ownChallenge = toHex(crypto.getRandomValues(new Uint8Array(32)));
      extra['challenge'] = this.#ownChallenge;
    }
    return extra;
  }

  /**
   * @throws {Error} when the router did not confirm the channel binding asked for, the transport
   * has no such channel id, or router authentication fails.
   */
  async onChallenge(session: ISession, challenge: Challenge): Promise<string> {
    let channelId: Uint8Array | undefined;
    if (this.#binding !== undefined) {
      if (challenge.extra['channel_binding'] !== this.#binding) {
        throw new Error(`the router did not confirm channel binding ${this.#binding} (CHALLENGE.Extra.channel_binding is ${JSON.stringify(challenge.extra['channel_binding'] ?? null)})`);
      }
      channelId = session.transport?.transportDetails?.channelId[this.#binding];
      if (channelId === undefined) throw new Error(`channel binding ${this.#binding} needs a TLS transport that reports a ${this.#binding} channel id`);
    }
    if (this.#routerKey !== undefined) await this.#checkRouter(challenge, channelId);
    return this.#key.signChallenge(challenge, channelId, this.#binding);
  }

  async #checkRouter(challenge: Challenge, channelId: Uint8Array | undefined): Promise<void> {
    const { pubkey, signature } = challenge.extra;
    if (typeof pubkey !== 'string' || pubkey.toLowerCase() !== this.#routerKey) {
      throw new Error(`router authentication failed: CHALLENGE.Extra.pubkey is ${JSON.stringify(pubkey ?? null)}, expected ${this.#routerKey}`);
    }
    const router = CryptosignKey.fromPublicKey(fromHex(pubkey, 'CHALLENGE.Extra.pubkey', 32));
    const ours: Challenge = { method: 'cryptosign', extra: { challenge: this.#ownChallenge } };
    if (typeof signature !== 'string' || !(await router.verifyChallenge(ours, signature, channelId, this.#binding))) {
      throw new Error('router authentication failed: CHALLENGE.Extra.signature does not verify over our challenge');
    }
  }

  onWelcome(): Promise<string | undefined> {
    return Promise.resolve(undefined);
  }
}
