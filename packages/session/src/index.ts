/**
 * A WAMP v2 client session: join a realm over any `@wamp/*` transport, then call, register,
 * publish and subscribe.
 *
 * @example
 * ```ts
 * import { connect } from '@wamp/session';
 * import { webSocket } from '@wamp/transport-ws';
 * import { JsonSerializer } from '@wamp/serializers/json';
 *
 * const session = await connect({
 *   transport: webSocket('ws://127.0.0.1:8080/ws', { serializers: [new JsonSerializer()] }),
 *   realm: 'realm1',
 * });
 * await session.register('com.example.add2', (args) => Number(args[0]) + Number(args[1]));
 * console.log(await session.call('com.example.add2', [2, 3])); // 5
 * await session.leave();
 * ```
 *
 * @packageDocumentation
 */
export { connect } from './connect.js';
export type { ConnectOptions } from './connect.js';
export { Session } from './session.js';
export type { SessionJoinOptions, SessionState } from './session.js';
export type { SessionHooks, SessionOptions } from './session-options.js';
export type { ErrorClass } from './error-registry.js';
export { PublicationHandle, RegistrationHandle, SubscriptionHandle } from './handles.js';
export { AnonymousAuthenticator } from './authenticators/anonymous.js';
export type { AnonymousOptions } from './authenticators/anonymous.js';
export { TicketAuthenticator } from './authenticators/ticket.js';
export type { TicketOptions } from './authenticators/ticket.js';
export { WampCraAuthenticator } from './authenticators/wampcra.js';
export type { WampCraOptions } from './authenticators/wampcra.js';
export { clientRoles } from './client-roles.js';
export { Component } from './component/component.js';
export type { ComponentOptions, ComponentRegistration, ComponentSubscription, ComponentTransport } from './component/component.js';
export type { ComponentStatus } from './component/component-status.js';
export { RetrySchedule } from './component/retry-schedule.js';
export type { RetryOptions } from './component/retry-schedule.js';
