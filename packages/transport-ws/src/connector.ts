/**
 * The connector object both builds return: validates arguments once, connects on demand.
 *
 * @module
 */
import type { ITransport, ITransportConnector, ITransportHandler } from '@wamp/interfaces';
import type { WebSocketOptions } from './options.js';
import { subprotocol } from './options.js';

/**
 * Builds the reusable connector for `url`.
 *
 * @throws {TypeError} for a URL that is not ws:// or wss://, or an empty serializer list.
 */
export function connectorFor(
  url: string,
  options: WebSocketOptions,
  connect: (handler: ITransportHandler, signal: AbortSignal) => Promise<ITransport>,
): ITransportConnector {
  if (!/^wss?:\/\//i.test(url)) throw new TypeError(`webSocket: url must start with ws:// or wss://, got ${JSON.stringify(url)}`);
  if (!options?.serializers?.length) throw new TypeError('webSocket: options.serializers must name at least one serializer');
  return {
    description: `${url} (${options.serializers.map(subprotocol).join(', ')})`,
    connect: (handler, { signal }) => connect(handler, signal),
  };
}
