/**
 * The predefined WAMP error and close-reason URIs (WAMP Basic and Advanced
 * Profile, "Predefined URIs"), with the Autobahn|Python additions that real
 * peers send.
 *
 * @module
 */

/** Error URIs carried in ERROR and ABORT messages. */
export const WAMP_ERROR = {
  /** A URI in a request is not a valid WAMP URI under the router's rules. */
  INVALID_URI: 'wamp.error.invalid_uri',
  /** CALL to a procedure no callee has registered. */
  NO_SUCH_PROCEDURE: 'wamp.error.no_such_procedure',
  /** REGISTER of a procedure that is already registered (invocation policy `single`). */
  PROCEDURE_ALREADY_EXISTS: 'wamp.error.procedure_already_exists',
  /** REGISTER with an invocation policy other than the one the procedure already has (Autobahn, Crossbar.io). */
  PROCEDURE_EXISTS_INVOCATION_POLICY_CONFLICT: 'wamp.error.procedure_exists_with_different_invocation_policy',
  /** UNREGISTER of a registration that does not exist. */
  NO_SUCH_REGISTRATION: 'wamp.error.no_such_registration',
  /** UNSUBSCRIBE of a subscription that does not exist. */
  NO_SUCH_SUBSCRIPTION: 'wamp.error.no_such_subscription',
  /** A meta procedure named a session that does not exist. */
  NO_SUCH_SESSION: 'wamp.error.no_such_session',
  /** The callee (or a validating router) refused the call's arguments. */
  INVALID_ARGUMENT: 'wamp.error.invalid_argument',
  /** Autobahn's URI for a failed `check_types` validation; we send {@link WAMP_ERROR.INVALID_ARGUMENT}. */
  TYPE_CHECK_ERROR: 'wamp.error.type_check_error',
  /** The peer violated the protocol; sent in ABORT before the transport closes. */
  PROTOCOL_VIOLATION: 'wamp.error.protocol_violation',
  /** The session is not authorized for the action (call, register, publish, subscribe). */
  NOT_AUTHORIZED: 'wamp.error.not_authorized',
  /** The router could not decide authorization (an authorizer failed). */
  AUTHORIZATION_FAILED: 'wamp.error.authorization_failed',
  /** Authentication failed: a wrong signature, ticket or proof. */
  AUTHENTICATION_FAILED: 'wamp.error.authentication_failed',
  /** Authentication was refused for this authid or role. */
  AUTHENTICATION_DENIED: 'wamp.error.authentication_denied',
  /** None of the HELLO's `authmethods` is acceptable to the router. */
  NO_MATCHING_AUTH_METHOD: 'wamp.error.no_matching_auth_method',
  /** Autobahn's older spelling of {@link WAMP_ERROR.NO_MATCHING_AUTH_METHOD}. */
  NO_AUTH_METHOD: 'wamp.error.no_auth_method',
  /** The client cannot answer the router's CHALLENGE, or refuses its WELCOME (Autobahn's ABORT reason). */
  CANNOT_AUTHENTICATE: 'wamp.error.cannot_authenticate',
  /** HELLO named a realm the router does not have. */
  NO_SUCH_REALM: 'wamp.error.no_such_realm',
  /** The requested `authrole` does not exist on the realm. */
  NO_SUCH_ROLE: 'wamp.error.no_such_role',
  /** The `authid` is unknown to the authenticator. */
  NO_SUCH_PRINCIPAL: 'wamp.error.no_such_principal',
  /** A call was canceled, or its callee left before answering. */
  CANCELED: 'wamp.error.canceled',
  /** A call ran past `CALL.Options.timeout`. */
  TIMEOUT: 'wamp.error.timeout',
  /** Callees exist, but none is eligible for this call (exclusion lists). */
  NO_ELIGIBLE_CALLEE: 'wamp.error.no_eligible_callee',
  /** Every callee of a shared registration answered `unavailable` (call re-routing). */
  NO_AVAILABLE_CALLEE: 'wamp.error.no_available_callee',
  /** A callee cannot serve this invocation now; the dealer may try another (call re-routing). */
  UNAVAILABLE: 'wamp.error.unavailable',
  /** The peer does not support a feature the request needs. */
  FEATURE_NOT_SUPPORTED: 'wamp.error.feature_not_supported',
  /** An option in the request is not allowed for this session. */
  OPTION_NOT_ALLOWED: 'wamp.error.option_not_allowed',
  /** The router refused `disclose_me` (caller or publisher identification). */
  OPTION_DISALLOWED_DISCLOSE_ME: 'wamp.error.option_disallowed.disclose_me',
  /** The payload is not acceptable to the receiver (e.g. a transparent payload it cannot handle). */
  INVALID_PAYLOAD: 'wamp.error.invalid_payload',
  /** A message exceeds the transport's or router's size limit. */
  PAYLOAD_SIZE_EXCEEDED: 'wamp.error.payload_size_exceeded',
  /** An encrypted payload arrived and no payload codec is set on the session. */
  NO_PAYLOAD_CODEC: 'wamp.error.no_payload_codec',
  /** An end-to-end encrypted payload was bound to a different URI than the one it arrived on. */
  ENCRYPTION_TRUSTED_URI_MISMATCH: 'wamp.error.encryption.trusted_uri_mismatch',
  /** An end-to-end encrypted payload could not be decrypted. */
  ENCRYPTION_DECRYPT_ERROR: 'wamp.error.encryption.decrypt_error',
  /** The callee threw something that was not an application error (our client's default URI). */
  RUNTIME_ERROR: 'wamp.error.runtime_error',
} as const;

/** Any one of the predefined error URIs. */
export type WampErrorUri = (typeof WAMP_ERROR)[keyof typeof WAMP_ERROR];

/** Reasons carried in GOODBYE (and in ABORT sent while closing). */
export const WAMP_CLOSE = {
  /** The ordinary close a peer asks for (Autobahn's default). */
  NORMAL: 'wamp.close.normal',
  /** The router is shutting down. */
  SYSTEM_SHUTDOWN: 'wamp.close.system_shutdown',
  /** The realm is being closed. */
  CLOSE_REALM: 'wamp.close.close_realm',
  /** The only reply to a GOODBYE; never answered again. */
  GOODBYE_AND_OUT: 'wamp.close.goodbye_and_out',
  /** The router removed the session on request (`wamp.session.kill*`). */
  KILLED: 'wamp.close.killed',
  /** The transport closed under the session (local reason, never sent). */
  TRANSPORT_LOST: 'wamp.close.transport_lost',
} as const;

/** Any one of the predefined close reasons. */
export type WampCloseUri = (typeof WAMP_CLOSE)[keyof typeof WAMP_CLOSE];
