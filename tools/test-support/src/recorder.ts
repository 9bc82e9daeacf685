/** A recording transport handler with promises for its events, so tests wait on events, never sleep. */
import type { IMessage, ITransport, ITransportHandler, TransportCloseInfo } from '@wamp/interfaces';

export interface Recorder extends ITransportHandler {
  readonly messages: unknown[][];
  readonly closes: { wasClean: boolean; info: TransportCloseInfo | undefined }[];
  transport: ITransport | undefined;
  /** Resolves once `n` messages have arrived. */
  received(n: number): Promise<unknown[][]>;
  /** Resolves with the close once it happened. */
  closed(): Promise<{ wasClean: boolean; info: TransportCloseInfo | undefined }>;
}

export function recorder(onMessage?: (m: IMessage, t: ITransport) => void): Recorder {
  const waiters: (() => void)[] = [];
  const poke = () => waiters.splice(0).forEach((w) => w());
  const r: Recorder = {
    messages: [],
    closes: [],
    transport: undefined,
    onOpen(t) {
      r.transport = t;
    },
    onMessage(m) {
      r.messages.push(m.marshal());
      onMessage?.(m, r.transport!);
      poke();
    },
    onClose(wasClean, info) {
      r.closes.push({ wasClean, info });
      poke();
    },
    received: (n) => until(() => r.messages.length >= n).then(() => r.messages),
    closed: () => until(() => r.closes.length > 0).then(() => r.closes[0]!),
  };
  function until(test: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = () => (test() ? resolve() : waiters.push(check));
      check();
    });
  }
  return r;
}
