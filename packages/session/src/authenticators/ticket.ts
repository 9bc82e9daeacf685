/**
 * `TicketAuthenticator`: the `ticket` method, which answers the CHALLENGE with a shared secret.
 *
 * @module
 */
import type { IAuthenticator } from '@wamp/interfaces';

/** Options of {@link TicketAuthenticator}. */
export interface TicketOptions {
  /** The identity the ticket belongs to. */
  authid: string;
  /** The ticket (a password or a token). */
  ticket: string;
  /** Role to ask for, if any. */
  authrole?: string | undefined;
  /** HELLO `authextra`, if the router wants any. */
  authextra?: Readonly<Record<string, unknown>> | undefined;
}

/** Ticket authentication: the AUTHENTICATE signature is the ticket itself. Use it over TLS only. */
export class TicketAuthenticator implements IAuthenticator {
  readonly authmethod = 'ticket';
  readonly authid: string;
  readonly authrole: string | undefined;
  readonly authextra: Readonly<Record<string, unknown>> | undefined;
  readonly #ticket: string;

  constructor(options: TicketOptions) {
    if (typeof options?.ticket !== 'string') throw new TypeError('TicketAuthenticator: options.ticket must be a string');
    if (typeof options.authid !== 'string') throw new TypeError('TicketAuthenticator: options.authid must be a string');
    this.authid = options.authid;
    this.authrole = options.authrole;
    this.authextra = options.authextra;
    this.#ticket = options.ticket;
  }

  onChallenge(): Promise<string> {
    return Promise.resolve(this.#ticket);
  }

  onWelcome(): Promise<string | undefined> {
    return Promise.resolve(undefined);
  }
}
