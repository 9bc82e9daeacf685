/**
 * `listenMemory`: the server side of the loopback, and the connector that reaches it.
 *
 * @module
 */
import type { ISerializer, ITransportConnector, ITransportListener, TransportHandlerFactory } from '@wamp/interfaces';
import { TransportLost } from '@wamp/interfaces';
import { MemoryTransport } from './memory-transport.js';

/** Options of {@link listenMemory}. */
export interface ListenMemoryOptions {
  /** The serializer both ends use. */
  serializer: ISerializer;
  /** Creates the handler of each accepted connection. */
  handlerFactory: TransportHandlerFactory;
  /** Largest message in octets; a larger one is refused at `send`. @default 16777216 */
  maxMessageSize?: number | undefined;
}

/** A loopback listener plus the connector that reaches it. */
export interface MemoryListener extends ITransportListener {
  /** Connects a client to this listener. */
  readonly connector: ITransportConnector;
}

/**
 * Accepts in-memory connections: each `connector.connect(handler)` opens a pair whose server end
 * gets `handlerFactory()`.
 */
export function listenMemory(options: ListenMemoryOptions): MemoryListener {
  const max = options.maxMessageSize ?? 16 * 1024 * 1024;
  const open = new Set<MemoryTransport>();
  let closed = false;
  return {
    address: { kind: 'tcp', url: 'memory://loopback' },
    connector: {
      description: 'memory://loopback',
      async connect(handler, { signal }) {
        if (signal.aborted) throw signal.reason;
        if (closed) throw new TransportLost('memory listener is closed');
        const client = new MemoryTransport(options.serializer, handler, false, max);
        const server = new MemoryTransport(options.serializer, options.handlerFactory(), true, max);
        client.peer = server;
        server.peer = client;
        open.add(server);
        server.open();
        client.open();
        return client;
      },
    },
    async close() {
      closed = true;
      for (const t of open) t.close();
      open.clear();
    },
  };
}
