/**
 * YIELD `[70, INVOCATION.Request|id, Options|dict, (Arguments|list, (ArgumentsKw|dict))]`
 * (Basic Profile, "Calling and Invocations"; Advanced Profile, "Progressive Call Results").
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import type { Dict } from './check-dict.js';
import { checkDict } from './check-dict.js';
import { checkId } from './check-id.js';
import { checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import { checkShape } from './check-shape.js';
import type { ForwardForEntry } from './forward-for.js';
import { FORWARD_FOR } from './forward-for.js';
import type { PassthruKeys } from './passthru.js';
import { PASSTHRU_SPEC, isPassthru } from './passthru.js';
import type { PayloadFields } from './payload-fields.js';
import { checkPayloadInit, readPayload, writePayload } from './read-payload.js';

/** `YIELD.Options` as on the wire. */
export interface YieldOptionsDict extends PassthruKeys {
  /** Progressive Call Results: more YIELDs for this invocation follow. */
  progress?: boolean;
  /** Autobahn/Crossbar.io: the answering callee, for the dealer to disclose. */
  callee?: number;
  callee_authid?: string;
  callee_authrole?: string;
  forward_for?: ForwardForEntry[];
  [key: string]: unknown;
}

/** Fields of a {@link Yield}. */
export interface YieldInit extends PayloadFields {
  /** The INVOCATION request answered. */
  request: number;
  /** @default {} */
  options?: YieldOptionsDict | undefined;
}

const OPTIONS: OptionSpec = {
  ...PASSTHRU_SPEC,
  progress: 'bool',
  callee: 'id',
  callee_authid: 'string',
  callee_authrole: 'string',
  forward_for: FORWARD_FOR,
};

/** YIELD: a callee returns the (final or progressive) result of an invocation to the dealer. */
export class Yield extends BaseMessage {
  static readonly MESSAGE_TYPE = 70;
  get MESSAGE_TYPE(): 70 {
    return 70;
  }
  request: number;
  options: YieldOptionsDict;
  args: unknown[] | undefined;
  kwargs: Dict | undefined;
  payload: Uint8Array | undefined;

  /** @throws {TypeError} when `init.payload` is set without a passthru key in `options`, or together with args/kwargs. */
  constructor(init: YieldInit) {
    super();
    this.request = init.request;
    this.options = init.options ?? {};
    this.args = init.args;
    this.kwargs = init.kwargs;
    this.payload = init.payload;
    checkPayloadInit(init, this.options, 'Yield', 'options');
  }

  /**
   * Validates a YIELD list and builds the message.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Yield {
    checkShape(wmsg, 70, 'YIELD', 3, 5);
    const request = checkId(wmsg[1], 'YIELD.Request');
    const options = checkDict(wmsg[2], 'YIELD.Options');
    checkOptions(options, OPTIONS, 'YIELD.Options');
    const y = new Yield({ request, options });
    readPayload(y, wmsg, 3, 'YIELD', isPassthru(options));
    return y;
  }

  marshal(): unknown[] {
    return writePayload([70, this.request, this.options], this);
  }
}
