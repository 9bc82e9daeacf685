/**
 * An in-memory loopback transport, written only against `@wamp/interfaces`: the worked example
 * of the transport plugin story, and a transport for tests that need no sockets.
 *
 * @packageDocumentation
 */
export { listenMemory } from './listen-memory.js';
export type { ListenMemoryOptions, MemoryListener } from './listen-memory.js';
export { MemoryTransport } from './memory-transport.js';
