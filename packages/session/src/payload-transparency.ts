/**
 * Applying a session's payload codec (`IPayloadCodec`): outgoing args/kwargs become one opaque
 * payload plus `enc_algo`/`enc_key`/`enc_serializer` (payload passthru mode, in Autobahn's key
 * naming), and incoming opaque payloads are decoded back.
 *
 * @module
 */
import type { DecodedPayload, EncodedPayload, IPayloadCodec } from '@wamp/interfaces';
import { InvalidPayload, WAMP_ERROR, isApplicationError } from '@wamp/interfaces';

type Dict = Readonly<Record<string, unknown>>;

/** The payload fields and Options/Details keys of an outgoing message. */
export interface OutgoingPayload {
  args?: unknown[] | undefined;
  kwargs?: Record<string, unknown> | undefined;
  payload?: Uint8Array | undefined;
  /** `enc_algo`, `enc_key`, `enc_serializer` to merge into the message's Options; empty when plain. */
  keys: Record<string, string>;
}

/**
 * Runs `codec` (when set) over an outgoing payload; a codec that returns `undefined` (or `null`)
 * leaves it plain. The seed's arguments: CALL and PUBLISH are encoded with `isOriginating` true
 * and the procedure or topic; YIELD with false and the procedure; ERROR with false and the error URI.
 */
export async function encodePayload(
  codec: IPayloadCodec | undefined,
  isOriginating: boolean,
  uri: string,
  args: readonly unknown[] | undefined,
  kwargs: Readonly<Record<string, unknown>> | undefined,
): Promise<OutgoingPayload> {
  const plain = { args: args === undefined ? undefined : [...args], kwargs: kwargs === undefined ? undefined : { ...kwargs }, keys: {} };
  if (codec === undefined) return plain;
  const encoded = await codec.encode(isOriginating, uri, args, kwargs);
  if (encoded === undefined || encoded === null) return plain;
  const keys: Record<string, string> = { enc_algo: encoded.encAlgo };
  if (encoded.encKey !== undefined) keys['enc_key'] = encoded.encKey;
  if (encoded.encSerializer !== undefined) keys['enc_serializer'] = encoded.encSerializer;
  return { payload: encoded.payload, keys };
}

/**
 * Decodes the opaque `payload` of an incoming message whose Details/Options are `dict`.
 *
 * `isOriginating` and `uri` follow the seed (Autobahn|Python's session): `true` in the session
 * that originated the exchange (RESULT and ERROR of its call: `uri` is the procedure, or the error
 * URI for an ERROR), `false` in the one that responds (INVOCATION: the procedure; EVENT: the topic).
 *
 * @throws {InvalidPayload} `wamp.error.invalid_payload` for any payload this session cannot turn
 * back into args/kwargs: no codec is set, the codec refuses it (its reason, e.g.
 * `wamp.error.encryption.decrypt_error`, is in the message and kept as `cause`), or it was bound
 * to another URI. It concerns that one message only.
 */
export async function decodePayload(
  codec: IPayloadCodec | undefined,
  isOriginating: boolean,
  uri: string,
  dict: Dict,
  payload: Uint8Array,
): Promise<{ args: unknown[]; kwargs: Record<string, unknown> }> {
  const encoded: EncodedPayload = {
    payload,
    encAlgo: text(dict['enc_algo']) ?? text(dict['ppt_scheme']) ?? '',
    encKey: text(dict['enc_key']) ?? text(dict['ppt_keyid']),
    encSerializer: text(dict['enc_serializer']) ?? text(dict['ppt_serializer']),
  };
  const refuse = (reason: string, cause?: unknown): InvalidPayload =>
    // The reason travels as args[0] too, so a callee's ERROR tells the caller why.
    new InvalidPayload({ args: [`cannot decode the ${encoded.encAlgo || 'opaque'} payload for ${uri}: ${reason}`], cause });
  if (codec === undefined) throw refuse(`${WAMP_ERROR.NO_PAYLOAD_CODEC}: this session has no payload codec`);
  let decoded: DecodedPayload;
  try {
    decoded = await codec.decode(isOriginating, uri, encoded);
  } catch (error) {
    throw refuse(reasonOf(error), error);
  }
  if (decoded === null || typeof decoded !== 'object' || !Array.isArray(decoded.args ?? []) || !isDict(decoded.kwargs ?? {})) {
    throw refuse('the payload codec returned no {uri, args, kwargs}');
  }
  if (decoded.uri !== uri) {
    throw refuse(`${WAMP_ERROR.ENCRYPTION_TRUSTED_URI_MISMATCH}: the payload was bound to ${String(decoded.uri)}`);
  }
  return { args: [...(decoded.args ?? [])], kwargs: { ...(decoded.kwargs ?? {}) } };
}

function reasonOf(error: unknown): string {
  if (isApplicationError(error)) return error.message.startsWith(error.uri) ? error.message : `${error.uri}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

function isDict(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
