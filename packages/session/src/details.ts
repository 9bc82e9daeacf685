/**
 * The wire's `Details` dicts (WELCOME, INVOCATION, EVENT) as the API's camelCase objects.
 *
 * @module
 */
import type { CallDetails, EventDetails, SessionDetails, TransportDetails } from '@wamp/interfaces';

type Dict = Readonly<Record<string, unknown>>;

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
const dict = (value: unknown): Dict | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Dict) : undefined;

/** `SessionDetails` of a WELCOME for `realm`. */
export function sessionDetails(realm: string, session: number, details: Dict, transport: TransportDetails | undefined): SessionDetails {
  return {
    realm: str(details['realm']) ?? realm,
    session,
    authid: str(details['authid']),
    authrole: str(details['authrole']),
    authmethod: str(details['authmethod']),
    authprovider: str(details['authprovider']),
    authextra: dict(details['authextra']),
    serializer: transport?.channelSerializer,
    transport,
    routerRoles: dict(details['roles']) ?? {},
    resumed: details['resumed'] === true,
    resumable: details['resumable'] === true,
    resumeToken: str(details['resume_token']) ?? str(details['resume-token']),
  };
}

/** `CallDetails` of an INVOCATION on `registration`. */
export function callDetails(
  registration: number,
  details: Dict,
  progress: CallDetails['progress'],
  running: { readonly signal: AbortSignal },
  input?: CallDetails['input'],
): CallDetails {
  return {
    registration,
    procedure: str(details['procedure']),
    caller: num(details['caller']),
    callerAuthid: str(details['caller_authid']),
    callerAuthrole: str(details['caller_authrole']),
    progress,
    input,
    // Made on first use only (see RunningInvocation).
    get signal() {
      return running.signal;
    },
  };
}

/** `EventDetails` of an EVENT. */
export function eventDetails(subscription: number, publication: number, details: Dict): EventDetails {
  return {
    subscription,
    publication,
    topic: str(details['topic']),
    publisher: num(details['publisher']),
    publisherAuthid: str(details['publisher_authid']),
    publisherAuthrole: str(details['publisher_authrole']),
    retained: details['retained'] === true,
  };
}
