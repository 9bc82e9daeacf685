/**
 * A small authenticated payload codec for testing the payload-codec suite: JSON (bytes as
 * `\0`+base64) followed by an HMAC-SHA256 tag, with faults to switch on.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DecodedPayload, EncodedPayload, IPayloadCodec } from '@wamp/interfaces';
import type { PayloadCodecFixture } from '../../src/payload-codec.js';

export interface CodecFaults {
  /** Drops kwargs on encode. */
  dropKwargs?: boolean;
  /** decode reports the URI it is asked for, not the one the payload was encoded for. */
  unboundUri?: boolean;
  /** No tag check on decode. */
  noIntegrity?: boolean;
  /** Encodes a plain URI anyway. */
  encodesEverything?: boolean;
  /** Responder and originator use different keys (isOriginating pairing broken). */
  keyPerRole?: boolean;
  /** decode throws synchronously. */
  throwsSync?: boolean;
  /** Accepts any encAlgo. */
  anyAlgo?: boolean;
}

const b64 = (b: Uint8Array): string => `\u0000${Buffer.from(b).toString('base64')}`;
const toJson = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x instanceof Uint8Array ? b64(x) : x));
const fromJson = (t: string): unknown =>
  JSON.parse(t, (_k, x: unknown) => (typeof x === 'string' && x.startsWith('\u0000') ? new Uint8Array(Buffer.from(x.slice(1), 'base64')) : x));

export class HmacCodec implements IPayloadCodec {
  constructor(
    readonly faults: CodecFaults = {},
    readonly plainPrefix = 'com.example.plain',
  ) {}

  #key(isOriginating: boolean, encoding: boolean): Buffer {
    // With keyPerRole, the key follows the flag alone, so encode(true) and decode(false) disagree.
    void encoding;
    return Buffer.from(this.faults.keyPerRole === true && isOriginating ? 'key-a' : 'key-b');
  }

  async encode(isOriginating: boolean, uri: string, args?: readonly unknown[], kwargs?: Readonly<Record<string, unknown>>): Promise<EncodedPayload | undefined> {
    if (uri.startsWith(this.plainPrefix) && this.faults.encodesEverything !== true) return undefined;
    const body = Buffer.from(toJson({ uri, args: args ?? null, kwargs: this.faults.dropKwargs === true ? null : (kwargs ?? null) }));
    const tag = createHmac('sha256', this.#key(isOriginating, true)).update(body).digest();
    return { payload: new Uint8Array(Buffer.concat([body, tag])), encAlgo: 'x_hmac', encSerializer: 'json' };
  }

  decode(isOriginating: boolean, uri: string, encoded: EncodedPayload): Promise<DecodedPayload> {
    if (this.faults.throwsSync === true && encoded.payload.length < 40) throw new Error('sync');
    return this.#decode(isOriginating, uri, encoded);
  }

  async #decode(isOriginating: boolean, uri: string, encoded: EncodedPayload): Promise<DecodedPayload> {
    if (encoded.encAlgo !== 'x_hmac' && this.faults.anyAlgo !== true) throw new Error(`not x_hmac: ${encoded.encAlgo}`);
    const bytes = Buffer.from(encoded.payload);
    if (bytes.length < 32) throw new Error('too short for a tag');
    const body = bytes.subarray(0, bytes.length - 32);
    const tag = createHmac('sha256', this.#key(isOriginating, false)).update(body).digest();
    if (this.faults.noIntegrity !== true && !timingSafeEqual(tag, bytes.subarray(bytes.length - 32))) throw new Error('bad tag');
    const plain = fromJson(body.toString('utf8')) as { uri: string; args: unknown[] | null; kwargs: Record<string, unknown> | null };
    return { uri: this.faults.unboundUri === true ? uri : plain.uri, args: plain.args ?? [], kwargs: plain.kwargs ?? {} };
  }
}

export function codecFixture(faults: CodecFaults = {}): PayloadCodecFixture {
  return { originator: new HmacCodec(faults), responder: new HmacCodec(faults), uri: 'com.example.secret', plainUri: 'com.example.plain.x' };
}
