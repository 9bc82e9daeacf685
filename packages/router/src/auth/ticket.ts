/**
 * Ticket authentication (Advanced Profile, "Ticket-based Authentication") with static principals.
 *
 * @module
 */
import { WAMP_ERROR } from '@wamp/interfaces';
import type { AuthOutcome, RouterAuthMethod } from './auth-method.js';
import { deny, welcome } from './auth-method.js';
import type { TicketAuthOptions, TicketPrincipal } from './auth-options.js';
import { randomToken, timingSafeEqual } from './wampcra-crypto.js';

/**
 * The ticket method: challenges `[4, "ticket", {}]` and compares the AUTHENTICATE signature with
 * the principal's ticket in constant time. An unknown authid is challenged like a known one and
 * fails the same way, so the answer does not reveal which authids exist.
 */
export function ticketAuth(options: TicketAuthOptions): RouterAuthMethod {
  const { principals } = options;
  // Compared against when the authid is unknown, so both paths do the same work.
  const decoy = randomToken(24);
  return {
    authmethod: 'ticket',
    async hello(request): Promise<AuthOutcome> {
      const authid = request.authid;
      if (authid === undefined) return deny(WAMP_ERROR.AUTHENTICATION_FAILED, 'ticket authentication needs HELLO.Details.authid');
      const principal: TicketPrincipal | undefined = Object.hasOwn(principals, authid) ? principals[authid] : undefined;
      return {
        kind: 'challenge',
        extra: {},
        async authenticate(signature): Promise<AuthOutcome> {
          const matches = timingSafeEqual(signature, principal?.ticket ?? decoy);
          if (principal === undefined || !matches) return deny(WAMP_ERROR.AUTHENTICATION_FAILED, 'invalid authid or ticket');
          return welcome({ authid, authrole: principal.role, authmethod: 'ticket', authprovider: 'static', realm: principal.realm });
        },
      };
    },
  };
}
