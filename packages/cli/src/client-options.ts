/**
 * The client flags shared by `call`, `publish`, `subscribe` and `register`: where to connect, as
 * whom, in which format.
 *
 * @module
 */
import { CryptosignAuthenticator } from '@wamp/cryptosign';
import { load } from '@wamp/cryptosign/node';
import type { IAuthenticator, ISerializer, ITransportConnector } from '@wamp/interfaces';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { AnonymousAuthenticator, TicketAuthenticator, WampCraAuthenticator } from '@wamp/session';
import { rawSocket } from '@wamp/transport-rawsocket';
import { webSocket } from '@wamp/transport-ws';
import { UsageError } from './usage-error.js';

/** The parsed client flags. */
export interface ClientFlags {
  url: string;
  realm: string;
  serializer: string;
  authmethod?: string | undefined;
  authid?: string | undefined;
  authrole?: string | undefined;
  ticket?: string | undefined;
  secret?: string | undefined;
  key?: string | undefined;
}

/** `parseArgs` option specs of the client flags. */
export const CLIENT_OPTIONS = {
  url: { type: 'string', default: 'ws://127.0.0.1:8080/ws' },
  realm: { type: 'string', default: 'realm1' },
  serializer: { type: 'string', default: 'json' },
  authmethod: { type: 'string' },
  authid: { type: 'string' },
  authrole: { type: 'string' },
  ticket: { type: 'string' },
  secret: { type: 'string' },
  key: { type: 'string' },
} as const;

const SERIALIZERS: Record<string, () => ISerializer> = {
  json: () => new JsonSerializer(),
  msgpack: () => new MsgPackSerializer(),
  cbor: () => new CborSerializer(),
};

/** The transport connector for `--url` and `--serializer`. @throws {UsageError} for an unknown scheme or serializer. */
export function transportFor(flags: ClientFlags): ITransportConnector {
  const make = SERIALIZERS[flags.serializer];
  if (make === undefined) throw new UsageError(`--serializer must be json, msgpack or cbor, got ${JSON.stringify(flags.serializer)}`);
  const serializers = [make()];
  const scheme = /^([a-z]+):/.exec(flags.url)?.[1];
  switch (scheme) {
    case 'ws':
    case 'wss':
      return webSocket(flags.url, { serializers });
    case 'rs':
    case 'rss':
    case 'unix':
      return rawSocket(flags.url, { serializers });
    default:
      throw new UsageError(`--url must start with ws://, wss://, rs://, rss:// or unix://, got ${JSON.stringify(flags.url)}`);
  }
}

/**
 * The authenticator for `--authmethod` (default: ticket with `--ticket`, wampcra with
 * `--secret`, cryptosign with `--key`, else anonymous). @throws {UsageError} when a method lacks
 * its credentials.
 */
export async function authenticatorFor(flags: ClientFlags): Promise<IAuthenticator> {
  const method =
    flags.authmethod ?? (flags.ticket !== undefined ? 'ticket' : flags.secret !== undefined ? 'wampcra' : flags.key !== undefined ? 'cryptosign' : 'anonymous');
  const { authid, authrole } = flags;
  switch (method) {
    case 'anonymous':
      return new AnonymousAuthenticator({ authid, authrole });
    case 'ticket':
      if (authid === undefined || flags.ticket === undefined) throw new UsageError('--authmethod ticket needs --authid and --ticket');
      return new TicketAuthenticator({ authid, ticket: flags.ticket, authrole });
    case 'wampcra':
      if (authid === undefined || flags.secret === undefined) throw new UsageError('--authmethod wampcra needs --authid and --secret');
      return new WampCraAuthenticator({ authid, secret: flags.secret, authrole });
    case 'cryptosign':
      if (flags.key === undefined) throw new UsageError('--authmethod cryptosign needs --key KEYFILE');
      return new CryptosignAuthenticator({ key: await load(flags.key), authid, authrole });
    default:
      throw new UsageError(`--authmethod must be anonymous, ticket, wampcra or cryptosign, got ${JSON.stringify(method)}`);
  }
}
