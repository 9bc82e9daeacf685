/**
 * The handles a session hands out: one per `register` / `subscribe` call, one per acknowledged
 * publication.
 *
 * @module
 */
import type { Endpoint, EventHandler, Publication, Registration, SubscribeOptions, Subscription } from '@wamp/interfaces';
import type { RegisterOptions } from '@wamp/interfaces';

/** A registered procedure and its endpoint. */
export class RegistrationHandle implements Registration {
  readonly id: number;
  readonly procedure: string;
  readonly endpoint: Endpoint;
  readonly options: RegisterOptions | undefined;
  active = true;
  readonly #unregister: (handle: RegistrationHandle) => Promise<void>;

  constructor(id: number, procedure: string, endpoint: Endpoint, options: RegisterOptions | undefined, unregister: (handle: RegistrationHandle) => Promise<void>) {
    this.id = id;
    this.procedure = procedure;
    this.endpoint = endpoint;
    this.options = options;
    this.#unregister = unregister;
  }

  unregister(): Promise<void> {
    return this.#unregister(this);
  }
}

/** One handler subscribed to a topic (several handles may share one broker subscription). */
export class SubscriptionHandle implements Subscription {
  readonly id: number;
  readonly topic: string;
  readonly handler: EventHandler;
  readonly options: SubscribeOptions | undefined;
  active = true;
  readonly #unsubscribe: (handle: SubscriptionHandle) => Promise<void>;

  constructor(id: number, topic: string, handler: EventHandler, options: SubscribeOptions | undefined, unsubscribe: (handle: SubscriptionHandle) => Promise<void>) {
    this.id = id;
    this.topic = topic;
    this.handler = handler;
    this.options = options;
    this.#unsubscribe = unsubscribe;
  }

  unsubscribe(): Promise<void> {
    return this.#unsubscribe(this);
  }
}

/** What PUBLISHED acknowledged. */
export class PublicationHandle implements Publication {
  readonly id: number;
  readonly wasEncrypted: boolean;

  constructor(id: number, wasEncrypted: boolean) {
    this.id = id;
    this.wasEncrypted = wasEncrypted;
  }
}
