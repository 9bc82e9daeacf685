/**
 * The RPC part of the message corpus (CALL to YIELD).
 *
 * @module
 */
import {
  Call,
  Cancel,
  Interrupt,
  Invocation,
  Register,
  Registered,
  Result,
  Unregister,
  Unregistered,
  Yield,
} from '@wamp/message';
import { CONTROL, ENC, MAX_ID, NESTED, NUMBERS, UNICODE, bytes } from './corpus-values.js';
import type { NamedMessage } from './corpus-values.js';

/** Fresh RPC messages: CALL, CANCEL, RESULT, REGISTER(ED), UNREGISTER(ED), INVOCATION, INTERRUPT, YIELD. */
export function rpcMessageCorpus(): NamedMessage[] {
  return [
    {
      name: 'CALL with empty options and no payload',
      message: new Call({ request: 1, options: {}, procedure: 'com.myapp.ping' }),
    },
    {
      name: 'CALL with kwargs only',
      message: new Call({
        request: 7814136,
        options: {},
        procedure: 'com.myapp.user.new',
        args: [],
        kwargs: { firstname: 'John' },
      }),
    },
    {
      name: 'CALL with timeout, progress and request id 2^53',
      message: new Call({
        request: MAX_ID,
        options: { timeout: 1000, receive_progress: true },
        procedure: 'com.myapp.longop',
        args: [10],
      }),
    },
    {
      name: 'CALL with control characters and unicode text',
      message: new Call({
        request: 7814148,
        options: {},
        procedure: 'com.myapp.x',
        args: [CONTROL, UNICODE, ''],
        kwargs: { '': '', '🔑': UNICODE },
      }),
    },
    {
      name: 'CALL with booleans and null',
      message: new Call({
        request: 7814149,
        options: {},
        procedure: 'com.myapp.x',
        args: [true, false, null],
        kwargs: { n: null },
      }),
    },
    { name: 'CANCEL with mode kill', message: new Cancel({ request: 7814137, options: { mode: 'kill' } }) },
    { name: 'RESULT with empty details and no payload', message: new Result({ request: 7814135, details: {} }) },
    {
      name: 'RESULT with args and kwargs',
      message: new Result({
        request: 7814135,
        details: { progress: true },
        args: ['johnny'],
        kwargs: { userid: 123, karma: 10.5 },
      }),
    },
    {
      name: 'RESULT with a transparent byte payload',
      message: new Result({ request: 7814141, details: ENC, payload: bytes(8) }),
    },
    {
      name: 'REGISTER with match and invoke policy',
      message: new Register({
        request: 25349190,
        options: { match: 'prefix', invoke: 'roundrobin' },
        procedure: 'com.myapp.shared',
      }),
    },
    { name: 'REGISTERED with ids 2^53', message: new Registered({ request: MAX_ID, registration: MAX_ID }) },
    { name: 'UNREGISTER with ids 1', message: new Unregister({ request: 1, registration: 1 }) },
    { name: 'UNREGISTERED', message: new Unregistered({ request: 788923562 }) },
    {
      name: 'INVOCATION with bytes and unicode',
      message: new Invocation({
        request: 6131538,
        registration: 9823533,
        details: { caller: 3335656 },
        args: [bytes(20), UNICODE],
        kwargs: { b: bytes(3) },
      }),
    },
    {
      name: 'INVOCATION with kwargs only',
      message: new Invocation({ request: 1, registration: MAX_ID, details: {}, args: [], kwargs: { userid: 123 } }),
    },
    {
      name: 'INTERRUPT with mode killnowait',
      message: new Interrupt({ request: 6131533, options: { mode: 'killnowait' } }),
    },
    { name: 'YIELD with empty options and no payload', message: new Yield({ request: 6131533, options: {} }) },
    {
      name: 'YIELD with progress, nested payload and a long string',
      message: new Yield({
        request: 6131535,
        options: { progress: true },
        args: [0.25, NESTED, 'wamp-'.repeat(14000)],
        kwargs: { numbers: NUMBERS },
      }),
    },
  ];
}
