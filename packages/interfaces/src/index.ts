/**
 * The contracts of the `@wamp/*` stack, translated from Autobahn|Python's
 * `autobahn.wamp.interfaces`: implement one of these interfaces to plug your
 * own transport, serializer, authenticator, key store or payload codec into
 * the rest of the stack.
 *
 * @example
 * ```ts
 * import { ApplicationError, WAMP_ERROR, isApplicationError } from '@wamp/interfaces';
 * import type { ISerializer } from '@wamp/interfaces';
 *
 * try {
 *   await session.call('com.example.add2', [2, 3]);
 * } catch (err) {
 *   if (isApplicationError(err) && err.uri === WAMP_ERROR.NO_SUCH_PROCEDURE) console.log('nobody serves add2');
 * }
 * ```
 *
 * @packageDocumentation
 */
export { WampError, WAMP_ERROR_BRAND, isWampError } from './wamp-error.js';
export { ProtocolError, isProtocolError } from './protocol-error.js';
export { SerializationError } from './serialization-error.js';
export { TransportLost } from './transport-lost.js';
export { SessionNotReady } from './session-not-ready.js';
export {
  ApplicationError,
  InvalidPayload,
  InvalidUri,
  NotAuthorized,
  TypeCheckError,
  isApplicationError,
} from './application-error.js';
export type { ApplicationErrorInit } from './application-error.js';
export { WAMP_CLOSE, WAMP_ERROR } from './error-uris.js';
export type { WampCloseUri, WampErrorUri } from './error-uris.js';
export type { IMessage, IMessageClass } from './message.js';
export type { IObjectSerializer } from './object-serializer.js';
export type { ISerializer } from './serializer.js';
export type { AbortOptions } from './abort-options.js';
export type { ChannelFraming, ChannelIdType, ChannelType, TransportDetails } from './transport-details.js';
export type { ITransport, ITransportConnector, ITransportHandler, TransportCloseInfo } from './transport.js';
export type { ITransportListener, ListenerAddress, TransportHandlerFactory } from './transport-listener.js';
export type { Challenge } from './challenge.js';
export type { CloseDetails, SessionDetails } from './session-details.js';
export { CallResult, isCallResult } from './call-result.js';
export type { Validator } from './validator.js';
export type { Publication, Registration, Subscription } from './handles.js';
export type { CallChunk, CallDetails, CallOptions, CancelMode, Endpoint, ReceivedChunk, RegisterOptions } from './call-options.js';
export type { EventDetails, EventHandler, PublishOptions, SubscribeOptions } from './pubsub-options.js';
export type { DecodedPayload, EncodedPayload, IPayloadCodec } from './payload-codec.js';
export type { AuthenticateReply, IAuthenticator } from './authenticator.js';
export type { ComponentConfig } from './component-config.js';
export type { HandlerMap, ISession, JoinOptions, ObjectHandlerOptions } from './session.js';
export type { IKey, KeyType } from './key.js';
export type { ICryptosignKey } from './cryptosign-key.js';
export type { IEthereumKey, TypedData } from './ethereum-key.js';
export type { ISecurityModule, SecurityModuleKey } from './security-module.js';
