/** The part of fox-wamp (untyped CommonJS) the interop tests use. */
declare module 'fox-wamp' {
  import type { AddressInfo } from 'node:net';

  interface FoxServer {
    address(): AddressInfo;
    close(callback?: () => void): void;
    readonly clients: Set<{ terminate(): void }>;
  }

  class FoxRouter {
    /** Starts a WAMP (JSON over WebSocket) listener; options go to ws's WebSocketServer. */
    listenWAMP(options: { port: number; host?: string; path?: string }): FoxServer;
  }

  // Node (and jest) hand an ES import of this CommonJS module its module.exports as the default.
  // eslint-disable-next-line import-x/no-default-export -- describes an existing CommonJS module
  export default FoxRouter;
}
