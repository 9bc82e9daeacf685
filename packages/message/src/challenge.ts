/**
 * CHALLENGE `[4, AuthMethod|string, Extra|dict]`: the router asks the client to authenticate
 * (Advanced Profile, "Authentication").
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import type { Dict } from './check-dict.js';
import { checkDict } from './check-dict.js';
import { checkString } from './check-fields.js';
import { checkShape } from './check-shape.js';

/** Fields of a {@link Challenge}. */
export interface ChallengeInit {
  /** The authentication method, e.g. `ticket`, `wampcra`, `cryptosign`, `scram`. */
  authMethod: string;
  /** Method-specific data (`challenge`, `salt`, `channel_binding`, …). @default {} */
  extra?: Dict | undefined;
}

/** CHALLENGE: the router asks the client to authenticate with one method. */
export class Challenge extends BaseMessage {
  static readonly MESSAGE_TYPE = 4;
  get MESSAGE_TYPE(): 4 {
    return 4;
  }
  authMethod: string;
  extra: Dict;

  constructor(init: ChallengeInit) {
    super();
    this.authMethod = init.authMethod;
    this.extra = init.extra ?? {};
  }

  /**
   * Validates a CHALLENGE list and builds the message.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Challenge {
    checkShape(wmsg, 4, 'CHALLENGE', 3, 3);
    return new Challenge({
      authMethod: checkString(wmsg[1], 'CHALLENGE.AuthMethod'),
      extra: checkDict(wmsg[2], 'CHALLENGE.Extra'),
    });
  }

  marshal(): unknown[] {
    return [4, this.authMethod, this.extra];
  }
}
