/**
 * Which options need which router feature (Advanced Profile, "Feature Announcement"): a client
 * must not use an option whose feature the router did not announce — a router that does not know
 * it may ignore it, and the call or subscription would then quietly do something else.
 *
 * @module
 */
import type { CallOptions, PublishOptions, RegisterOptions, SubscribeOptions } from '@wamp/interfaces';

/** True when the router announced `feature` for `role` (`dealer` or `broker`) in WELCOME. */
export type RouterSupports = (role: 'dealer' | 'broker', feature: string) => boolean;

/** The router's Advanced Profile features, read once from WELCOME.Details.roles. */
export function routerSupports(roles: Readonly<Record<string, unknown>>): RouterSupports {
  const announced = new Set<string>();
  for (const role of ['dealer', 'broker'] as const) {
    const features = (roles[role] as { features?: Record<string, unknown> } | undefined)?.features;
    if (features === undefined || features === null || typeof features !== 'object') continue;
    for (const [feature, on] of Object.entries(features)) if (on === true) announced.add(`${role}.${feature}`);
  }
  return (role, feature) => announced.has(`${role}.${feature}`);
}

type Need = readonly [option: string, role: 'dealer' | 'broker', feature: string];

function firstMissing(needs: readonly (Need | false)[], supports: RouterSupports): string | undefined {
  for (const need of needs) {
    if (need === false) continue;
    const [option, role, feature] = need;
    if (!supports(role, feature)) return `option ${option} needs the ${role} feature ${feature}, which the router does not announce`;
  }
  return undefined;
}

/**
 * What `options` of a call need and the router lacks, as a message; `undefined` when nothing.
 * `timeout` and `signal` are not here: without the feature the session enforces them itself.
 */
export function callNeeds(options: CallOptions, supports: RouterSupports): string | undefined {
  return firstMissing(
    [
      (options.receiveProgress === true || options.onProgress !== undefined) && ['receiveProgress', 'dealer', 'progressive_call_results'],
      options.discloseMe === true && ['discloseMe', 'dealer', 'caller_identification'],
      options.input !== undefined && ['input', 'dealer', 'progressive_call_invocations'],
    ],
    supports,
  );
}

export function registerNeeds(options: RegisterOptions, supports: RouterSupports): string | undefined {
  return firstMissing(
    [
      options.match !== undefined && options.match !== 'exact' && [`match: ${options.match}`, 'dealer', 'pattern_based_registration'],
      options.invoke !== undefined && options.invoke !== 'single' && [`invoke: ${options.invoke}`, 'dealer', 'shared_registration'],
      options.discloseCaller === true && ['discloseCaller', 'dealer', 'caller_identification'],
    ],
    supports,
  );
}

export function subscribeNeeds(options: SubscribeOptions, supports: RouterSupports): string | undefined {
  return firstMissing(
    [
      options.match !== undefined && options.match !== 'exact' && [`match: ${options.match}`, 'broker', 'pattern_based_subscription'],
      options.getRetained === true && ['getRetained', 'broker', 'event_retention'],
    ],
    supports,
  );
}

export function publishNeeds(options: PublishOptions, supports: RouterSupports): string | undefined {
  const listing = (['exclude', 'excludeAuthid', 'excludeAuthrole', 'eligible', 'eligibleAuthid', 'eligibleAuthrole'] as const).find((k) => options[k] !== undefined);
  return firstMissing(
    [
      options.excludeMe === false && ['excludeMe: false', 'broker', 'publisher_exclusion'],
      listing !== undefined && [listing, 'broker', 'subscriber_blackwhite_listing'],
      options.retain === true && ['retain', 'broker', 'event_retention'],
      options.discloseMe === true && ['discloseMe', 'broker', 'publisher_identification'],
    ],
    supports,
  );
}
