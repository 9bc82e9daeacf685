/**
 * YIELD `[70, INVOCATION.Request|id, Options|dict, (Arguments|list, (ArgumentsKw|dict))]`
 * (Basic Profile, "Calling and Invocations"; Advanced Profile, "Progressive Call Results").
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { checkId } from './check-id.js';
import { checkDict } from './check-fields.js';
import { PASSTHRU_SPEC, checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import { checkShape } from './check-shape.js';
import type { PassthruKeys, PayloadFields } from './payload.js';
import { isPassthru, readPayload, writePayload } from './payload.js';

/** `YIELD.Options` as on the wire. */
export interface YieldOptionsDict extends PassthruKeys {
  /** A progressive result: more YIELDs for this invocation follow. */
  progress?: boolean;
  [key: string]: unknown;
}

/** Fields of a {@link Yield}. */
export interface YieldInit extends PayloadFields {
  request: number;
  options?: YieldOptionsDict | undefined;
}

const OPTIONS: OptionSpec = {
  ...PASSTHRU_SPEC,
  progress: 'bool',
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
  kwargs: Record<string, unknown> | undefined;
  payload: Uint8Array | undefined;

  constructor(init: YieldInit) {
    super();
    this.request = init.request;
    this.options = init.options ?? {};
    this.args = init.args;
    this.kwargs = init.kwargs;
    this.payload = init.payload;
  }

  /** @throws {ProtocolError} when `wmsg` is not a valid YIELD. */
  static parse(wmsg: readonly unknown[]): Yield {
    checkShape(wmsg, 70, 'YIELD', 3, 5);
    const options = checkDict(wmsg[2], 'YIELD.Options');
    checkOptions(options, OPTIONS, 'YIELD.Options');
    return new Yield({
      request: checkId(wmsg[1], 'YIELD.Request'),
      options,
      ...readPayload(wmsg, 3, 'YIELD', isPassthru(options)),
    });
  }

  marshal(): unknown[] {
    return writePayload([70, this.request, this.options], this);
  }
}
