/**
 * The typed form of a loaded router configuration ({@link loadRouterConfig}'s result).
 *
 * @module
 */
import type { AuthOptions } from './auth/auth-options.js';
import type { RealmOptions } from './router-options.js';

/** A TLS endpoint's files, as named in the configuration (read when the listener starts). */
export interface TlsFilesConfig {
  /** The private key file (PEM). */
  readonly keyFile: string;
  /** The certificate file (PEM). */
  readonly certificateFile: string;
  /** Intermediate certificate files, sent after the certificate. */
  readonly chainFiles: readonly string[];
  /** CA certificate files for verifying client certificates. */
  readonly caFiles: readonly string[];
  /** OpenSSL cipher list. */
  readonly ciphers: string | undefined;
}

/** A TCP endpoint (Crossbar.io `endpoint.type: "tcp"`). */
export interface TcpEndpointConfig {
  readonly kind: 'tcp';
  /** The interface to listen on (`interface`; all IPv4 interfaces `0.0.0.0` when not given, `::` for `version: 6`). */
  readonly host: string;
  /** The port; 0 picks a free one. */
  readonly port: number;
  /** TLS, when configured. */
  readonly tls: TlsFilesConfig | undefined;
}

/** A Unix socket endpoint (Crossbar.io `endpoint.type: "unix"`). */
export interface UnixEndpointConfig {
  readonly kind: 'unix';
  /** The socket path. */
  readonly path: string;
}

/** One cryptosign principal, accepted for when a cryptosign method is plugged in. */
export interface CryptosignPrincipalConfig {
  /** Public keys (hex) that may authenticate as this principal. */
  readonly authorizedKeys: readonly string[];
  readonly role: string;
  readonly realm: string | undefined;
}

/** The static cryptosign configuration of a transport. */
export interface CryptosignAuthConfig {
  /** Principals by authid. */
  readonly principals: Readonly<Record<string, CryptosignPrincipalConfig>>;
}

/** The authentication of one transport: the built-in methods, plus cryptosign when configured. */
export interface TransportAuthConfig extends AuthOptions {
  /** WAMP-cryptosign principals (needs a cryptosign method from `fromConfig` options). */
  readonly cryptosign?: CryptosignAuthConfig | undefined;
}

/** What every configured transport has. */
interface TransportConfigBase {
  /** Where the transport is in the file, e.g. `workers[0].transports[1]` (for messages). */
  readonly where: string;
  /** Serializer names (`json`, `msgpack`, `cbor`, …) in preference order; all available when not given. */
  readonly serializers: readonly string[] | undefined;
  /** Authentication of this transport; anonymous only when not given. */
  readonly auth: TransportAuthConfig | undefined;
  /** Largest incoming message in bytes (`options.max_message_size`). */
  readonly maxMessageSize: number | undefined;
}

/** A WebSocket transport: `type: "websocket"`, or the websocket path of a `type: "web"` transport. */
export interface WebSocketTransportConfig extends TransportConfigBase {
  readonly kind: 'websocket';
  readonly endpoint: TcpEndpointConfig;
  /** The URL path that accepts WebSocket connections, e.g. `/ws`. */
  readonly path: string;
  /** `options.auto_ping_interval` (ms). */
  readonly autoPingInterval: number | undefined;
  /** `options.auto_ping_timeout` (ms). */
  readonly autoPingTimeout: number | undefined;
  /** True when `options.compression` enables permessage-deflate. */
  readonly perMessageDeflate: boolean | undefined;
}

/** A RawSocket transport (`type: "rawsocket"`). */
export interface RawSocketTransportConfig extends TransportConfigBase {
  readonly kind: 'rawsocket';
  readonly endpoint: TcpEndpointConfig | UnixEndpointConfig;
}

/** One configured transport. */
export type TransportConfig = WebSocketTransportConfig | RawSocketTransportConfig;

/** A validated router configuration: the realms and the transports of its router worker. */
export interface RouterConfig {
  readonly realms: readonly RealmOptions[];
  readonly transports: readonly TransportConfig[];
}
