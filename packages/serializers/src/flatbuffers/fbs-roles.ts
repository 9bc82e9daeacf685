/**
 * HELLO and WELCOME `roles` ⇄ the schema's `ClientRoles`/`RouterRoles` tables, whose role
 * tables hold one boolean per feature the schema knows.
 *
 * @module
 */
import type { Builder } from 'flatbuffers';
import { SerializationError } from '@wamp/interfaces';
import {
  wamp_proto_BrokerFeatures as BrokerFeatures,
  wamp_proto_CalleeFeatures as CalleeFeatures,
  wamp_proto_CallerFeatures as CallerFeatures,
  wamp_proto_ClientRoles as ClientRoles,
  wamp_proto_DealerFeatures as DealerFeatures,
  wamp_proto_PublisherFeatures as PublisherFeatures,
  wamp_proto_RouterRoles as RouterRoles,
  wamp_proto_SubscriberFeatures as SubscriberFeatures,
} from './generated/wamp_generated.js';
import type { FbsTable } from './fbs-reader.js';
import { isPlainDict } from './fbs-values.js';

type AddFeature = (builder: Builder, value: boolean) => void;
/** Feature name and its generated adder; the index in the list is the field id. */
type FeatureList = ReadonlyArray<readonly [string, AddFeature]>;

interface RoleSpec {
  readonly role: string;
  readonly slot: number;
  readonly features: FeatureList;
  start(builder: Builder): void;
  end(builder: Builder): number;
  addTo(builder: Builder, offset: number): void;
}

/** The roles table of HELLO or WELCOME. */
export interface RolesSpec {
  readonly roles: readonly RoleSpec[];
  start(builder: Builder): void;
  end(builder: Builder): number;
}

const BROKER_FEATURES: FeatureList = [
  ['publisher_identification', BrokerFeatures.addPublisherIdentification],
  ['publisher_exclusion', BrokerFeatures.addPublisherExclusion],
  ['subscriber_blackwhite_listing', BrokerFeatures.addSubscriberBlackwhiteListing],
  ['pattern_based_subscription', BrokerFeatures.addPatternBasedSubscription],
  ['publication_trustlevels', BrokerFeatures.addPublicationTrustlevels],
  ['subscription_revocation', BrokerFeatures.addSubscriptionRevocation],
  ['session_meta_api', BrokerFeatures.addSessionMetaApi],
  ['subscription_meta_api', BrokerFeatures.addSubscriptionMetaApi],
  ['event_retention', BrokerFeatures.addEventRetention],
  ['event_history', BrokerFeatures.addEventHistory],
  ['acknowledge_event_received', BrokerFeatures.addAcknowledgeEventReceived],
  ['acknowledge_subscriber_received', BrokerFeatures.addAcknowledgeSubscriberReceived],
  ['payload_transparency', BrokerFeatures.addPayloadTransparency],
  ['payload_encryption_cryptobox', BrokerFeatures.addPayloadEncryptionCryptobox],
];
const PUBLISHER_FEATURES: FeatureList = [
  ['publisher_identification', PublisherFeatures.addPublisherIdentification],
  ['publisher_exclusion', PublisherFeatures.addPublisherExclusion],
  ['subscriber_blackwhite_listing', PublisherFeatures.addSubscriberBlackwhiteListing],
  ['acknowledge_event_received', PublisherFeatures.addAcknowledgeEventReceived],
  ['payload_transparency', PublisherFeatures.addPayloadTransparency],
  ['payload_encryption_cryptobox', PublisherFeatures.addPayloadEncryptionCryptobox],
];
const SUBSCRIBER_FEATURES: FeatureList = [
  ['publisher_identification', SubscriberFeatures.addPublisherIdentification],
  ['pattern_based_subscription', SubscriberFeatures.addPatternBasedSubscription],
  ['publication_trustlevels', SubscriberFeatures.addPublicationTrustlevels],
  ['subscription_revocation', SubscriberFeatures.addSubscriptionRevocation],
  ['event_history', SubscriberFeatures.addEventHistory],
  ['acknowledge_subscriber_received', SubscriberFeatures.addAcknowledgeSubscriberReceived],
  ['payload_transparency', SubscriberFeatures.addPayloadTransparency],
  ['payload_encryption_cryptobox', SubscriberFeatures.addPayloadEncryptionCryptobox],
];
const DEALER_FEATURES: FeatureList = [
  ['caller_identification', DealerFeatures.addCallerIdentification],
  ['call_trustlevels', DealerFeatures.addCallTrustlevels],
  ['call_timeout', DealerFeatures.addCallTimeout],
  ['call_canceling', DealerFeatures.addCallCanceling],
  ['progressive_call_results', DealerFeatures.addProgressiveCallResults],
  ['registration_revocation', DealerFeatures.addRegistrationRevocation],
  ['pattern_based_registration', DealerFeatures.addPatternBasedRegistration],
  ['shared_registration', DealerFeatures.addSharedRegistration],
  ['session_meta_api', DealerFeatures.addSessionMetaApi],
  ['registration_meta_api', DealerFeatures.addRegistrationMetaApi],
  ['testament_meta_api', DealerFeatures.addTestamentMetaApi],
  ['payload_transparency', DealerFeatures.addPayloadTransparency],
  ['payload_encryption_cryptobox', DealerFeatures.addPayloadEncryptionCryptobox],
];
const CALLER_FEATURES: FeatureList = [
  ['caller_identification', CallerFeatures.addCallerIdentification],
  ['call_timeout', CallerFeatures.addCallTimeout],
  ['call_canceling', CallerFeatures.addCallCanceling],
  ['progressive_call_results', CallerFeatures.addProgressiveCallResults],
  ['payload_transparency', CallerFeatures.addPayloadTransparency],
  ['payload_encryption_cryptobox', CallerFeatures.addPayloadEncryptionCryptobox],
];
const CALLEE_FEATURES: FeatureList = [
  ['caller_identification', CalleeFeatures.addCallerIdentification],
  ['call_trustlevels', CalleeFeatures.addCallTrustlevels],
  ['call_timeout', CalleeFeatures.addCallTimeout],
  ['call_canceling', CalleeFeatures.addCallCanceling],
  ['progressive_call_results', CalleeFeatures.addProgressiveCallResults],
  ['registration_revocation', CalleeFeatures.addRegistrationRevocation],
  ['pattern_based_registration', CalleeFeatures.addPatternBasedRegistration],
  ['shared_registration', CalleeFeatures.addSharedRegistration],
  ['payload_transparency', CalleeFeatures.addPayloadTransparency],
  ['payload_encryption_cryptobox', CalleeFeatures.addPayloadEncryptionCryptobox],
];

/** HELLO `Details.roles`: publisher, subscriber, caller, callee. */
export const CLIENT_ROLES: RolesSpec = {
  roles: [
    { role: 'publisher', slot: 0, features: PUBLISHER_FEATURES, start: PublisherFeatures.startPublisherFeatures, end: PublisherFeatures.endPublisherFeatures, addTo: ClientRoles.addPublisher },
    { role: 'subscriber', slot: 1, features: SUBSCRIBER_FEATURES, start: SubscriberFeatures.startSubscriberFeatures, end: SubscriberFeatures.endSubscriberFeatures, addTo: ClientRoles.addSubscriber },
    { role: 'caller', slot: 2, features: CALLER_FEATURES, start: CallerFeatures.startCallerFeatures, end: CallerFeatures.endCallerFeatures, addTo: ClientRoles.addCaller },
    { role: 'callee', slot: 3, features: CALLEE_FEATURES, start: CalleeFeatures.startCalleeFeatures, end: CalleeFeatures.endCalleeFeatures, addTo: ClientRoles.addCallee },
  ],
  start: ClientRoles.startClientRoles,
  end: ClientRoles.endClientRoles,
};

/** WELCOME `Details.roles`: broker, dealer. */
export const ROUTER_ROLES: RolesSpec = {
  roles: [
    { role: 'broker', slot: 0, features: BROKER_FEATURES, start: BrokerFeatures.startBrokerFeatures, end: BrokerFeatures.endBrokerFeatures, addTo: RouterRoles.addBroker },
    { role: 'dealer', slot: 1, features: DEALER_FEATURES, start: DealerFeatures.startDealerFeatures, end: DealerFeatures.endDealerFeatures, addTo: RouterRoles.addDealer },
  ],
  start: RouterRoles.startRouterRoles,
  end: RouterRoles.endRouterRoles,
};

/**
 * Writes a roles dict. A role is `{}` or `{ features: { name: boolean } }`. A feature the schema
 * has no field for is refused, or with `lenient` left out (peers ignore features they do not
 * know, and Autobahn|Python keeps only the ones it knows; a role left without features then reads
 * back as `{}`). Anything else the table cannot hold is refused.
 *
 * @throws {SerializationError} naming the key.
 */
export function writeRoles(builder: Builder, spec: RolesSpec, roles: unknown, what: string, lenient: boolean): number {
  if (!isPlainDict(roles)) throw new SerializationError(`FlatBuffers: ${what} must be a dict`);
  for (const key of Object.keys(roles)) {
    if (roles[key] !== undefined && !spec.roles.some((r) => r.role === key)) {
      throw new SerializationError(`FlatBuffers: ${what}.${key} is not a role the WAMP-FlatBuffers schema carries`);
    }
  }
  const offsets: Array<[RoleSpec, number]> = [];
  for (const role of spec.roles) {
    const value = roles[role.role];
    if (value === undefined) continue;
    offsets.push([role, writeRole(builder, role, value, `${what}.${role.role}`, lenient)]);
  }
  spec.start(builder);
  for (const [role, offset] of offsets) role.addTo(builder, offset);
  return spec.end(builder);
}

function writeRole(builder: Builder, role: RoleSpec, value: unknown, what: string, lenient: boolean): number {
  if (!isPlainDict(value)) throw new SerializationError(`FlatBuffers: ${what} must be a dict`);
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  if (keys.some((k) => k !== 'features')) {
    throw new SerializationError(`FlatBuffers: ${what} may hold only "features" in the WAMP-FlatBuffers schema, got ${JSON.stringify(keys)}`);
  }
  const features = value['features'];
  const present: Array<[AddFeature, boolean]> = [];
  if (features !== undefined) {
    if (!isPlainDict(features)) throw new SerializationError(`FlatBuffers: ${what}.features must be a dict`);
    const unknown = Object.keys(features).find((k) => features[k] !== undefined && !role.features.some(([name]) => name === k));
    if (unknown !== undefined && !lenient) {
      throw new SerializationError(`FlatBuffers: ${what}.features.${unknown} has no field in the WAMP-FlatBuffers schema`);
    }
    for (const [name, add] of role.features) {
      const flag = features[name];
      if (flag === undefined) continue;
      if (typeof flag !== 'boolean') throw new SerializationError(`FlatBuffers: ${what}.features.${name} must be a boolean`);
      present.push([add, flag]);
    }
  }
  role.start(builder);
  for (const [add, flag] of present) add(builder, flag);
  return role.end(builder);
}

/** Reads a roles table back into a roles dict. @throws {ProtocolError} (from the reader) for a malformed table. */
export function readRoles(table: FbsTable, spec: RolesSpec): Record<string, unknown> {
  const roles: Record<string, unknown> = {};
  for (const role of spec.roles) {
    const at = table.field(role.slot, 4);
    if (at === -1) continue;
    const sub = table.reader.table(at, `${table.what}.${role.role}`);
    const features: Record<string, boolean> = {};
    let any = false;
    role.features.forEach(([name], slot) => {
      const pos = sub.field(slot, 1);
      if (pos === -1) return;
      features[name] = table.reader.u8(pos, `${sub.what}.${name}`) !== 0;
      any = true;
    });
    roles[role.role] = any ? { features } : {};
  }
  return roles;
}
