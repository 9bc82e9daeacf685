/**
 * An ICryptosignKey on node:crypto, for testing the key suites themselves, with switches that
 * break it in the ways the suites must catch.
 */
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { Challenge, ICryptosignKey } from '@wamp/interfaces';

export interface KeyFaults {
  /** recover() accepts a signature over any data. */
  recoverAnything?: boolean;
  /** verifyChallenge() ignores the channel id. */
  ignoreChannel?: boolean;
  /** The verify-only key claims it can sign. */
  verifyOnlyClaimsSigning?: boolean;
}

// PKCS#8 / SPKI DER prefixes of an Ed25519 key (RFC 8410), followed by the 32 key bytes.
const PKCS8 = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI = Buffer.from('302a300506032b6570032100', 'hex');
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

export class NodeEd25519Key implements ICryptosignKey {
  readonly keyType = 'ed25519' as const;
  readonly securityModule = undefined;
  readonly keyNo = undefined;
  readonly #private: KeyObject | undefined;
  readonly #public: Uint8Array;

  constructor(seed: Uint8Array | undefined, publicKey: Uint8Array | undefined, readonly faults: KeyFaults = {}) {
    this.#private = seed ? createPrivateKey({ key: Buffer.concat([PKCS8, seed]), format: 'der', type: 'pkcs8' }) : undefined;
    const pub = this.#private ? createPublicKey(this.#private).export({ format: 'der', type: 'spki' }).subarray(12) : Buffer.from(publicKey!);
    this.#public = new Uint8Array(pub);
  }

  get canSign(): boolean {
    return this.#private !== undefined || this.faults.verifyOnlyClaimsSigning === true;
  }

  publicKey(binary: true): Uint8Array;
  publicKey(binary?: false): string;
  publicKey(binary?: boolean): Uint8Array | string {
    return binary ? this.#public.slice() : hex(this.#public);
  }

  async sign(data: Uint8Array): Promise<Uint8Array> {
    if (!this.#private) throw new Error('verify-only key');
    return new Uint8Array(sign(null, data, this.#private));
  }

  #verify(data: Uint8Array, signature: Uint8Array): boolean {
    const key = createPublicKey({ key: Buffer.concat([SPKI, this.#public]), format: 'der', type: 'spki' });
    return verify(null, data, key, signature);
  }

  async recover(data: Uint8Array, signature: Uint8Array): Promise<Uint8Array> {
    if (!this.faults.recoverAnything && !this.#verify(data, signature)) throw new Error('bad signature');
    return this.publicKey(true);
  }

  #signed(challenge: Challenge, channelId?: Uint8Array): Uint8Array {
    const data = Buffer.from(String(challenge.extra['challenge']), 'hex');
    if (channelId && !this.faults.ignoreChannel) for (let i = 0; i < 32; i++) data[i]! ^= channelId[i]!;
    return data;
  }

  async signChallenge(challenge: Challenge, channelId?: Uint8Array): Promise<string> {
    const data = this.#signed(challenge, channelId);
    return hex(await this.sign(data)) + hex(data);
  }

  async verifyChallenge(challenge: Challenge, signature: string, channelId?: Uint8Array): Promise<boolean> {
    const bytes = Buffer.from(signature, 'hex');
    const data = this.#signed(challenge, channelId);
    return bytes.length === 96 && hex(bytes.subarray(64)) === hex(data) && this.#verify(data, bytes.subarray(0, 64));
  }
}

export function keyFixture(faults: KeyFaults = {}) {
  const seed = new Uint8Array(32).fill(7);
  const signing = new NodeEd25519Key(seed, undefined, faults);
  return { signing, verifyOnly: new NodeEd25519Key(undefined, signing.publicKey(true), faults) };
}
