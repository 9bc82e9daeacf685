/**
 * HELLO `[1, Realm|uri, Details|dict]`: a client asks to join a realm (Basic Profile, "Session Establishment").
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { checkDict } from './check-fields.js';
import { checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import { checkRoles } from './check-roles.js';
import { checkShape } from './check-shape.js';
import { checkUri } from './check-uri.js';

/** `HELLO.Details` as on the wire. */
export interface HelloDetails {
  /** Roles the client plays (`caller`, `callee`, `publisher`, `subscriber`), each `{features?: {...}}`. */
  roles: Record<string, { features?: Record<string, unknown>; [key: string]: unknown }>;
  authmethods?: string[];
  authid?: string;
  authrole?: string;
  authextra?: Record<string, unknown>;
  agent?: string;
  resumable?: boolean;
  'resume-session'?: number;
  'resume-token'?: string;
  [key: string]: unknown;
}

/** Fields of a {@link Hello}. */
export interface HelloInit {
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

  /** @throws {ProtocolError} when `wmsg` is not a valid HELLO (a roles dict naming at least one client role is required). */
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
