/**
 * INTERRUPT `[69, INVOCATION.Request|id, Options|dict]` (Advanced Profile, "Call Canceling"): the dealer tells a callee to stop an invocation.
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { checkId } from './check-id.js';
import { checkDict } from './check-fields.js';
import { checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import { checkShape } from './check-shape.js';

/** `INTERRUPT.Options` as on the wire. */
export interface InterruptOptionsDict {
  /** `skip`, `kill` or `killnowait`. */
  mode?: 'skip' | 'kill' | 'killnowait';
  /** Why the invocation is interrupted (e.g. `wamp.error.canceled`, `wamp.error.timeout`). */
  reason?: string;
  [key: string]: unknown;
}

/** Fields of a {@link Interrupt}. */
export interface InterruptInit {
  request: number;
  options?: InterruptOptionsDict | undefined;
}

const OPTIONS: OptionSpec = { mode: ['skip', 'kill', 'killnowait'], reason: 'string' };

/** INTERRUPT: the dealer tells a callee to stop an invocation. */
export class Interrupt extends BaseMessage {
  static readonly MESSAGE_TYPE = 69;
  get MESSAGE_TYPE(): 69 {
    return 69;
  }
  request: number;
  options: InterruptOptionsDict;

  constructor(init: InterruptInit) {
    super();
    this.request = init.request;
    this.options = init.options ?? {};
  }

  /** @throws {ProtocolError} when `wmsg` is not a valid INTERRUPT. */
  static parse(wmsg: readonly unknown[]): Interrupt {
    checkShape(wmsg, 69, 'INTERRUPT', 3, 3);
    const options = checkDict(wmsg[2], 'INTERRUPT.Options');
    checkOptions(options, OPTIONS, 'INTERRUPT.Options');
    return new Interrupt({ request: checkId(wmsg[1], 'INTERRUPT.Request'), options });
  }

  marshal(): unknown[] {
    return [69, this.request, this.options];
  }
}
