/**
 * UNREGISTER `[66, Request|id, REGISTERED.Registration|id]` (Basic Profile, "Registering and
 * Unregistering"), or `[66, Request|id, Registration|id, Options|dict]` as Autobahn|Python and
 * Crossbar.io write it between routers (`forward_for`).
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

/** `UNREGISTER.Options` (an Autobahn|Python extension) as on the wire. */
export interface UnregisterOptionsDict {
  /** Autobahn/Crossbar.io router-to-router links. */
  forward_for?: ForwardForEntry[];
  [key: string]: unknown;
}

/** Fields of an {@link Unregister}. */
export interface UnregisterInit {
  request: number;
  /** The registration to end. */
  registration: number;
  /** Only for router-to-router links; absent (the default) gives the spec's three-element form. */
  options?: UnregisterOptionsDict | undefined;
}

const OPTIONS: OptionSpec = { forward_for: FORWARD_FOR };

/** UNREGISTER: a callee withdraws a registration. */
export class Unregister extends BaseMessage {
  static readonly MESSAGE_TYPE = 66;
  get MESSAGE_TYPE(): 66 {
    return 66;
  }
  request: number;
  registration: number;
  options: UnregisterOptionsDict | undefined;

  constructor(init: UnregisterInit) {
    super();
    this.request = init.request;
    this.registration = init.registration;
    this.options = init.options;
  }

  /**
   * Validates an UNREGISTER list and builds the message.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Unregister {
    checkShape(wmsg, 66, 'UNREGISTER', 3, 4);
    const request = checkId(wmsg[1], 'UNREGISTER.Request');
    const registration = checkId(wmsg[2], 'UNREGISTER.Registration');
    if (wmsg.length === 3) return new Unregister({ request, registration });
    const options = checkDict(wmsg[3], 'UNREGISTER.Options');
    checkOptions(options, OPTIONS, 'UNREGISTER.Options');
    return new Unregister({ request, registration, options });
  }

  marshal(): unknown[] {
    return this.options === undefined
      ? [66, this.request, this.registration]
      : [66, this.request, this.registration, this.options];
  }
}
