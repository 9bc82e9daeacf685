/**
 * An embedded WAMP router for development, tests and small deployments: realms, a dealer and a
 * broker per realm (Basic Profile), anonymous, ticket and WAMP-CRA authentication, role-based
 * authorization, and Crossbar.io-style configuration files. It imports no transport and no
 * serializer: the caller composes them.
 *
 * @example
 * ```ts
 * import { Router } from '@wamp/router';
 * // listenWebSocket: the WebSocket transport package's `server` subpath; JsonSerializer: the
 * // serializers package's `json` subpath.
 *
 * const router = new Router({
 *   realms: [{ name: 'realm1', roles: [{ name: 'anonymous', permissions: [{ uri: 'com.example.', match: 'prefix', allow: { call: true, register: true, publish: true, subscribe: true } }] }] }],
 * });
 * const listener = await router.listen(listenWebSocket, { port: 8080, path: '/ws', serializers: [new JsonSerializer()] });
 * // … clients connect to listener.address.url …
 * await router.close();
 * ```
 *
 * @packageDocumentation
 */
export { Router } from './router.js';
export type { HandlerOptions, ListenOptions } from './router.js';
export type { PermissionAllow, PermissionOptions, RealmOptions, RoleOptions, RouterCloseOptions, RouterLog, RouterOptions } from './router-options.js';
export type {
  AnonymousAuthOptions,
  AuthOptions,
  CryptosignAuthOptions,
  CryptosignPrincipal,
  TicketAuthOptions,
  TicketPrincipal,
  WampCraAuthOptions,
  WampCraUser,
} from './auth/auth-options.js';
export { cryptosignAuth } from './auth/cryptosign.js';
export { deny, welcome } from './auth/auth-method.js';
export type { AuthChallenge, AuthDeny, AuthIdentity, AuthOutcome, AuthRequest, AuthWelcome, RouterAuthMethod } from './auth/auth-method.js';
export { loadRouterConfig } from './config.js';
export type { LoadRouterConfigOptions } from './config.js';
export type {
  CryptosignAuthConfig,
  CryptosignPrincipalConfig,
  RawSocketTransportConfig,
  RouterConfig,
  TcpEndpointConfig,
  TlsFilesConfig,
  TransportAuthConfig,
  TransportConfig,
  UnixEndpointConfig,
  WebSocketTransportConfig,
} from './config-types.js';
export type { ListenFunction, ListenTlsOptions, RawSocketListenOptions, RouterFromConfigOptions, WebSocketListenOptions } from './config-listeners.js';
