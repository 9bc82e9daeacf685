/**
 * The records the dealer and broker keep: registrations, subscriptions, calls in flight, and
 * the view of a session they route to (a {@link Peer}).
 *
 * @module
 */
import type { IMessage } from '@wamp/interfaces';

/** Match policy of a registration or subscription (Advanced Profile, "Pattern-based …"). */
export type MatchPolicy = 'exact' | 'prefix' | 'wildcard';

/** Invocation policy of a registration (Advanced Profile, "Shared Registration"). */
export type InvokePolicy = 'single' | 'roundrobin' | 'random' | 'first' | 'last';

/**
 * Why a message could not be sent: the transport is gone (`lost`), the encoded message exceeds
 * what the peer accepts (`too-large`), or its payload cannot be encoded in the peer's format
 * (`unencodable`).
 */
export type SendFailure = 'lost' | 'too-large' | 'unencodable';

/** A session as the dealer and broker see it: identity, outbox and routing bookkeeping. */
export interface Peer {
  /** The WAMP session ID. */
  readonly sessionId: number;
  /** The authenticated identity. */
  readonly authid: string;
  /** The role the session was granted. */
  readonly authrole: string;
  /** Sends `message`; returns why it could not be sent, or `undefined` when it was. Never throws. */
  send(message: IMessage): SendFailure | undefined;
  /** Registrations this session is a callee of. */
  readonly registrations: Set<Registration>;
  /** Subscriptions this session is a subscriber of. */
  readonly subscriptions: Set<Subscription>;
  /** Invocations sent to this session (as callee) and not answered yet, by INVOCATION.Request. */
  readonly invocations: Map<number, PendingCall>;
  /** Calls made by this session (as caller) and not answered yet, by CALL.Request. */
  readonly calls: Map<number, PendingCall>;
  /** The next INVOCATION.Request to send this session (session scope, router-to-client direction). */
  nextInvocationRequest(): number;
  /** True when the client announced `feature` for `role` in HELLO (Advanced Profile features). */
  supports(role: string, feature: string): boolean;
  /** The session as the session meta API describes it (`wamp.session.get`, `on_join`). */
  describe(): Record<string, unknown>;
  /** Ends the session with GOODBYE `reason` (the session meta API's `kill`). */
  kill(reason: string, message: string): void;
}

/** One procedure registration: the URI pattern, its policies, and its callees. */
export interface Registration {
  /** Router-scope registration ID. */
  readonly id: number;
  /** The procedure URI (or pattern). */
  readonly uri: string;
  readonly match: MatchPolicy;
  readonly invoke: InvokePolicy;
  /** When the registration was created (ISO 8601 UTC, as the registration meta API reports it). */
  readonly created: string;
  /** The callees, in registration order (one for `single`). */
  readonly callees: Peer[];
  /** A callee asked for every caller to be disclosed (`REGISTER.Options.disclose_caller`). */
  discloseCaller: boolean;
}

/** One subscription: a topic (or pattern) and every session subscribed to it, sharing one ID. */
export interface Subscription {
  /** Router-scope subscription ID, shared by all subscribers of (uri, match). */
  readonly id: number;
  /** The topic URI (or pattern). */
  readonly uri: string;
  readonly match: MatchPolicy;
  /** When the subscription was created (ISO 8601 UTC). */
  readonly created: string;
  /** The subscribers, in subscription order. */
  readonly subscribers: Set<Peer>;
}

/** A CALL the dealer forwarded as an INVOCATION and whose answer is still due. */
export interface PendingCall {
  /** The caller; `undefined` once it left (its result is then dropped). */
  caller: Peer | undefined;
  /** CALL.Request, mirrored in the RESULT or ERROR to the caller. */
  readonly callRequest: number;
  /** The callee the INVOCATION went to. */
  readonly callee: Peer;
  /** INVOCATION.Request, mirrored in the callee's YIELD or ERROR. */
  readonly invocationRequest: number;
  /** The registration the call was routed through. */
  readonly registration: Registration;
  /** The procedure the CALL named (a continuation CALL must name it again). */
  readonly procedure: string;
  /** A progressive call invocation whose caller has not sent its final CALL yet. */
  inputOpen?: boolean | undefined;
  /** The caller asked for progressive results and the callee can send them. */
  readonly progress?: boolean | undefined;
  /** The caller canceled with mode `kill`: the callee's final answer becomes ERROR canceled. */
  killed?: boolean | undefined;
  /** The dealer's timer for `CALL.Options.timeout`, while it runs. */
  timer?: ReturnType<typeof setTimeout> | undefined;
}
