/**
 * `forward_for`: the chain of peers a message was forwarded for, set by routers that relay
 * messages between each other (Autobahn|Python and Crossbar.io router-to-router links).
 *
 * @module
 */
import { isId } from './check-id.js';
import type { OptionCheck } from './check-options.js';
import { isDict } from './check-dict.js';

/** One hop of `Options.forward_for` / `Details.forward_for`. */
export interface ForwardForEntry {
  /** The session the message was forwarded for. */
  session: number;
  authid: string;
  authrole: string;
  [key: string]: unknown;
}

function isEntry(value: unknown): boolean {
  return isDict(value) && isId(value['session']) && typeof value['authid'] === 'string' && typeof value['authrole'] === 'string';
}

/** The option check of `forward_for`: a (possibly empty) list of {@link ForwardForEntry}. */
export const FORWARD_FOR: OptionCheck = {
  is: (value) => Array.isArray(value) && value.every(isEntry),
  expected: 'a list of {session, authid, authrole}',
};
