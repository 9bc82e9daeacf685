/**
 * `RouterSession`: the WAMP protocol of one connection, on the router side.
 *
 * @module
 */
import type { IMessage, ITransport, ITransportHandler, TransportCloseInfo, TransportDetails } from '@wamp/interfaces';
import { WAMP_CLOSE, WAMP_ERROR, isProtocolError } from '@wamp/interfaces';
import { Abort, Goodbye, MESSAGE_TYPE, Welcome } from '@wamp/message';
import type { Authenticate, Call, Cancel, ErrorMessage, Hello, Publish, Register, Subscribe, Unregister, Unsubscribe, Yield } from '@wamp/message';
import type { AuthIdentity } from './auth/auth-method.js';
import type { AuthMethods } from './auth/auth-methods.js';
import { ROUTER_ROLES } from './features.js';
import { handleAbort } from './handlers/abort.js';
import { handleAuthenticate } from './handlers/authenticate.js';
import { handleCall } from './handlers/call.js';
import { handleCancel } from './handlers/cancel.js';
import { handleError } from './handlers/error.js';
import { handleGoodbye } from './handlers/goodbye.js';
import { handleHello } from './handlers/hello.js';
import { handlePublish } from './handlers/publish.js';
import { handleRegister } from './handlers/register.js';
import { handleSubscribe } from './handlers/subscribe.js';
import { handleUnregister } from './handlers/unregister.js';
import { handleUnsubscribe } from './handlers/unsubscribe.js';
import { handleYield } from './handlers/yield.js';
import type { Realm } from './realm.js';
import type { JoinAttempt, LifecycleSession, RouterContext, SessionState } from './session-context.js';
import { SessionPeer } from './session-peer.js';

const T = MESSAGE_TYPE;
const TYPE_NAMES = new Map<number, string>(Object.entries(MESSAGE_TYPE).map(([name, code]) => [code, name]));

// Basic and Advanced Profile, "Message Codes and Direction": what a client may send at all.
const FROM_CLIENT = new Set<number>([T.HELLO, T.ABORT, T.AUTHENTICATE, T.GOODBYE, T.ERROR, T.PUBLISH, T.SUBSCRIBE, T.UNSUBSCRIBE, T.CALL, T.CANCEL, T.REGISTER, T.UNREGISTER, T.YIELD]);

function typeName(type: number): string {
  return TYPE_NAMES.get(type) ?? `message type ${type}`;
}

/**
 * The per-connection state machine (idle → joining ⇄ challenged → established → closing →
 * closed, see {@link SessionState}): lifecycle messages go to their handlers in any state, every
 * other message only when established; a message out of state, in the wrong direction, or
 * otherwise malformed ends the connection with ABORT `wamp.error.protocol_violation` and touches
 * nothing else in the router.
 */
export class RouterSession implements ITransportHandler, LifecycleSession {
  join: JoinAttempt | undefined = undefined;
  #transport: ITransport | undefined = undefined;
  #state: SessionState = 'idle';
  #established: SessionPeer | undefined = undefined;
  #closeRequested = false;

  constructor(
    readonly router: RouterContext,
    readonly auth: AuthMethods,
  ) {}

  get state(): SessionState {
    return this.#state;
  }

  get established(): SessionPeer | undefined {
    return this.#established;
  }

  get transportDetails(): TransportDetails | undefined {
    return this.#transport?.transportDetails;
  }

  setState(state: SessionState): void {
    this.#state = state;
  }

  onOpen(transport: ITransport): void {
    this.#transport = transport;
    if (this.router.closing) {
      this.#state = 'closed';
      this.closeTransport();
    }
  }

  onMessage(message: IMessage): void {
    try {
      this.#dispatch(message);
    } catch (error) {
      this.#failed(typeName(message.MESSAGE_TYPE), error);
    }
  }

  // A ProtocolError is the client's fault; anything else is the router's, logged, and the
  // connection is dropped rather than left in an unknown state.
  #failed(what: string, error: unknown): void {
    if (isProtocolError(error)) return this.violation(error.message);
    this.router.log('error', `handling ${what} failed; the connection is dropped`, error);
    this.leave();
    this.#state = 'closed';
    this.#closeRequested = true;
    this.#transport?.abort();
  }

  // The lifecycle handlers that wait for authentication; none of their failures goes unhandled.
  #settle(step: Promise<void>): void {
    step.catch((error: unknown) => this.#failed('authentication', error));
  }

  onClose(_wasClean: boolean, _info?: TransportCloseInfo): void {
    this.leave();
    this.#state = 'closed';
    this.router.forget(this);
  }

  #dispatch(message: IMessage): void {
    const type = message.MESSAGE_TYPE;
    if (this.#state === 'closed') return;
    if (!FROM_CLIENT.has(type)) return this.violation(`a client must not send ${typeName(type)}`);
    switch (type) {
      case T.HELLO:
        return this.#settle(handleHello(this, message as Hello));
      case T.AUTHENTICATE:
        return this.#settle(handleAuthenticate(this, message as Authenticate));
      case T.GOODBYE:
        return handleGoodbye(this, message as Goodbye);
      case T.ABORT:
        return handleAbort(this);
    }
    // Requests that were in flight when the router sent GOODBYE are dropped (Basic Profile, "Session Closing").
    if (this.#state === 'closing') return;
    const session = this.#established;
    if (session === undefined) return this.violation(`${typeName(type)} before the session was established`);
    switch (type) {
      case T.CALL:
        return handleCall(session, message as Call);
      case T.YIELD:
        return handleYield(session, message as Yield);
      case T.PUBLISH:
        return handlePublish(session, message as Publish);
      case T.ERROR:
        return handleError(session, message as ErrorMessage);
      case T.SUBSCRIBE:
        return handleSubscribe(session, message as Subscribe);
      case T.UNSUBSCRIBE:
        return handleUnsubscribe(session, message as Unsubscribe);
      case T.REGISTER:
        return handleRegister(session, message as Register);
      case T.UNREGISTER:
        return handleUnregister(session, message as Unregister);
      case T.CANCEL:
        return handleCancel(session, message as Cancel);
      default:
        return this.violation(`${typeName(type)} is not supported: the router does not announce the feature it belongs to`);
    }
  }

  send(message: IMessage): void {
    try {
      this.#transport?.send(message);
    } catch (error) {
      // The transport is closing or gone; its onClose cleans up.
      this.router.log('warn', `${typeName(message.MESSAGE_TYPE)} could not be sent`, error);
    }
  }

  welcome(realm: Realm, sessionId: number, identity: AuthIdentity): void {
    const transport = this.#transport;
    if (transport === undefined) return;
    const roles = this.join?.roles ?? {};
    const peer = new SessionPeer(sessionId, identity, roles, realm, this.router.log, transport, (m) => this.violation(m), (reason, message) => this.shutdown(reason, message));
    const welcome = new Welcome({
      session: sessionId,
      details: {
        realm: realm.name,
        authid: identity.authid,
        authrole: identity.authrole,
        authmethod: identity.authmethod,
        authprovider: identity.authprovider,
        authextra: { ...identity.authextra },
        roles: ROUTER_ROLES,
        agent: this.router.agent,
      },
    });
    try {
      transport.send(welcome);
    } catch (error) {
      // The session's serializer cannot carry this WELCOME (a fixed-schema format such as
      // FlatBuffers refusing a key): the client would wait for ever, so it is told and dropped.
      this.router.log('error', `WELCOME for session ${sessionId} could not be sent; the connection is aborted`, error);
      this.abort(WAMP_ERROR.FEATURE_NOT_SUPPORTED, `the router's WELCOME cannot be sent in this session's serializer: ${(error as Error).message}`);
      return;
    }
    this.join = undefined;
    this.#established = peer;
    this.#state = 'established';
    realm.attach(peer);
    this.router.log('info', `session ${sessionId} joined realm ${realm.name} as ${identity.authid} (authrole ${identity.authrole}, authmethod ${identity.authmethod})`);
  }

  abort(reason: string, message: string): void {
    if (this.#state === 'closed') return;
    this.leave();
    this.send(new Abort({ details: { message }, reason }));
    this.#state = 'closed';
    this.closeTransport();
  }

  violation(message: string): void {
    if (this.#state === 'closed') return;
    this.router.log('warn', `protocol violation on ${this.transportDetails?.peer ?? 'a connection'}: ${message}`);
    this.abort(WAMP_ERROR.PROTOCOL_VIOLATION, message);
  }

  leave(): void {
    const join = this.join;
    if (join !== undefined) {
      this.join = undefined;
      this.router.releaseSessionId(join.sessionId);
    }
    const peer = this.#established;
    if (peer === undefined) return;
    this.#established = undefined;
    peer.realm.detach(peer);
    this.router.releaseSessionId(peer.sessionId);
    this.router.log('info', `session ${peer.sessionId} left realm ${peer.realm.name}`);
  }

  closeTransport(): void {
    if (this.#closeRequested) return;
    this.#closeRequested = true;
    this.#transport?.close();
  }

  /**
   * Ends the connection for a router shutdown: an established session gets GOODBYE with
   * `reason` (and waits in state `closing` for the reply), anything else is closed at once.
   */
  shutdown(reason: string = WAMP_CLOSE.SYSTEM_SHUTDOWN, message = 'the router is shutting down'): void {
    if (this.#state === 'closing' || this.#state === 'closed') return;
    if (this.#state === 'established') {
      this.leave();
      this.send(new Goodbye({ details: { message }, reason }));
      this.#state = 'closing';
      return;
    }
    this.leave();
    this.#state = 'closed';
    this.closeTransport();
  }

  /** Aborts the transport whatever the state (when a shutdown's grace period is over). */
  forceClose(): void {
    this.leave();
    this.#state = 'closed';
    this.#closeRequested = true;
    this.#transport?.abort();
  }
}
