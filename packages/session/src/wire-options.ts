/**
 * The one place where the TypeScript API's camelCase options become the wire's snake_case
 * `Options` dicts (CALL, REGISTER, PUBLISH, SUBSCRIBE). Only keys the user set are sent.
 *
 * @module
 */
import type { CallOptions, PublishOptions, RegisterOptions, SubscribeOptions } from '@wamp/interfaces';
import type { CallOptionsDict, PublishOptionsDict, RegisterOptionsDict, SubscribeOptionsDict } from '@wamp/message';

function put(out: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) out[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
}

/** `CALL.Options` for `options`. */
export function callOptionsDict(options: CallOptions | undefined): CallOptionsDict {
  const out: CallOptionsDict = {};
  if (options === undefined) return out;
  if (options.timeout !== undefined && options.timeout > 0) out.timeout = options.timeout;
  if (options.receiveProgress === true || options.onProgress !== undefined) out.receive_progress = true;
  if (options.discloseMe === true) out.disclose_me = true;
  return out;
}

/** `REGISTER.Options` for `options`. */
export function registerOptionsDict(options: RegisterOptions | undefined): RegisterOptionsDict {
  const out: RegisterOptionsDict = {};
  if (options === undefined) return out;
  if (options.match !== undefined && options.match !== 'exact') out.match = options.match;
  if (options.invoke !== undefined && options.invoke !== 'single') out.invoke = options.invoke;
  put(out, 'concurrency', options.concurrency);
  if (options.forceReregister === true) out.force_reregister = true;
  if (options.discloseCaller === true) out.disclose_caller = true;
  return out;
}

/** `PUBLISH.Options` for `options`. */
export function publishOptionsDict(options: PublishOptions | undefined): PublishOptionsDict {
  const out: PublishOptionsDict = {};
  if (options === undefined) return out;
  if (options.acknowledge === true) out.acknowledge = true;
  // The spec's default is exclude_me = true; send it only when the user turns it off.
  if (options.excludeMe === false) out.exclude_me = false;
  put(out, 'exclude', options.exclude);
  put(out, 'exclude_authid', options.excludeAuthid);
  put(out, 'exclude_authrole', options.excludeAuthrole);
  put(out, 'eligible', options.eligible);
  put(out, 'eligible_authid', options.eligibleAuthid);
  put(out, 'eligible_authrole', options.eligibleAuthrole);
  if (options.retain === true) out.retain = true;
  if (options.discloseMe === true) out.disclose_me = true;
  return out;
}

/** `SUBSCRIBE.Options` for `options`. */
export function subscribeOptionsDict(options: SubscribeOptions | undefined): SubscribeOptionsDict {
  const out: SubscribeOptionsDict = {};
  if (options === undefined) return out;
  if (options.match !== undefined && options.match !== 'exact') out.match = options.match;
  if (options.getRetained === true) out.get_retained = true;
  return out;
}
