/** Wrappers around a payload codec for the end-to-end tests: record what it sees, or alter what it sends. */
import type { DecodedPayload, EncodedPayload, IPayloadCodec } from '@wamp/interfaces';

export interface Seen {
  readonly op: 'encode' | 'decode';
  readonly isOriginating: boolean;
  readonly uri: string;
  readonly encoded: EncodedPayload | undefined;
}

/** Records every encode/decode of `inner` (an eavesdropper with no codec records only). */
export class SpyCodec implements IPayloadCodec {
  readonly seen: Seen[] = [];
  constructor(
    readonly inner: IPayloadCodec | undefined,
    /** Changes each encoded payload before it is sent (tampering, replay onto another URI). */
    readonly alter?: (encoded: EncodedPayload, uri: string) => Promise<EncodedPayload> | EncodedPayload,
  ) {}

  async encode(isOriginating: boolean, uri: string, args?: readonly unknown[], kwargs?: Readonly<Record<string, unknown>>): Promise<EncodedPayload | undefined> {
    let encoded = await this.inner?.encode(isOriginating, uri, args, kwargs);
    if (encoded !== undefined && this.alter !== undefined) encoded = await this.alter(encoded, uri);
    this.seen.push({ op: 'encode', isOriginating, uri, encoded });
    return encoded;
  }

  async decode(isOriginating: boolean, uri: string, encoded: EncodedPayload): Promise<DecodedPayload> {
    this.seen.push({ op: 'decode', isOriginating, uri, encoded });
    if (this.inner === undefined) throw new Error('this peer has no key');
    return this.inner.decode(isOriginating, uri, encoded);
  }
}

/** True when `needle`'s UTF-8 bytes occur in `haystack`. */
export function containsText(haystack: Uint8Array, needle: string): boolean {
  return Buffer.from(haystack).includes(Buffer.from(needle, 'utf8'));
}
