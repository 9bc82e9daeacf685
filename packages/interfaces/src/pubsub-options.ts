/**
 * `PublishOptions`, `SubscribeOptions` and `EventDetails`.
 *
 * @module
 */
import type { Validator } from './validator.js';

/** Options of `ISession.publish`. Each maps to one `PUBLISH.Options` key, noted per field. */
export interface PublishOptions {
  /** Ask for PUBLISHED (`acknowledge`); `publish` then resolves with a `Publication`. @default false */
  acknowledge?: boolean | undefined;
  /** Leave this session out of the receivers (`exclude_me`). @default true */
  excludeMe?: boolean | undefined;
  /** Session IDs that must not receive the event (`exclude`). */
  exclude?: readonly number[] | undefined;
  /** Authids that must not receive the event (`exclude_authid`). */
  excludeAuthid?: readonly string[] | undefined;
  /** Authroles that must not receive the event (`exclude_authrole`). */
  excludeAuthrole?: readonly string[] | undefined;
  /** Only these session IDs may receive the event (`eligible`). */
  eligible?: readonly number[] | undefined;
  /** Only these authids may receive the event (`eligible_authid`). */
  eligibleAuthid?: readonly string[] | undefined;
  /** Only these authroles may receive the event (`eligible_authrole`). */
  eligibleAuthrole?: readonly string[] | undefined;
  /** Ask the broker to keep this event for later subscribers (`retain`). @default false */
  retain?: boolean | undefined;
  /** Ask the broker to disclose this publisher to subscribers (`disclose_me`). @default false */
  discloseMe?: boolean | undefined;
}

/** Options of `ISession.subscribe`. Each maps to one `SUBSCRIBE.Options` key, noted per field. */
export interface SubscribeOptions {
  /** Match policy of the topic URI (`match`). @default 'exact' */
  match?: 'exact' | 'prefix' | 'wildcard' | undefined;
  /** Ask for the topic's retained event on subscribe (`get_retained`). @default false */
  getRetained?: boolean | undefined;
  /** Checks event arguments before the handler runs; failing events reach `onUserError`. */
  validator?: Validator | undefined;
  /**
   * Called when the broker revokes the subscription (Advanced Profile, "Subscription
   * Revocation"), with the broker's reason if it gave one. Client-side only: not sent.
   */
  onRevoked?: ((reason: string | undefined) => void) | undefined;
}

/** What a subscriber's handler learns about an event (from EVENT.Details). */
export interface EventDetails {
  /** The subscription the event arrived on. */
  readonly subscription: number;
  /** The publication ID. */
  readonly publication: number;
  /** The concrete topic, for pattern subscriptions (`topic`). */
  readonly topic: string | undefined;
  /** The publisher's session ID, when disclosed (`publisher`). */
  readonly publisher: number | undefined;
  /** The publisher's authid, when disclosed (`publisher_authid`). */
  readonly publisherAuthid: string | undefined;
  /** The publisher's authrole, when disclosed (`publisher_authrole`). */
  readonly publisherAuthrole: string | undefined;
  /** True when this is a retained event delivered on subscribe (`retained`). */
  readonly retained: boolean;
}

/** An event handler: receives positional args, keyword args and details. */
export type EventHandler = (args: unknown[], kwargs: Record<string, unknown>, details: EventDetails) => unknown;
