/**
 * Applying a session's payload codec (`IPayloadCodec`): outgoing args/kwargs become one opaque
 * payload plus `enc_algo`/`enc_key`/`enc_serializer` (payload passthru mode, in Autobahn's key
 * naming), and incoming opaque payloads are decoded back.
 *
 * @module
 */
import type { EncodedPayload, IPayloadCodec } from '@wamp/interfaces';
import { ApplicationError, WAMP_ERROR } from '@wamp/interfaces';

type Dict = Readonly<Record<string, unknown>>;

/** The payload fields and Options/Details keys of an outgoing message. */
export interface OutgoingPayload {
  args?: unknown[] | undefined;
  kwargs?: Record<string, unknown> | undefined;
  payload?: Uint8Array | undefined;
  /** `enc_algo`, `enc_key`, `enc_serializer` to merge into the message's Options; empty when plain. */
  keys: Record<string, string>;
}

/** Runs `codec` (when set) over an outgoing payload; a codec that returns `undefined` leaves it plain. */
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
  if (encoded === undefined) return plain;
  const keys: Record<string, string> = { enc_algo: encoded.encAlgo };
  if (encoded.encKey !== undefined) keys['enc_key'] = encoded.encKey;
  if (encoded.encSerializer !== undefined) keys['enc_serializer'] = encoded.encSerializer;
  return { payload: encoded.payload, keys };
}

/**
 * Decodes the opaque `payload` of an incoming message whose Details/Options are `dict`.
 *
 * @throws {ApplicationError} `wamp.error.no_payload_codec` when no codec is set;
 * `wamp.error.encryption.trusted_uri_mismatch` when the decoded URI is not `uri`; whatever the
 * codec throws (e.g. `wamp.error.encryption.decrypt_error`).
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
  if (codec === undefined) {
    throw new ApplicationError(WAMP_ERROR.NO_PAYLOAD_CODEC, {
      message: `received an encoded payload (${encoded.encAlgo}) for ${uri}, but this session has no payload codec`,
    });
  }
  const decoded = await codec.decode(isOriginating, uri, encoded);
  if (decoded.uri !== uri) {
    throw new ApplicationError(WAMP_ERROR.ENCRYPTION_TRUSTED_URI_MISMATCH, {
      message: `the encoded payload was bound to ${decoded.uri}, but arrived for ${uri}`,
    });
  }
  return { args: [...decoded.args], kwargs: { ...decoded.kwargs } };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
