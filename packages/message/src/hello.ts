/**
 * HELLO `[1, Realm|uri, Details|dict]`: a client asks to join a realm (Basic Profile, "Session Establishment").
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { checkDict } from './check-dict.js';
import { checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import type { RoleDetails } from './check-roles.js';
import { checkRoles } from './check-roles.js';
import { checkShape } from './check-shape.js';
import { checkUri } from './check-uri.js';

/** `HELLO.Details` as on the wire. */
export interface HelloDetails {
  /** Roles the client plays (`caller`, `callee`, `publisher`, `subscriber`), at least one. */
  roles: Record<string, RoleDetails>;
  /** Authentication methods the client offers, in order of preference. */
  authmethods?: string[];
  authid?: string;
  authrole?: string;
  /** Method-specific data (cryptosign `pubkey`, SCRAM `nonce`, …). */
  authextra?: Record<string, unknown>;
  /** Implementation name and version. */
  agent?: string;
  /** Session resumption (draft). */
  resumable?: boolean;
  'resume-session'?: number;
  'resume-token'?: string;
  [key: string]: unknown;
}

/** Fields of a {@link Hello}. */
export interface HelloInit {
  /** The realm to join. */
  realm: string;
  details: HelloDetails;
}

const DETAILS: OptionSpec = {
  roles: 'dict',
  authmethods: 'stringList',
  authid: 'string',
  authrole: 'string',
  authextra: 'dict',
  agent: 'string',
  resumable: 'bool',
  'resume-session': 'id',
  'resume-token': 'string',
};

const CLIENT_ROLES = ['caller', 'callee', 'publisher', 'subscriber'];

/** HELLO: a client asks to join a realm. */
export class Hello extends BaseMessage {
  static readonly MESSAGE_TYPE = 1;
  get MESSAGE_TYPE(): 1 {
    return 1;
  }
  realm: string;
  details: HelloDetails;

  constructor(init: HelloInit) {
    super();
    this.realm = init.realm;
    this.details = init.details;
  }

  /**
   * Validates a HELLO list and builds the message. The realm must be a URI (the resumption
   * draft's `null` realm is refused); `Details.roles` must name at least one client role.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Hello {
    checkShape(wmsg, 1, 'HELLO', 3, 3);
    const realm = checkUri(wmsg[1], 'HELLO.Realm');
    const details = checkDict(wmsg[2], 'HELLO.Details');
    checkOptions(details, DETAILS, 'HELLO.Details');
    checkRoles(details, CLIENT_ROLES, 'HELLO.Details');
    return new Hello({ realm, details: details as HelloDetails });
  }

  marshal(): unknown[] {
    return [1, this.realm, this.details];
  }
}
