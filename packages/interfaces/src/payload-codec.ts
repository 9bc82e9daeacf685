/**
 * `IPayloadCodec`: end-to-end encryption (or any transformation) of application payload.
 *
 * @module
 */

/**
 * An encoded application payload as it travels in payload passthru mode (Advanced Profile,
 * "Payload Passthru Mode"): one opaque byte string plus the keys that describe it.
 */
export interface EncodedPayload {
  /** The opaque payload. */
  readonly payload: Uint8Array;
  /** Algorithm / scheme (`enc_algo` in Autobahn; `ppt_scheme` in the spec), e.g. `cryptobox`. */
  readonly encAlgo: string;
  /** Serializer of the payload before encoding (`enc_serializer` / `ppt_serializer`), e.g. `cbor`. */
  readonly encSerializer?: string | undefined;
  /** Key identifier (`enc_key` / `ppt_keyid`). */
  readonly encKey?: string | undefined;
}

/** A decoded application payload. */
export interface DecodedPayload {
  /** The URI the payload was bound to, as decoded (checked against the message's URI by the session). */
  readonly uri: string;
  readonly args: readonly unknown[];
  readonly kwargs: Readonly<Record<string, unknown>>;
}

/**
 * Encodes and decodes application payloads (args/kwargs) for a session, e.g. for end-to-end
 * encryption: set one with `ISession.setPayloadCodec`.
 */
export interface IPayloadCodec {
  /**
   * Encodes an outgoing payload.
   *
   * @param isOriginating - true for CALL and PUBLISH (this session originates the payload), false
   * for YIELD and ERROR (it answers).
   * @param uri - the procedure (CALL, YIELD), the topic (PUBLISH), or the error URI (ERROR).
   * @returns the encoded payload, or `undefined` to send this payload unencoded.
   */
  encode(
    isOriginating: boolean,
    uri: string,
    args?: readonly unknown[],
    kwargs?: Readonly<Record<string, unknown>>,
  ): Promise<EncodedPayload | undefined>;

  /**
   * Decodes an incoming encoded payload.
   *
   * @param isOriginating - as in the seed's session, the role of the decoding session: true in the
   * originator (RESULT and ERROR answering its CALL), false in the responder (INVOCATION, EVENT).
   * An originator's `encode(true, …)` is thus read by a responder's `decode(false, …)`, and a
   * responder's `encode(false, …)` by an originator's `decode(true, …)`.
   * @param uri - the procedure (INVOCATION, RESULT), the topic (EVENT), or the error URI (ERROR).
   * @returns the payload with the URI it was bound to when encoded; the session refuses it when
   * that is not `uri`.
   * @throws {ApplicationError} `wamp.error.encryption.decrypt_error` when it cannot be decoded (a
   * session reports any decode failure as `wamp.error.invalid_payload` for that message).
   */
  decode(isOriginating: boolean, uri: string, encoded: EncodedPayload): Promise<DecodedPayload>;
}
