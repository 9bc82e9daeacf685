/**
 * `RegistrationTable`: the dealer's registrations by URI and match policy, and by ID.
 *
 * @module
 */
import { uniqueRandomId } from './id.js';
import type { InvokePolicy, MatchPolicy, Peer, Registration } from './routing-records.js';

/**
 * The registrations of one realm. A CALL is routed with {@link match}; today only exact
 * registrations exist, and prefix and wildcard tables slot in beside the exact map with the
 * spec's precedence (exact, then longest prefix, then wildcard).
 */
export class RegistrationTable {
  readonly #exact = new Map<string, Registration>();
  readonly #byId = new Map<number, Registration>();

  /** Number of registrations. */
  get size(): number {
    return this.#byId.size;
  }

  /** The registration a CALL to `procedure` reaches, if any. */
  match(procedure: string): Registration | undefined {
    return this.#exact.get(procedure);
  }

  /** The registration of exactly (`uri`, `match`), if any. */
  find(uri: string, match: MatchPolicy): Registration | undefined {
    return match === 'exact' ? this.#exact.get(uri) : undefined;
  }

  /** The registration with ID `id`, if any. */
  get(id: number): Registration | undefined {
    return this.#byId.get(id);
  }

  /** Every registration (for inspection and the meta API). */
  values(): IterableIterator<Registration> {
    return this.#byId.values();
  }

  /**
   * Creates a registration of (`uri`, `match`) with `callee` as its first callee.
   *
   * @throws {RangeError} for a match policy the table does not hold yet (the dealer refuses
   * such REGISTERs before they get here).
   */
  create(uri: string, match: MatchPolicy, invoke: InvokePolicy, callee: Peer): Registration {
    if (match !== 'exact') throw new RangeError(`RegistrationTable: match policy ${match} is not supported`);
    const registration: Registration = {
      id: uniqueRandomId(this.#byId),
      uri,
      match,
      invoke,
      created: new Date().toISOString(),
      callees: [callee],
    };
    this.#exact.set(uri, registration);
    this.#byId.set(registration.id, registration);
    return registration;
  }

  /** Removes `callee` from `registration`; deletes the registration when no callee is left. Returns true when deleted. */
  removeCallee(registration: Registration, callee: Peer): boolean {
    const index = registration.callees.indexOf(callee);
    if (index >= 0) registration.callees.splice(index, 1);
    if (registration.callees.length > 0) return false;
    this.#exact.delete(registration.uri);
    this.#byId.delete(registration.id);
    return true;
  }
}
