/**
 * The built-in messages every `ISerializer` must round-trip.
 *
 * @module
 */
import {
  Abort,
  Authenticate,
  Challenge,
  ErrorMessage,
  Event,
  Goodbye,
  Hello,
  Publish,
  Published,
  Subscribe,
  Subscribed,
  Unsubscribe,
  Unsubscribed,
  Welcome,
} from '@wamp/message';
import { ENC, MAX_ID, NESTED, NUMBERS, UNICODE, bytes } from './corpus-values.js';
import type { NamedMessage } from './corpus-values.js';
import { rpcMessageCorpus } from './message-corpus-rpc.js';

/**
 * Fresh messages (their byte caches empty): every one of the 24 message
 * types at least once, IDs 1 and 2^53, empty and populated options, unicode
 * and control characters, byte strings in `Arguments`, `ArgumentsKw` and as
 * a transparent payload, keyword-only payloads, integers at every width.
 */
export function messageCorpus(): NamedMessage[] {
  return [
    {
      name: 'HELLO with roles and auth details',
      message: new Hello({
        realm: 'realm1',
        details: {
          roles: { caller: {}, subscriber: { features: { pattern_based_subscription: true } } },
          authmethods: ['anonymous', 'ticket'],
          authid: UNICODE,
        },
      }),
    },
    {
      name: 'WELCOME with session id 2^53',
      message: new Welcome({
        session: MAX_ID,
        details: {
          realm: 'realm1',
          authid: 'joe',
          authrole: 'user',
          roles: { broker: {}, dealer: { features: { progressive_call_results: true } } },
        },
      }),
    },
    { name: 'WELCOME with session id 1', message: new Welcome({ session: 1, details: { roles: { dealer: {} } } }) },
    {
      name: 'ABORT with a unicode message',
      message: new Abort({ details: { message: UNICODE }, reason: 'wamp.error.no_such_realm' }),
    },
    { name: 'CHALLENGE with empty extra', message: new Challenge({ authMethod: 'ticket', extra: {} }) },
    {
      name: 'CHALLENGE with cryptosign extra and null',
      message: new Challenge({
        authMethod: 'cryptosign',
        extra: { challenge: 'fa034062ad76352b53a25358854577730db82f367aa439709c91296d04a5716c', channel_binding: null },
      }),
    },
    {
      name: 'AUTHENTICATE with a unicode signature',
      message: new Authenticate({ signature: `pässwörd-${UNICODE}`, extra: {} }),
    },
    { name: 'GOODBYE with empty details', message: new Goodbye({ details: {}, reason: 'wamp.close.normal' }) },
    {
      name: 'ERROR for CALL with args and kwargs',
      message: new ErrorMessage({
        requestType: 48,
        request: 7814135,
        details: {},
        error: 'com.myapp.error.object_write_protected',
        args: ['Object is write protected.'],
        kwargs: { severity: 3 },
      }),
    },
    {
      name: 'ERROR for SUBSCRIBE without payload, request id 2^53',
      message: new ErrorMessage({ requestType: 32, request: MAX_ID, details: {}, error: 'wamp.error.not_authorized' }),
    },
    {
      name: 'PUBLISH with empty options and no payload',
      message: new Publish({ request: 1, options: {}, topic: 'com.myapp.topic1' }),
    },
    {
      name: 'PUBLISH with kwargs only',
      message: new Publish({
        request: 239714736,
        options: { acknowledge: true, exclude_me: false },
        topic: 'com.myapp.topic1',
        args: [],
        kwargs: { color: 'orange', ключ: UNICODE },
      }),
    },
    {
      name: 'PUBLISH with integers of every width and floats',
      message: new Publish({
        request: 239714748,
        options: {},
        topic: 'com.myapp.t',
        args: NUMBERS,
        kwargs: { pi: Math.PI },
      }),
    },
    {
      name: 'PUBLISH with a transparent byte payload',
      message: new Publish({
        request: 239714754,
        options: { ...ENC, enc_key: 'k1' },
        topic: 'com.myapp.secret',
        payload: bytes(300),
      }),
    },
    { name: 'PUBLISHED with ids 2^53', message: new Published({ request: MAX_ID, publication: MAX_ID }) },
    {
      name: 'SUBSCRIBE with prefix match',
      message: new Subscribe({ request: 713845235, options: { match: 'prefix' }, topic: 'com.myapp.topic.emergency' }),
    },
    {
      name: 'SUBSCRIBE with empty options',
      message: new Subscribe({ request: 1, options: {}, topic: 'com.myapp.mytopic1' }),
    },
    { name: 'SUBSCRIBED with ids 1', message: new Subscribed({ request: 1, subscription: 1 }) },
    { name: 'UNSUBSCRIBE', message: new Unsubscribe({ request: 85346237, subscription: MAX_ID }) },
    { name: 'UNSUBSCRIBED', message: new Unsubscribed({ request: 85346237 }) },
    {
      name: 'EVENT without payload',
      message: new Event({ subscription: 5512315355, publication: 4429313566, details: {} }),
    },
    {
      name: 'EVENT with bytes in args and kwargs, empty bytes included',
      message: new Event({
        subscription: 5512315355,
        publication: 4429313571,
        details: {},
        args: [bytes(16), { inner: new Uint8Array(0) }],
        kwargs: { blob: bytes(70, 7) },
      }),
    },
    {
      name: 'EVENT with nested lists and dicts',
      message: new Event({
        subscription: MAX_ID,
        publication: MAX_ID,
        details: { topic: 'com.myapp.topic.emergency.11' },
        args: [NESTED],
        kwargs: { nested: NESTED },
      }),
    },
    {
      name: 'EVENT with a transparent byte payload',
      message: new Event({
        subscription: 5512315355,
        publication: 4429313575,
        details: { publisher: 3335656, ...ENC },
        payload: bytes(33, 5),
      }),
    },
    ...rpcMessageCorpus(),
  ];
}
