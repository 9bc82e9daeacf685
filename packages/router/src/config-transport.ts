/**
 * The `transports` of a Crossbar.io router worker: `websocket`, `rawsocket`, and `web` with one
 * websocket path; TCP (optionally TLS) and Unix endpoints.
 *
 * @module
 */
import { readTransportAuth } from './config-auth.js';
import type { ConfigProblems, Reader } from './config-schema.js';
import { anyDict, byType, dict, integer, keyPath, list, object, oneOf, optional, required, string } from './config-schema.js';
import type { RawSocketTransportConfig, TcpEndpointConfig, TransportConfig, UnixEndpointConfig, WebSocketTransportConfig } from './config-types.js';

const MAX_MESSAGE_SIZE = 64 * 1024 * 1024;
const SERIALIZER_NAMES = ['json', 'msgpack', 'cbor', 'ubjson', 'flatbuffers'] as const;

// Crossbar.io allows the port as "$NAME", read from the environment.
const port: Reader<number> = (value, path, problems) => {
  if (typeof value === 'string' && /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
    const text = problems.env[value.slice(1)];
    if (text === undefined) {
      problems.add(path, `environment variable ${value.slice(1)} is not set`);
      return undefined;
    }
    return integer(0, 65535)(Number(text), `${path} (from ${value})`, problems);
  }
  return integer(0, 65535)(value, path, problems);
};

const tls = object(
  { key: required(string()), certificate: required(string()), chain_certificates: optional(list(string())), ca_certificates: optional(list(string())), ciphers: optional(string()) },
  { unsupported: ['dhparam'] },
);

const ipVersion: Reader<4 | 6> = (value, path, problems) => {
  if (value === 4 || value === 6) return value;
  problems.add(path, `must be 4 or 6, got ${JSON.stringify(value)}`);
  return undefined;
};

const tcp = object(
  { type: required(oneOf(['tcp'] as const)), port: required(port), interface: optional(string()), version: optional(ipVersion), tls: optional(tls) },
  { ignored: ['backlog', 'shared'], unsupported: ['portrange', 'user_timeout'] },
);
const unix = object({ type: required(oneOf(['unix'] as const)), path: required(string()) }, { ignored: ['backlog'] });

const tcpEndpoint: Reader<TcpEndpointConfig> = (value, path, problems) => {
  const e = tcp(value, path, problems);
  if (e === undefined || e.port === undefined) return undefined;
  const t = e.tls;
  return {
    kind: 'tcp',
    host: e.interface ?? (e.version === 6 ? '::' : '0.0.0.0'),
    port: e.port,
    tls: t === undefined ? undefined : { keyFile: t.key, certificateFile: t.certificate, chainFiles: t.chain_certificates ?? [], caFiles: t.ca_certificates ?? [], ciphers: t.ciphers },
  };
};

const unixEndpoint: Reader<UnixEndpointConfig> = (value, path, problems) => {
  const e = unix(value, path, problems);
  return e?.path === undefined ? undefined : { kind: 'unix', path: e.path };
};

const anyEndpoint = byType<TcpEndpointConfig | UnixEndpointConfig>('endpoint', { tcp: tcpEndpoint, unix: unixEndpoint }, ['twisted', 'onion']);
const tcpOnly = byType<TcpEndpointConfig>('endpoint', { tcp: tcpEndpoint }, ['unix', 'twisted', 'onion']);

const serializers = list(oneOf(SERIALIZER_NAMES));

const WS_UNSUPPORTED = [
  'allowed_origins', 'allow_null_origin', 'external_port', 'enable_hybi10', 'enable_rfc6455', 'mask_server_frames', 'require_masked_client_frames',
  'apply_mask', 'max_frame_size', 'auto_fragment_size', 'fail_by_drop', 'auto_ping_restart_on_any_traffic', 'enable_flash_policy', 'flash_policy',
];
const WS_IGNORED = ['auto_ping_size', 'enable_webstatus', 'show_server_version', 'tcp_nodelay', 'open_handshake_timeout', 'close_handshake_timeout', 'validate_utf8', 'echo_close_codereason', 'require_websocket_subprotocol'];
const wsOptions = object(
  {
    max_message_size: optional(integer(1, MAX_MESSAGE_SIZE)),
    auto_ping_interval: optional(integer(0, 86_400_000)),
    auto_ping_timeout: optional(integer(0, 86_400_000)),
    compression: optional(anyDict),
  },
  { ignored: WS_IGNORED, unsupported: WS_UNSUPPORTED },
);
const rawOptions = object({ max_message_size: optional(integer(1, MAX_MESSAGE_SIZE)) });

const websocketService = {
  type: required(string()),
  serializers: optional(serializers),
  options: optional(wsOptions),
  auth: optional(readTransportAuth),
  url: optional(string()),
};
const websocketShape = object({ ...websocketService, endpoint: required(tcpOnly) }, { ignored: ['id', 'debug'], unsupported: ['cookie'] });
const pathService = object(websocketService, { ignored: ['id', 'debug'], unsupported: ['cookie'] });

function urlPath(url: string | undefined, fallback: string, path: string, problems: ConfigProblems): string {
  if (url === undefined) return fallback;
  try {
    return new URL(url).pathname || '/';
  } catch {
    problems.add(keyPath(path, 'url'), `must be a WebSocket URL, got ${JSON.stringify(url)}`);
    return fallback;
  }
}

function websocket(s: NonNullable<ReturnType<typeof pathService>>, endpoint: TcpEndpointConfig, urlPathname: string, where: string): WebSocketTransportConfig {
  const o: Partial<NonNullable<typeof s.options>> = s.options ?? {};
  return {
    kind: 'websocket',
    where,
    endpoint,
    path: urlPathname,
    serializers: s.serializers,
    auth: s.auth,
    maxMessageSize: o.max_message_size,
    autoPingInterval: o.auto_ping_interval,
    autoPingTimeout: o.auto_ping_timeout,
    perMessageDeflate: o.compression === undefined ? undefined : Object.hasOwn(o.compression, 'deflate'),
  };
}

// `type: "websocket"`: the WebSocket is served at the path of `url`, or at `/`.
const websocketTransport: Reader<TransportConfig> = (value, path, problems) => {
  const t = websocketShape(value, path, problems);
  if (t?.endpoint === undefined) return undefined;
  return websocket(t, t.endpoint, urlPath(t.url, '/', path, problems), path);
};

const rawsocketShape = object(
  { type: required(string()), endpoint: required(anyEndpoint), serializers: optional(serializers), options: optional(rawOptions), auth: optional(readTransportAuth) },
  { ignored: ['id', 'debug'] },
);

const rawsocketTransport: Reader<TransportConfig> = (value, path, problems) => {
  const t = rawsocketShape(value, path, problems);
  if (t?.endpoint === undefined) return undefined;
  const config: RawSocketTransportConfig = { kind: 'rawsocket', where: path, endpoint: t.endpoint, serializers: t.serializers, auth: t.auth, maxMessageSize: t.options?.max_message_size };
  return config;
};

const webShape = object({ type: required(string()), endpoint: required(tcpOnly), paths: required(dict(anyDict)) }, { ignored: ['id', 'options'] });

// `type: "web"`: exactly one path service of type websocket; other services (static files,
// long-poll, REST bridges) are not part of this router.
const webTransport: Reader<TransportConfig> = (value, path, problems) => {
  const t = webShape(value, path, problems);
  if (t?.endpoint === undefined || t.paths === undefined) return undefined;
  const found: WebSocketTransportConfig[] = [];
  for (const [name, service] of Object.entries(t.paths)) {
    const at = keyPath(keyPath(path, 'paths'), name);
    if (service['type'] !== 'websocket') {
      problems.add(keyPath(at, 'type'), `path service type ${JSON.stringify(service['type'])} is not supported by @wamp/router (only "websocket")`);
      continue;
    }
    const s = pathService(service, at, problems);
    if (s !== undefined) found.push(websocket(s, t.endpoint, name === '/' ? '/' : `/${name.replace(/^\/+/, '')}`, at));
  }
  if (found.length > 1) problems.add(keyPath(path, 'paths'), 'only one websocket path per web transport is supported');
  if (found.length === 0 && Object.values(t.paths).every((s) => s['type'] === 'websocket')) {
    problems.add(keyPath(path, 'paths'), 'a web transport needs a path service of type "websocket"');
  }
  return found[0];
};

/** Reads one item of a router worker's `transports`. */
export const readTransport = byType<TransportConfig>(
  'transport',
  { websocket: websocketTransport, rawsocket: rawsocketTransport, web: webTransport },
  ['universal', 'mqtt', 'flashpolicy', 'websocket.testee', 'stream.testee'],
);
