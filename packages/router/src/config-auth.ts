/**
 * The `auth` section of a Crossbar.io transport: anonymous, ticket, WAMP-CRA and (schema only)
 * cryptosign, each of `type: "static"`.
 *
 * @module
 */
import type { AnonymousAuthOptions, TicketPrincipal, WampCraUser } from './auth/auth-options.js';
import type { ConfigProblems, Reader } from './config-schema.js';
import { dict, envString, integer, keyPath, list, object, oneOf, optional, required, string } from './config-schema.js';
import type { CryptosignPrincipalConfig, TransportAuthConfig } from './config-types.js';

// Crossbar.io's `dynamic` and `function` authenticators need code this router cannot load.
const staticType = (method: string): Reader<'static'> => (value, path, problems) => {
  if (value === 'dynamic' || value === 'function') {
    problems.add(path, `${method} authentication of type ${JSON.stringify(value)} is not supported by @wamp/router (only "static")`);
    return undefined;
  }
  return oneOf(['static'] as const)(value, path, problems);
};

const principalRole = (role: string | undefined, defaultRole: string | undefined, path: string, problems: ConfigProblems): string => {
  const granted = role ?? defaultRole;
  if (granted === undefined) problems.add(keyPath(path, 'role'), 'required (or set default-role for the method)');
  return granted ?? '';
};

const anonymous = object({ type: required(staticType('anonymous')), role: optional(string()), authid: optional(string()), realm: optional(string()) });

const ticketPrincipal = object({ ticket: required(envString), role: optional(string()), realm: optional(string()) });
const ticket = object({ type: required(staticType('ticket')), principals: required(dict(ticketPrincipal)), 'default-role': optional(string()) });

const wampcraUser = object({
  secret: required(envString),
  role: optional(string()),
  realm: optional(string()),
  salt: optional(string()),
  iterations: optional(integer(1, 10_000_000)),
  keylen: optional(integer(1, 1024)),
});
const wampcra = object({ type: required(staticType('wampcra')), users: required(dict(wampcraUser)), 'default-role': optional(string()) });

const publicKey = string((s) => (/^[0-9a-fA-F]{64}$/.test(s) ? undefined : 'must be an Ed25519 public key as 64 hex characters'));
const cryptosignPrincipal = object({ authorized_keys: required(list(publicKey)), role: optional(string()), realm: optional(string()) });
const cryptosign = object(
  { type: required(staticType('cryptosign')), principals: required(dict(cryptosignPrincipal)), 'default-role': optional(string()) },
  { unsupported: ['trustroots'] },
);

const authShape = object(
  { anonymous: optional(anonymous), ticket: optional(ticket), wampcra: optional(wampcra), cryptosign: optional(cryptosign) },
  { unsupported: ['tls', 'cookie', 'scram', 'cryptosign-proxy', 'anonymous-proxy'] },
);

/** Reads a transport's `auth` dict into the router's authentication options. */
export const readTransportAuth: Reader<TransportAuthConfig> = (value, path, problems) => {
  const auth = authShape(value, path, problems);
  if (auth === undefined) return undefined;
  const out: { -readonly [K in keyof TransportAuthConfig]: TransportAuthConfig[K] } = {};
  if (auth.anonymous !== undefined) {
    const { role, authid, realm } = auth.anonymous;
    const options: AnonymousAuthOptions = {};
    if (role !== undefined) options.role = role;
    if (authid !== undefined) options.authid = authid;
    if (realm !== undefined) options.realm = realm;
    out.anonymous = options;
  }
  if (auth.ticket?.principals !== undefined) {
    const { principals, 'default-role': defaultRole } = auth.ticket;
    const at = keyPath(keyPath(path, 'ticket'), 'principals');
    const mapped: Record<string, TicketPrincipal> = {};
    for (const [authid, p] of Object.entries(principals)) {
      mapped[authid] = { ticket: p.ticket, role: principalRole(p.role, defaultRole, keyPath(at, authid), problems), realm: p.realm };
    }
    out.ticket = { principals: mapped };
  }
  if (auth.wampcra?.users !== undefined) {
    const { users, 'default-role': defaultRole } = auth.wampcra;
    const at = keyPath(keyPath(path, 'wampcra'), 'users');
    const mapped: Record<string, WampCraUser> = {};
    for (const [authid, u] of Object.entries(users)) {
      const where = keyPath(at, authid);
      const salting = [u.salt, u.iterations, u.keylen].filter((v) => v !== undefined).length;
      if (salting !== 0 && salting !== 3) problems.add(where, 'salt, iterations and keylen must be given together (a salted secret needs all three)');
      mapped[authid] = { secret: u.secret, role: principalRole(u.role, defaultRole, where, problems), realm: u.realm, salt: u.salt, iterations: u.iterations, keylen: u.keylen };
    }
    out.wampcra = { users: mapped };
  }
  if (auth.cryptosign?.principals !== undefined) {
    const { principals, 'default-role': defaultRole } = auth.cryptosign;
    const at = keyPath(keyPath(path, 'cryptosign'), 'principals');
    const mapped: Record<string, CryptosignPrincipalConfig> = {};
    for (const [authid, p] of Object.entries(principals)) {
      mapped[authid] = { authorizedKeys: p.authorized_keys, role: principalRole(p.role, defaultRole, keyPath(at, authid), problems), realm: p.realm };
    }
    out.cryptosign = { principals: mapped };
  }
  return out;
};
