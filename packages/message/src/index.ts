/**
 * WAMP v2 messages as plain data: one class per message type of the Basic and Advanced
 * Profiles, each with a validating `parse`, a `marshal` to the WAMP list form, and a
 * per-serializer byte cache.
 *
 * Option and detail dicts hold the wire form (snake_case keys, unknown keys kept as
 * received), so `parseMessage(x).marshal()` gives `x` back. Every refusal is a
 * `ProtocolError` naming the message type, the field and the value received.
 *
 * @example
 * ```ts
 * import { Call, parseMessage } from '@wamp/message';
 *
 * const call = new Call({ request: 1, procedure: 'com.example.add2', args: [2, 3] });
 * call.marshal(); // [48, 1, {}, 'com.example.add2', [2, 3]]
 *
 * const msg = parseMessage([50, 1, {}, [5]]); // a Result
 * parseMessage([48, 0, {}, 'com.example.add2']);
 * // throws ProtocolError: CALL.Request must be an integer in 1..2^53, got 0
 * ```
 *
 * @packageDocumentation
 */
export { MESSAGE_TYPE } from './message-type.js';
export type { MessageTypeName } from './message-type.js';
export { MESSAGE_TYPE_MAP } from './message-type-map.js';
export { parseMessage } from './parse-message.js';
export { BaseMessage } from './base-message.js';
export { MAX_ID, checkId, isId } from './check-id.js';
export { checkUri, isUri } from './check-uri.js';
export type { UriRules } from './check-uri.js';
export { checkDict, isDict } from './check-dict.js';
export type { Dict } from './check-dict.js';
export type { RoleDetails } from './check-roles.js';
export type { ForwardForEntry } from './forward-for.js';
export type { PayloadFields } from './payload-fields.js';
export { isPassthru, passthruInfo, passthruPayload } from './passthru.js';
export type { PassthruInfo, PassthruKeys } from './passthru.js';
export { MATCH_POLICIES } from './match-policy.js';
export type { MatchPolicy } from './match-policy.js';
export { Hello } from './hello.js';
export type { HelloDetails, HelloInit } from './hello.js';
export { Welcome } from './welcome.js';
export type { WelcomeDetails, WelcomeInit } from './welcome.js';
export { Abort } from './abort.js';
export type { AbortDetails, AbortInit } from './abort.js';
export { Challenge } from './challenge.js';
export type { ChallengeInit } from './challenge.js';
export { Authenticate } from './authenticate.js';
export type { AuthenticateInit } from './authenticate.js';
export { Goodbye } from './goodbye.js';
export type { GoodbyeDetails, GoodbyeInit } from './goodbye.js';
export { ERROR_REQUEST_TYPES, ErrorMessage } from './error-message.js';
export type { ErrorDetails, ErrorMessageInit } from './error-message.js';
export { Publish } from './publish.js';
export type { PublishInit, PublishOptionsDict } from './publish.js';
export { Published } from './published.js';
export type { PublishedInit } from './published.js';
export { Subscribe } from './subscribe.js';
export type { SubscribeInit, SubscribeOptionsDict } from './subscribe.js';
export { Subscribed } from './subscribed.js';
export type { SubscribedInit } from './subscribed.js';
export { Unsubscribe } from './unsubscribe.js';
export type { UnsubscribeInit, UnsubscribeOptionsDict } from './unsubscribe.js';
export { Unsubscribed } from './unsubscribed.js';
export type { UnsubscribedDetails, UnsubscribedInit } from './unsubscribed.js';
export { Event } from './event.js';
export type { EventDetails, EventInit } from './event.js';
export { Call } from './call.js';
export type { CallInit, CallOptionsDict } from './call.js';
export { Cancel } from './cancel.js';
export type { CancelInit, CancelOptionsDict } from './cancel.js';
export { Result } from './result.js';
export type { ResultDetails, ResultInit } from './result.js';
export { INVOCATION_POLICIES, Register } from './register.js';
export type { InvocationPolicy, RegisterInit, RegisterOptionsDict } from './register.js';
export { Registered } from './registered.js';
export type { RegisteredInit } from './registered.js';
export { Unregister } from './unregister.js';
export type { UnregisterInit, UnregisterOptionsDict } from './unregister.js';
export { Unregistered } from './unregistered.js';
export type { UnregisteredDetails, UnregisteredInit } from './unregistered.js';
export { Invocation } from './invocation.js';
export type { InvocationDetails, InvocationInit } from './invocation.js';
export { Interrupt } from './interrupt.js';
export type { InterruptInit, InterruptOptionsDict } from './interrupt.js';
export { Yield } from './yield.js';
export type { YieldInit, YieldOptionsDict } from './yield.js';
