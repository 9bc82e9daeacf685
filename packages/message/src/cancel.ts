/**
 * CANCEL `[49, CALL.Request|id, Options|dict]`: a caller cancels a pending call (Advanced Profile, "Call Canceling").
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

/** `CANCEL.Options` as on the wire. */
export interface CancelOptionsDict {
  /** `skip`, `kill` or `killnowait`; the dealer picks when absent. */
  mode?: 'skip' | 'kill' | 'killnowait';
  /** Autobahn/Crossbar.io router-to-router links. */
  forward_for?: ForwardForEntry[];
  [key: string]: unknown;
}

/** Fields of a {@link Cancel}. */
export interface CancelInit {
  /** The CALL request to cancel. */
  request: number;
  /** @default {} */
  options?: CancelOptionsDict | undefined;
}

const OPTIONS: OptionSpec = { mode: ['skip', 'kill', 'killnowait'], forward_for: FORWARD_FOR };

/** CANCEL: a caller cancels a pending call. */
export class Cancel extends BaseMessage {
  static readonly MESSAGE_TYPE = 49;
  get MESSAGE_TYPE(): 49 {
    return 49;
  }
  request: number;
  options: CancelOptionsDict;

  constructor(init: CancelInit) {
    super();
    this.request = init.request;
    this.options = init.options ?? {};
  }

  /**
   * Validates a CANCEL list and builds the message.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Cancel {
    checkShape(wmsg, 49, 'CANCEL', 3, 3);
    const request = checkId(wmsg[1], 'CANCEL.Request');
    const options = checkDict(wmsg[2], 'CANCEL.Options');
    checkOptions(options, OPTIONS, 'CANCEL.Options');
    return new Cancel({ request, options });
  }

  marshal(): unknown[] {
    return [49, this.request, this.options];
  }
}
