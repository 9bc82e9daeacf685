/**
 * `RegistrationTable`: a realm's registrations by URI and match policy, and by ID.
 *
 * @module
 */
import { uniqueRandomId } from './id.js';
import type { InvokePolicy, MatchPolicy, Peer, Registration } from './routing-records.js';
import { matchesPrefix, matchesWildcard, wildcardRank } from './uri-pattern.js';

/**
 * Registrations of one realm. A registration is one URI under one match policy, with one or more
 * callees (shared registration). Lookups follow the spec's precedence: an exact registration,
 * else the longest matching prefix, else the most specific matching wildcard.
 */
export class RegistrationTable {
  readonly #byPolicy: Record<MatchPolicy, Map<string, Registration>> = { exact: new Map(), prefix: new Map(), wildcard: new Map() };
  readonly #byId = new Map<number, Registration>();

  /** The number of registrations. */
  get size(): number {
    return this.#byId.size;
  }

  /** The registration a CALL to `procedure` goes to, if any. */
  match(procedure: string): Registration | undefined {
    const exact = this.#byPolicy.exact.get(procedure);
    if (exact !== undefined) return exact;
    let best: Registration | undefined;
    for (const registration of this.#byPolicy.prefix.values()) {
      if (matchesPrefix(registration.uri, procedure) && (best === undefined || registration.uri.length > best.uri.length)) best = registration;
    }
    if (best !== undefined) return best;
    let bestRank: [number, number] | undefined;
    for (const registration of this.#byPolicy.wildcard.values()) {
      if (!matchesWildcard(registration.uri, procedure)) continue;
      const rank = wildcardRank(registration.uri);
      if (bestRank === undefined || rank[0] > bestRank[0] || (rank[0] === bestRank[0] && rank[1] > bestRank[1])) {
        best = registration;
        bestRank = rank;
      }
    }
    return best;
  }

  /** The registration of exactly `uri` under `match`, if any. */
  find(uri: string, match: MatchPolicy): Registration | undefined {
    return this.#byPolicy[match].get(uri);
  }

  /** The registration with this ID, if any. */
  get(id: number): Registration | undefined {
    return this.#byId.get(id);
  }

  /** Every registration. */
  values(): IterableIterator<Registration> {
    return this.#byId.values();
  }

  /** A new registration of `uri` under `match` and `invoke`, with `callee` as its first callee. */
  create(uri: string, match: MatchPolicy, invoke: InvokePolicy, callee: Peer): Registration {
    const registration: Registration = {
      id: uniqueRandomId(this.#byId),
      uri,
      match,
      invoke,
      created: new Date().toISOString(),
      callees: [callee],
      discloseCaller: false,
    };
    this.#byPolicy[match].set(uri, registration);
    this.#byId.set(registration.id, registration);
    return registration;
  }

  /** Removes `callee`; returns true when that removed the registration's last callee (and the registration). */
  removeCallee(registration: Registration, callee: Peer): boolean {
    const index = registration.callees.indexOf(callee);
    if (index >= 0) registration.callees.splice(index, 1);
    if (registration.callees.length > 0) return false;
    this.#byPolicy[registration.match].delete(registration.uri);
    this.#byId.delete(registration.id);
    return true;
  }
}
