/**
 * The connector object both builds return: validates arguments once, connects on demand.
 *
 * @module
 */
import type { ITransport, ITransportConnector, ITransportHandler } from '@wamp/interfaces';
import type { WebSocketOptions } from './options.js';
import { subprotocol } from './options.js';

/**
 * Builds the reusable connector for `url`; `schemes` are the URL schemes this build can open.
 *
 * @throws {TypeError} for a URL of another scheme, or an empty serializer list.
 */
export function connectorFor(
  url: string,
  options: WebSocketOptions,
  schemes: readonly string[],
  connect: (handler: ITransportHandler, signal: AbortSignal) => Promise<ITransport>,
): ITransportConnector {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined || !schemes.includes(scheme)) {
    throw new TypeError(`webSocket: url must start with ${schemes.map((s) => `${s}://`).join(' or ')}, got ${JSON.stringify(url)}`);
  }
  if (!options?.serializers?.length) throw new TypeError('webSocket: options.serializers must name at least one serializer');
  return {
    description: `${url} (${options.serializers.map(subprotocol).join(', ')})`,
    connect: (handler, { signal }) => connect(handler, signal),
  };
}

/** The TransportLost message for a server that picked no subprotocol of ours (or none at all). */
export function noCommonSubprotocol(url: string, selected: string | undefined, offered: readonly string[]): string {
  const choice = selected ? `subprotocol "${selected}"` : 'no subprotocol';
  return `${url}: no common serializer: the server selected ${choice}, not one of ${offered.join(', ')}`;
}
