/**
 * INTERRUPT `[69, INVOCATION.Request|id, Options|dict]`: the dealer tells a callee to stop an
 * invocation (Advanced Profile, "Call Canceling").
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { checkDict } from './check-dict.js';
import { checkId } from './check-id.js';
import { checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import { checkShape } from './check-shape.js';
import type { ForwardForEntry } from './forward-for.js';
import { FORWARD_FOR } from './forward-for.js';

/** `INTERRUPT.Options` as on the wire. */
export interface InterruptOptionsDict {
  /** `kill` or `killnowait` (a `skip` cancel never reaches the callee). */
  mode?: 'kill' | 'killnowait';
  /** Autobahn/Crossbar.io: why, as an error URI (`wamp.error.canceled`, `wamp.error.timeout`). */
  reason?: string;
  /** Autobahn/Crossbar.io router-to-router links. */
  forward_for?: ForwardForEntry[];
  [key: string]: unknown;
}

/** Fields of an {@link Interrupt}. */
export interface InterruptInit {
  /** The INVOCATION request to stop. */
  request: number;
  /** @default {} */
  options?: InterruptOptionsDict | undefined;
}

const OPTIONS: OptionSpec = { mode: ['kill', 'killnowait'], reason: 'uri', forward_for: FORWARD_FOR };

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

  /**
   * Validates an INTERRUPT list and builds the message.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Interrupt {
    checkShape(wmsg, 69, 'INTERRUPT', 3, 3);
    const request = checkId(wmsg[1], 'INTERRUPT.Request');
    const options = checkDict(wmsg[2], 'INTERRUPT.Options');
    checkOptions(options, OPTIONS, 'INTERRUPT.Options');
    return new Interrupt({ request, options });
  }

  marshal(): unknown[] {
    return [69, this.request, this.options];
  }
}
