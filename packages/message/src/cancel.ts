/**
 * CANCEL `[49, CALL.Request|id, Options|dict]` (Advanced Profile, "Call Canceling"): a caller cancels a pending call.
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { checkId } from './check-id.js';
import { checkDict } from './check-fields.js';
import { checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import { checkShape } from './check-shape.js';

/** `CANCEL.Options` as on the wire. */
export interface CancelOptionsDict {
  /** `skip`, `kill` or `killnowait`. */
  mode?: 'skip' | 'kill' | 'killnowait';
  [key: string]: unknown;
}

/** Fields of a {@link Cancel}. */
export interface CancelInit {
  request: number;
  options?: CancelOptionsDict | undefined;
}

const OPTIONS: OptionSpec = { mode: ['skip', 'kill', 'killnowait'] };

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

  /** @throws {ProtocolError} when `wmsg` is not a valid CANCEL. */
  static parse(wmsg: readonly unknown[]): Cancel {
    checkShape(wmsg, 49, 'CANCEL', 3, 3);
    const options = checkDict(wmsg[2], 'CANCEL.Options');
    checkOptions(options, OPTIONS, 'CANCEL.Options');
    return new Cancel({ request: checkId(wmsg[1], 'CANCEL.Request'), options });
  }

  marshal(): unknown[] {
    return [49, this.request, this.options];
  }
}
