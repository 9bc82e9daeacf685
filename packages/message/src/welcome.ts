/**
 * WELCOME `[2, Session|id, Details|dict]`: the router accepts a client (Basic Profile, "Session Establishment").
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { checkId } from './check-id.js';
import { checkDict } from './check-fields.js';
import { checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import { checkRoles } from './check-roles.js';
import { checkShape } from './check-shape.js';

/** `WELCOME.Details` as on the wire. */
export interface WelcomeDetails {
  /** Roles the router plays (`broker`, `dealer`), each `{features?: {...}}`. */
  roles: Record<string, { features?: Record<string, unknown>; [key: string]: unknown }>;
  realm?: string;
  authid?: string;
  authrole?: string;
  authmethod?: string;
  authprovider?: string;
  authextra?: Record<string, unknown>;
  agent?: string;
  resumed?: boolean;
  resumable?: boolean;
  'resume-token'?: string;
  [key: string]: unknown;
}

/** Fields of a {@link Welcome}. */
export interface WelcomeInit {
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

  /** @throws {ProtocolError} when `wmsg` is not a valid WELCOME (a roles dict naming `broker` or `dealer` is required). */
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
