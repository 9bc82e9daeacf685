/**
 * Turns configured transports into listeners, through the listen functions and serializers the
 * caller hands in (the router imports no transport and no serializer).
 *
 * @module
 */
import type { ISerializer, ITransportListener, TransportHandlerFactory } from '@wamp/interfaces';
import type { RouterAuthMethod } from './auth/auth-method.js';
import type { AuthOptions } from './auth/auth-options.js';
import type { CryptosignAuthConfig, TcpEndpointConfig, TransportConfig } from './config-types.js';
import type { RouterLog } from './router-options.js';

/** TLS material handed to a listen function (Node's `tls` options of the same names). */
export interface ListenTlsOptions {
  /** The private key (PEM). */
  key: string;
  /** The certificate, followed by any chain certificates (PEM). */
  cert: string;
  /** CA certificates for client certificates (PEM). */
  ca?: string[] | undefined;
  /** OpenSSL cipher list. */
  ciphers?: string | undefined;
}

/** What {@link Router.fromConfig} hands a WebSocket listen function (a subset of `listenWebSocket`'s options). */
export interface WebSocketListenOptions {
  /** The serializers offered, in preference order. */
  serializers: readonly ISerializer[];
  /** Creates the router's handler of each connection. */
  handlerFactory: TransportHandlerFactory;
  /** The interface to listen on. */
  host?: string | undefined;
  /** The TCP port; 0 picks a free one. */
  port?: number | undefined;
  /** The URL path of the WebSocket endpoint. */
  path?: string | undefined;
  /** Serve `wss://` with this key and certificate. */
  tls?: ListenTlsOptions | undefined;
  /** Largest incoming message in bytes. */
  maxMessageSize?: number | undefined;
  /** Ping interval (ms). */
  autoPingInterval?: number | undefined;
  /** Pong timeout (ms). */
  autoPingTimeout?: number | undefined;
  /** Negotiate permessage-deflate. */
  perMessageDeflate?: boolean | undefined;
}

/** What {@link Router.fromConfig} hands a RawSocket listen function (a subset of `listenRawSocket`'s options). */
export interface RawSocketListenOptions {
  /** The serializers accepted, in preference order. */
  serializers: readonly ISerializer[];
  /** Creates the router's handler of each connection. */
  handlerFactory: TransportHandlerFactory;
  /** The interface to listen on. */
  host?: string | undefined;
  /** The TCP port; 0 picks a free one. */
  port?: number | undefined;
  /** The Unix socket path (instead of host and port). */
  path?: string | undefined;
  /** Serve TLS with this key and certificate. */
  tls?: ListenTlsOptions | undefined;
  /** Largest incoming message in bytes. */
  maxMessageSize?: number | undefined;
}

/** A function that starts a listener, such as `listenWebSocket` or `listenRawSocket`. */
export type ListenFunction<O> = (options: O) => Promise<ITransportListener>;

/** Options of {@link Router.fromConfig}: what the configuration refers to by name. */
export interface RouterFromConfigOptions {
  /** The listen functions, by transport kind; a configured kind without one is an error. */
  listeners: {
    websocket?: ListenFunction<WebSocketListenOptions> | undefined;
    rawsocket?: ListenFunction<RawSocketListenOptions> | undefined;
  };
  /**
   * Serializer instances by configuration name (`json`, `msgpack`, `cbor`, …), each one or a
   * list (e.g. a format and its batched variant). A transport without `serializers` gets all of
   * them, in this order.
   */
  serializers: Readonly<Record<string, ISerializer | readonly ISerializer[]>>;
  /** Reads a TLS key or certificate file (e.g. `(p) => readFile(resolve(configDir, p), 'utf8')`); needed for TLS endpoints. */
  readFile?: ((path: string) => string | Promise<string>) | undefined;
  /** Builds the cryptosign method from configured principals, replacing the built-in one (e.g. to add a router key). */
  cryptosign?: ((config: CryptosignAuthConfig) => RouterAuthMethod) | undefined;
  /** The router's `agent`. */
  agent?: string | undefined;
  /** The router's log. */
  log?: RouterLog | undefined;
}

/** Starts one listener the way `Router.listen` does. */
export type StartListener = <O extends { handlerFactory: TransportHandlerFactory }>(
  listen: ListenFunction<O>,
  options: Omit<O, 'handlerFactory'> & { auth?: AuthOptions | undefined },
) => Promise<ITransportListener>;

function pickSerializers(t: TransportConfig, available: RouterFromConfigOptions['serializers']): ISerializer[] {
  const names = t.serializers ?? Object.keys(available);
  const out: ISerializer[] = [];
  names.forEach((name, i) => {
    const found = Object.hasOwn(available, name) ? available[name] : undefined;
    if (found === undefined) {
      const where = t.serializers === undefined ? t.where : `${t.where}.serializers[${i}]`;
      throw new TypeError(`${where}: serializer ${JSON.stringify(name)} is not available (available: ${Object.keys(available).join(', ') || 'none'})`);
    }
    out.push(...(Array.isArray(found) ? (found as readonly ISerializer[]) : [found as ISerializer]));
  });
  if (out.length === 0) throw new TypeError(`${t.where}: no serializer available`);
  return out;
}

async function readTls(endpoint: TcpEndpointConfig, where: string, options: RouterFromConfigOptions): Promise<ListenTlsOptions | undefined> {
  const tls = endpoint.tls;
  if (tls === undefined) return undefined;
  const read = options.readFile;
  if (read === undefined) throw new TypeError(`${where}.endpoint.tls: reading key and certificate files needs options.readFile`);
  const chain = await Promise.all(tls.chainFiles.map((f) => read(f)));
  const cert = [await read(tls.certificateFile), ...chain].join('\n');
  const ca = tls.caFiles.length > 0 ? await Promise.all(tls.caFiles.map((f) => read(f))) : undefined;
  return { key: await read(tls.keyFile), cert, ca, ciphers: tls.ciphers };
}

function authOf(t: TransportConfig, options: RouterFromConfigOptions): AuthOptions | undefined {
  if (t.auth === undefined) return undefined;
  const { cryptosign, ...builtIn } = t.auth;
  if (cryptosign === undefined) return builtIn;
  if (options.cryptosign === undefined) return { ...builtIn, cryptosign };
  return { ...builtIn, methods: [options.cryptosign(cryptosign)] };
}

/**
 * Starts a listener for each configured transport, in order.
 *
 * @throws {TypeError} when a transport needs a listen function, serializer, `readFile` or
 * cryptosign method that `options` lacks.
 */
export async function startListeners(start: StartListener, transports: readonly TransportConfig[], options: RouterFromConfigOptions): Promise<void> {
  for (const t of transports) {
    const serializers = pickSerializers(t, options.serializers);
    const auth = authOf(t, options);
    const listen = options.listeners[t.kind];
    if (listen === undefined) throw new TypeError(`${t.where}: a ${t.kind} transport needs options.listeners.${t.kind}`);
    if (t.kind === 'websocket') {
      const tls = await readTls(t.endpoint, t.where, options);
      await start(options.listeners.websocket!, {
        serializers,
        auth,
        host: t.endpoint.host,
        port: t.endpoint.port,
        path: t.path,
        tls,
        maxMessageSize: t.maxMessageSize,
        autoPingInterval: t.autoPingInterval,
        autoPingTimeout: t.autoPingTimeout,
        perMessageDeflate: t.perMessageDeflate,
      });
    } else {
      const endpoint = t.endpoint;
      const where = endpoint.kind === 'tcp' ? { host: endpoint.host, port: endpoint.port, tls: await readTls(endpoint, t.where, options) } : { path: endpoint.path };
      await start(options.listeners.rawsocket!, { serializers, auth, ...where, maxMessageSize: t.maxMessageSize });
    }
  }
}
