/**
 * A scripted peer for transport tests: answers HELLO with WELCOME and GOODBYE with GOODBYE, so a
 * real WAMP client completes the session handshake over a transport without a router.
 */
import type { ITransport, ITransportHandler } from '@wamp/interfaces';
import { Goodbye, Hello, Welcome } from '@wamp/message';

export interface Responder extends ITransportHandler {
  /** The realms of the HELLOs answered, in order. */
  readonly joined: string[];
  /** GOODBYE reasons received. */
  readonly goodbyes: string[];
}

export function helloResponder(): Responder {
  let transport: ITransport | undefined;
  const r: Responder = {
    joined: [],
    goodbyes: [],
    onOpen: (t) => (transport = t),
    onMessage(m) {
      if (m instanceof Hello) {
        r.joined.push(m.realm);
        transport!.send(
          new Welcome({
            session: 1 + Math.floor(Math.random() * 2 ** 52),
            details: { realm: m.realm, authid: 'anonymous', authrole: 'anonymous', authmethod: 'anonymous', authprovider: 'static', roles: { broker: {}, dealer: {} } },
          }),
        );
      } else if (m instanceof Goodbye) {
        r.goodbyes.push(m.reason);
        transport!.send(new Goodbye({ reason: 'wamp.close.goodbye_and_out' }));
      }
    },
    onClose: () => {},
  };
  return r;
}
