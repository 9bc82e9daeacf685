/**
 * `SessionPeer`: an established session as its message handlers, the dealer and the broker use it.
 *
 * @module
 */
import type { IMessage, ITransport } from '@wamp/interfaces';
import type { AuthIdentity } from './auth/auth-method.js';
import { RequestIdCounter, RequestIdWatermark } from './id.js';
import type { Realm } from './realm.js';
import type { RouterLog } from './router-options.js';
import type { PendingCall, Peer, Registration, SendFailure, Subscription } from './routing-records.js';

const NAMES: Readonly<Record<number, string>> = { 8: 'ERROR', 17: 'PUBLISHED', 33: 'SUBSCRIBED', 35: 'UNSUBSCRIBED', 36: 'EVENT', 50: 'RESULT', 65: 'REGISTERED', 67: 'UNREGISTERED', 68: 'INVOCATION' };

function failureOf(error: unknown): SendFailure {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'ProtocolError') return 'too-large';
  if (name === 'SerializationError') return 'unencodable';
  return 'lost';
}

/**
 * One session between WELCOME and its end: the identity granted, the realm it is attached to,
 * its request-ID bookkeeping in both directions, and what the dealer and broker keep for it.
 */
export class SessionPeer implements Peer {
  readonly registrations = new Set<Registration>();
  readonly subscriptions = new Set<Subscription>();
  readonly invocations = new Map<number, PendingCall>();
  readonly calls = new Map<number, PendingCall>();
  readonly #requests = new RequestIdWatermark();
  readonly #invocationIds = new RequestIdCounter();

  constructor(
    readonly sessionId: number,
    readonly identity: AuthIdentity,
    /** The client's roles and features from HELLO (what Advanced Profile features it supports). */
    readonly clientRoles: Readonly<Record<string, unknown>>,
    readonly realm: Realm,
    readonly log: RouterLog,
    readonly transport: ITransport,
    readonly violation: (message: string) => void,
    private readonly killSession: (reason: string, message: string) => void = () => {},
  ) {}

  describe(): Record<string, unknown> {
    const details = this.transport.transportDetails;
    return {
      session: this.sessionId,
      authid: this.identity.authid,
      authrole: this.identity.authrole,
      authmethod: this.identity.authmethod,
      authprovider: this.identity.authprovider,
      transport: { type: details?.channelFraming, peer: details?.peer, serializer: details?.channelSerializer },
    };
  }

  kill(reason: string, message: string): void {
    this.killSession(reason, message);
  }

  get authid(): string {
    return this.identity.authid;
  }

  supports(role: string, feature: string): boolean {
    const entry = this.clientRoles[role] as { features?: Record<string, unknown> } | undefined;
    return entry?.features?.[feature] === true;
  }

  get authrole(): string {
    return this.identity.authrole;
  }

  send(message: IMessage): SendFailure | undefined {
    try {
      this.transport.send(message);
      return undefined;
    } catch (error) {
      const failure = failureOf(error);
      if (failure !== 'lost') {
        const name = NAMES[message.MESSAGE_TYPE] ?? `message ${message.MESSAGE_TYPE}`;
        this.log('warn', `${name} not delivered to session ${this.sessionId}: ${(error as Error).message}`, error);
      }
      return failure;
    }
  }

  nextInvocationRequest(): number {
    return this.#invocationIds.next(this.invocations);
  }

  /**
   * True when `request` is at or below the last request ID accepted: not a new request, but
   * maybe the continuation of a progressive call invocation (Advanced Profile, "Verification of
   * CALL Request IDs").
   */
  isPastRequest(request: number): boolean {
    return request <= this.#requests.watermark;
  }

  /**
   * Accepts the request ID of a new request (`name` is its message type, e.g. `CALL`), or ends
   * the session with a protocol violation when it is not the next one and returns false.
   */
  acceptRequest(name: string, request: number): boolean {
    if (this.#requests.accept(request)) return true;
    this.violation(`${name}.Request ${request} is out of sequence: expected ${this.#requests.expected} (request IDs start at 1 and go up by 1 per request)`);
    return false;
  }
}
