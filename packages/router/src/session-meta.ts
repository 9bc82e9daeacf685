/**
 * The session meta API (Advanced Profile, "Session Meta API"): procedures a client calls about
 * the sessions of its realm. The router answers them itself; they go through the same
 * authorization as any call.
 *
 * @module
 */
import { WAMP_CLOSE, WAMP_ERROR } from '@wamp/interfaces';
import type { Peer } from './routing-records.js';

/** A procedure the router answers itself: returns the result, or throws a {@link MetaError}. */
export type MetaProcedure = (caller: Peer, args: readonly unknown[], kwargs: Readonly<Record<string, unknown>>) => unknown;

/** A meta procedure's refusal: the ERROR URI and its message. */
export class MetaError extends Error {
  constructor(
    readonly uri: string,
    message: string,
  ) {
    super(message);
  }
}

function roleFilter(args: readonly unknown[]): ((peer: Peer) => boolean) | undefined {
  const roles = args[0];
  if (roles === undefined || roles === null) return undefined;
  if (!Array.isArray(roles) || !roles.every((r) => typeof r === 'string')) throw new MetaError(WAMP_ERROR.INVALID_ARGUMENT, 'filter_authroles must be a list of strings');
  return (peer) => roles.includes(peer.authrole);
}

function sessionArg(args: readonly unknown[], sessions: ReadonlyMap<number, Peer>): Peer {
  const id = args[0];
  if (typeof id !== 'number') throw new MetaError(WAMP_ERROR.INVALID_ARGUMENT, 'the first argument must be a session ID');
  const peer = sessions.get(id);
  if (peer === undefined) throw new MetaError(WAMP_ERROR.NO_SUCH_SESSION, `no session ${id} on this realm`);
  return peer;
}

function closeArgs(kwargs: Readonly<Record<string, unknown>>): [string, string] {
  const reason = typeof kwargs['reason'] === 'string' ? kwargs['reason'] : WAMP_CLOSE.KILLED;
  const message = typeof kwargs['message'] === 'string' ? kwargs['message'] : 'killed through the session meta API';
  return [reason, message];
}

/** `wamp.session.*` procedures over the sessions of one realm. */
export function sessionMetaProcedures(sessions: ReadonlyMap<number, Peer>): Map<string, MetaProcedure> {
  const list = (args: readonly unknown[]): Peer[] => {
    const keep = roleFilter(args);
    return [...sessions.values()].filter((p) => keep === undefined || keep(p));
  };
  const killAll = (caller: Peer, kwargs: Readonly<Record<string, unknown>>, match: (p: Peer) => boolean): number[] => {
    const [reason, message] = closeArgs(kwargs);
    const victims = [...sessions.values()].filter((p) => p !== caller && match(p));
    for (const victim of victims) victim.kill(reason, message);
    return victims.map((v) => v.sessionId);
  };
  return new Map<string, MetaProcedure>([
    ['wamp.session.count', (_c, args) => list(args).length],
    ['wamp.session.list', (_c, args) => list(args).map((p) => p.sessionId)],
    ['wamp.session.get', (_c, args) => sessionArg(args, sessions).describe()],
    [
      'wamp.session.kill',
      (caller, args, kwargs) => {
        const victim = sessionArg(args, sessions);
        if (victim === caller) throw new MetaError(WAMP_ERROR.NO_SUCH_SESSION, 'a session cannot kill itself through the meta API (leave instead)');
        const [reason, message] = closeArgs(kwargs);
        victim.kill(reason, message);
        return undefined;
      },
    ],
    [
      'wamp.session.kill_by_authid',
      (caller, args, kwargs) => {
        if (typeof args[0] !== 'string') throw new MetaError(WAMP_ERROR.INVALID_ARGUMENT, 'the first argument must be an authid');
        return killAll(caller, kwargs, (p) => p.authid === args[0]);
      },
    ],
    [
      'wamp.session.kill_by_authrole',
      (caller, args, kwargs) => {
        if (typeof args[0] !== 'string') throw new MetaError(WAMP_ERROR.INVALID_ARGUMENT, 'the first argument must be an authrole');
        return killAll(caller, kwargs, (p) => p.authrole === args[0]).length;
      },
    ],
  ]);
}
