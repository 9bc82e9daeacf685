/**
 * AUTHENTICATE `[5, Signature|string, Extra|dict]`: the client answers a CHALLENGE
 * (Advanced Profile, "Authentication").
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import type { Dict } from './check-dict.js';
import { checkDict } from './check-dict.js';
import { checkString } from './check-fields.js';
import { checkShape } from './check-shape.js';

/** Fields of an {@link Authenticate}. */
export interface AuthenticateInit {
  /** The method's answer: ticket, HMAC, signature, proof. */
  signature: string;
  /** Method-specific data (SCRAM `nonce`, `cbind_data`, …). @default {} */
  extra?: Dict | undefined;
}

/** AUTHENTICATE: the client's answer to a CHALLENGE. */
export class Authenticate extends BaseMessage {
  static readonly MESSAGE_TYPE = 5;
  get MESSAGE_TYPE(): 5 {
    return 5;
  }
  signature: string;
  extra: Dict;

  constructor(init: AuthenticateInit) {
    super();
    this.signature = init.signature;
    this.extra = init.extra ?? {};
  }

  /**
   * Validates an AUTHENTICATE list and builds the message.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Authenticate {
    checkShape(wmsg, 5, 'AUTHENTICATE', 3, 3);
    return new Authenticate({
      signature: checkString(wmsg[1], 'AUTHENTICATE.Signature'),
      extra: checkDict(wmsg[2], 'AUTHENTICATE.Extra'),
    });
  }

  marshal(): unknown[] {
    return [5, this.signature, this.extra];
  }
}
