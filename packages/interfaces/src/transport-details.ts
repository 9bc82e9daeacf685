/**
 * `TransportDetails`: what is known about one open transport.
 *
 * @module
 */

/** The channel a transport runs over (Autobahn's `CHANNEL_TYPE_*`). */
export type ChannelType = 'null' | 'function' | 'memory' | 'serial' | 'tcp' | 'tls' | 'udp' | 'dtls' | 'unix';

/** How WAMP messages are framed on the channel (Autobahn's `CHANNEL_FRAMING_*`). */
export type ChannelFraming = 'null' | 'native' | 'websocket' | 'rawsocket';

/**
 * The kind of TLS channel id used for channel binding (WAMP-cryptosign, SCRAM):
 * `tls-unique` (RFC 5929, TLS ≤ 1.2) or `tls-exporter` (RFC 9266, TLS 1.3).
 */
export type ChannelIdType = 'tls-unique' | 'tls-exporter';

/**
 * Details of an open transport, as Autobahn|Python's `TransportDetails`:
 * filled in by the transport when it opens, read by sessions (channel binding)
 * and by the router (session meta API `transport` details).
 */
export interface TransportDetails {
  /** The underlying channel. */
  readonly channelType: ChannelType;
  /** The framing of WAMP messages on the channel. */
  readonly channelFraming: ChannelFraming;
  /** The negotiated serializer id, e.g. `json` or `cbor.batched`. */
  readonly channelSerializer: string | undefined;
  /** This end's address, e.g. `tcp4:127.0.0.1:8080` or `unix:/run/wamp.sock`. */
  readonly own: string | undefined;
  /** The peer's address, same form as {@link own}. */
  readonly peer: string | undefined;
  /** True on the accepting (router) side. */
  readonly isServer: boolean;
  /** True when the channel is encrypted (TLS, wss://, rss://). */
  readonly isSecure: boolean;
  /** TLS channel ids by type, 32 bytes each, when the channel is TLS (for channel binding). */
  readonly channelId: Readonly<Partial<Record<ChannelIdType, Uint8Array>>>;
  /** The peer's TLS certificate, when there is one (PEM text). */
  readonly peerCert?: string | undefined;
  /** The negotiated WebSocket subprotocol, e.g. `wamp.2.json`. */
  readonly websocketProtocol?: string | undefined;
  /** The WebSocket extensions in use, e.g. `permessage-deflate`. */
  readonly websocketExtensionsInUse?: readonly string[] | undefined;
  /** HTTP headers received in the WebSocket opening handshake (lower-case names). */
  readonly httpHeadersReceived?: Readonly<Record<string, string>> | undefined;
  /** HTTP headers sent in the WebSocket opening handshake (lower-case names). */
  readonly httpHeadersSent?: Readonly<Record<string, string>> | undefined;
}
