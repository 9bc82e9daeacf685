/**
 * Table layouts of the PubSub messages, from `pubsub.fbs`.
 *
 * @module
 */
import {
  wamp_proto_Event as Event,
  wamp_proto_Publish as Publish,
  wamp_proto_Published as Published,
  wamp_proto_Subscribe as Subscribe,
  wamp_proto_Subscribed as Subscribed,
  wamp_proto_Unsubscribe as Unsubscribe,
  wamp_proto_Unsubscribed as Unsubscribed,
} from './generated/wamp_generated.js';
import { bytesSlot, field } from './fbs-spec.js';
import type { MessageSpec } from './fbs-spec.js';

/** PUBLISH `[16, Request|id, Options|dict, Topic|uri, Arguments, ArgumentsKw]`. */
export const PUBLISH: MessageSpec = {
  type: 16,
  name: 'PUBLISH',
  length: 4,
  dict: { at: 2, name: 'Options', optional: false },
  payload: {
    at: 4,
    args: bytesSlot(2, Publish.addArgs, Publish.createArgsVector),
    kwargs: bytesSlot(3, Publish.addKwargs, Publish.createKwargsVector),
    payload: bytesSlot(4, Publish.addPayload, Publish.createPayloadVector),
  },
  fields: [
    field(0, 'u64', 1, Publish.addRequest),
    field(1, 'string', 3, Publish.addTopic, { required: true }),
    field(5, 'encAlgo', 'enc_algo', Publish.addEncAlgo),
    field(6, 'encSerializer', 'enc_serializer', Publish.addEncSerializer),
    field(7, 'keyBytes', 'enc_key', Publish.addEncKey, { createVector: Publish.createEncKeyVector }),
    field(8, 'bool', 'acknowledge', Publish.addAcknowledge),
    field(9, 'bool', 'exclude_me', Publish.addExcludeMe),
    field(10, 'u64List', 'exclude', Publish.addExclude, { createVector: Publish.createExcludeVector }),
    field(11, 'stringList', 'exclude_authid', Publish.addExcludeAuthid, { createVector: Publish.createExcludeAuthidVector }),
    field(12, 'stringList', 'exclude_authrole', Publish.addExcludeAuthrole, { createVector: Publish.createExcludeAuthroleVector }),
    field(13, 'u64List', 'eligible', Publish.addEligible, { createVector: Publish.createEligibleVector }),
    field(14, 'stringList', 'eligible_authid', Publish.addEligibleAuthid, { createVector: Publish.createEligibleAuthidVector }),
    field(15, 'stringList', 'eligible_authrole', Publish.addEligibleAuthrole, { createVector: Publish.createEligibleAuthroleVector }),
    field(16, 'bool', 'retain', Publish.addRetain),
    field(17, 'string', 'transaction_hash', Publish.addTransactionHash),
    field(18, 'principals', 'forward_for', Publish.addForwardFor),
  ],
  start: Publish.startPublish,
  end: Publish.endPublish,
};

/** PUBLISHED `[17, PUBLISH.Request|id, Publication|id]`. */
export const PUBLISHED: MessageSpec = {
  type: 17,
  name: 'PUBLISHED',
  length: 3,
  fields: [field(0, 'u64', 1, Published.addRequest), field(1, 'u64', 2, Published.addPublication)],
  start: Published.startPublished,
  end: Published.endPublished,
};

/** SUBSCRIBE `[32, Request|id, Options|dict, Topic|uri]`. */
export const SUBSCRIBE: MessageSpec = {
  type: 32,
  name: 'SUBSCRIBE',
  length: 4,
  dict: { at: 2, name: 'Options', optional: false },
  fields: [
    field(0, 'u64', 1, Subscribe.addRequest),
    field(1, 'string', 3, Subscribe.addTopic, { required: true }),
    field(2, 'match', 'match', Subscribe.addMatch),
    field(3, 'bool', 'get_retained', Subscribe.addGetRetained),
  ],
  start: Subscribe.startSubscribe,
  end: Subscribe.endSubscribe,
};

/** SUBSCRIBED `[33, SUBSCRIBE.Request|id, Subscription|id]`. */
export const SUBSCRIBED: MessageSpec = {
  type: 33,
  name: 'SUBSCRIBED',
  length: 3,
  fields: [field(0, 'u64', 1, Subscribed.addRequest), field(1, 'u64', 2, Subscribed.addSubscription)],
  start: Subscribed.startSubscribed,
  end: Subscribed.endSubscribed,
};

/** UNSUBSCRIBE `[34, Request|id, SUBSCRIBED.Subscription|id]` (the table has no Options). */
export const UNSUBSCRIBE: MessageSpec = {
  type: 34,
  name: 'UNSUBSCRIBE',
  length: 3,
  dict: { at: 3, name: 'Options', optional: true },
  fields: [field(0, 'u64', 1, Unsubscribe.addRequest), field(1, 'u64', 2, Unsubscribe.addSubscription)],
  start: Unsubscribe.startUnsubscribe,
  end: Unsubscribe.endUnsubscribe,
};

/** UNSUBSCRIBED `[35, UNSUBSCRIBE.Request|id, (Details|dict)]`. */
export const UNSUBSCRIBED: MessageSpec = {
  type: 35,
  name: 'UNSUBSCRIBED',
  length: 2,
  dict: { at: 2, name: 'Details', optional: true },
  fields: [
    field(0, 'u64', 1, Unsubscribed.addRequest),
    field(1, 'u64', 'subscription', Unsubscribed.addSubscription),
    field(2, 'string', 'reason', Unsubscribed.addReason),
  ],
  start: Unsubscribed.startUnsubscribed,
  end: Unsubscribed.endUnsubscribed,
};

/** EVENT `[36, Subscription|id, Publication|id, Details|dict, Arguments, ArgumentsKw]`. */
export const EVENT: MessageSpec = {
  type: 36,
  name: 'EVENT',
  length: 4,
  dict: { at: 3, name: 'Details', optional: false },
  payload: {
    at: 4,
    args: bytesSlot(2, Event.addArgs, Event.createArgsVector),
    kwargs: bytesSlot(3, Event.addKwargs, Event.createKwargsVector),
    payload: bytesSlot(4, Event.addPayload, Event.createPayloadVector),
  },
  fields: [
    field(0, 'u64', 1, Event.addSubscription),
    field(1, 'u64', 2, Event.addPublication),
    field(5, 'encAlgo', 'enc_algo', Event.addEncAlgo),
    field(6, 'encSerializer', 'enc_serializer', Event.addEncSerializer),
    field(7, 'keyBytes', 'enc_key', Event.addEncKey, { createVector: Event.createEncKeyVector }),
    field(8, 'u64', 'publisher', Event.addPublisher),
    field(9, 'string', 'publisher_authid', Event.addPublisherAuthid),
    field(10, 'string', 'publisher_authrole', Event.addPublisherAuthrole),
    field(11, 'string', 'topic', Event.addTopic),
    field(12, 'bool', 'retained', Event.addRetained),
    field(13, 'string', 'transaction_hash', Event.addTransactionHash),
    field(14, 'bool', 'acknowledge', Event.addAcknowledge),
    field(15, 'principals', 'forward_for', Event.addForwardFor),
  ],
  start: Event.startEvent,
  end: Event.endEvent,
};
