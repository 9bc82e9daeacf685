/**
 * Small builders for what the router sends back: ERROR replies that carry a readable message,
 * and the payload passthru keys forwarded from a request to the message the router derives.
 *
 * @module
 */
import { ErrorMessage } from '@wamp/message';

/**
 * Builds ERROR `[8, requestType, request, {}, error, [message]]`. The message travels as the
 * first positional argument, where Autobahn and Crossbar.io put it, so clients show it.
 */
export function errorReply(requestType: number, request: number, error: string, message: string): ErrorMessage {
  return new ErrorMessage({ requestType, request, error, details: {}, args: [message] });
}

// Payload passthru mode (Advanced Profile): the options that describe an opaque payload, in the
// spec's and Autobahn's naming, travel with it to the receiver.
const PASSTHRU_KEYS = ['ppt_scheme', 'ppt_serializer', 'ppt_cipher', 'ppt_keyid', 'enc_algo', 'enc_serializer', 'enc_key'] as const;

/**
 * The Details dict of a message derived from a request (INVOCATION from CALL, EVENT from PUBLISH,
 * RESULT from YIELD, ERROR from ERROR): empty, plus the payload passthru keys of `options` when
 * the request carries an opaque payload — without them the receiver could not parse it.
 */
export function derivedDetails(options: Readonly<Record<string, unknown>>, payload: Uint8Array | undefined): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  if (payload === undefined) return details;
  for (const key of PASSTHRU_KEYS) if (options[key] !== undefined) details[key] = options[key];
  return details;
}
