/**
 * `AuthMethods`: the authentication methods one listener offers, and the choice among the
 * methods a client announces.
 *
 * @module
 */
import { anonymousAuth } from './anonymous.js';
import { cryptosignAuth } from './cryptosign.js';
import type { RouterAuthMethod } from './auth-method.js';
import type { AuthOptions, WampCraUser } from './auth-options.js';
import { ticketAuth } from './ticket.js';
import { wampCraAuth } from './wampcra.js';

function checkUser(authid: string, user: WampCraUser): void {
  const parameters = [user.salt, user.iterations, user.keylen].filter((v) => v !== undefined).length;
  if (parameters !== 0 && parameters !== 3) {
    throw new TypeError(`auth.wampcra.users.${authid}: salt, iterations and keylen must be given together`);
  }
  if (user.iterations !== undefined && !(Number.isInteger(user.iterations) && user.iterations > 0)) {
    throw new RangeError(`auth.wampcra.users.${authid}.iterations must be a positive integer, got ${user.iterations}`);
  }
  if (user.keylen !== undefined && !(Number.isInteger(user.keylen) && user.keylen > 0 && user.keylen <= 1024)) {
    throw new RangeError(`auth.wampcra.users.${authid}.keylen must be an integer in 1..1024, got ${user.keylen}`);
  }
}

/** The methods one listener offers, in the order they were given. */
export class AuthMethods {
  readonly #methods = new Map<string, RouterAuthMethod>();

  /**
   * @param options - the methods to offer; `undefined` offers anonymous only.
   * @throws {TypeError} for a WAMP-CRA user with only some of salt, iterations and keylen, or
   * two methods of the same name.
   */
  constructor(options: AuthOptions | undefined) {
    const o = options ?? { anonymous: true };
    if (o.anonymous !== undefined && o.anonymous !== false) this.#add(anonymousAuth(o.anonymous === true ? {} : o.anonymous));
    if (o.ticket !== undefined) this.#add(ticketAuth(o.ticket));
    if (o.wampcra !== undefined) {
      for (const [authid, user] of Object.entries(o.wampcra.users)) checkUser(authid, user);
      this.#add(wampCraAuth(o.wampcra));
    }
    if (o.cryptosign !== undefined) this.#add(cryptosignAuth(o.cryptosign));
    for (const method of o.methods ?? []) this.#add(method);
  }

  #add(method: RouterAuthMethod): void {
    if (this.#methods.has(method.authmethod)) throw new TypeError(`auth: method ${method.authmethod} is given twice`);
    this.#methods.set(method.authmethod, method);
  }

  /** The names of the methods offered. */
  get names(): string[] {
    return [...this.#methods.keys()];
  }

  /**
   * The first method of `offered` (the client's `authmethods`, in its order of preference) that
   * is offered here. A client that names no method asks for anonymous (Advanced Profile,
   * "Authentication").
   */
  pick(offered: readonly string[] | undefined): RouterAuthMethod | undefined {
    if (offered === undefined || offered.length === 0) return this.#methods.get('anonymous');
    for (const name of offered) {
      const method = this.#methods.get(name);
      if (method !== undefined) return method;
    }
    return undefined;
  }
}
