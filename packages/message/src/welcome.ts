/**
 * WELCOME `[2, Session|id, Details|dict]`: the router accepts a client (Basic Profile, "Session Establishment").
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { checkId } from './check-id.js';
import { checkDict } from './check-dict.js';
import { checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import type { RoleDetails } from './check-roles.js';
import { checkRoles } from './check-roles.js';
import { checkShape } from './check-shape.js';

/** `WELCOME.Details` as on the wire. */
export interface WelcomeDetails {
  /** Roles the router plays (`broker`, `dealer`), at least one. */
  roles: Record<string, RoleDetails>;
  /** The realm joined. */
  realm?: string;
  authid?: string;
  authrole?: string;
  authmethod?: string;
  authprovider?: string;
  /** Method-specific data (cryptosign router `pubkey`/`signature`, SCRAM `verifier`, …). */
  authextra?: Record<string, unknown>;
  /** Implementation name and version. */
  agent?: string;
  /** Session resumption (draft). */
  resumed?: boolean;
  resumable?: boolean;
  'resume-token'?: string;
  [key: string]: unknown;
}

/** Fields of a {@link Welcome}. */
export interface WelcomeInit {
  /** The new session's ID (global scope). */
  session: number;
  details: WelcomeDetails;
}

const DETAILS: OptionSpec = {
  roles: 'dict',
  realm: 'uri',
  authid: 'string',
  authrole: 'string',
  authmethod: 'string',
  authprovider: 'string',
  authextra: 'dict',
  agent: 'string',
  resumed: 'bool',
  resumable: 'bool',
  'resume-token': 'string',
};

const ROUTER_ROLES = ['broker', 'dealer'];

/** WELCOME: the router accepts a client into a realm. */
export class Welcome extends BaseMessage {
  static readonly MESSAGE_TYPE = 2;
  get MESSAGE_TYPE(): 2 {
    return 2;
  }
  session: number;
  details: WelcomeDetails;

  constructor(init: WelcomeInit) {
    super();
    this.session = init.session;
    this.details = init.details;
  }

  /**
   * Validates a WELCOME list and builds the message; `Details.roles` must name `broker` or `dealer`.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Welcome {
    checkShape(wmsg, 2, 'WELCOME', 3, 3);
    const session = checkId(wmsg[1], 'WELCOME.Session');
    const details = checkDict(wmsg[2], 'WELCOME.Details');
    checkOptions(details, DETAILS, 'WELCOME.Details');
    checkRoles(details, ROUTER_ROLES, 'WELCOME.Details');
    return new Welcome({ session, details: details as WelcomeDetails });
  }

  marshal(): unknown[] {
    return [2, this.session, this.details];
  }
}
