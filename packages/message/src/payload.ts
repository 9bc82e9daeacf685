/**
 * The application payload at the end of PUBLISH, EVENT, CALL, INVOCATION,
 * YIELD, RESULT, ERROR and ABORT: `Arguments|list` and `ArgumentsKw|dict`, or
 * one opaque binary payload in payload passthru mode.
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
import type { Dict } from './check-fields.js';
import { checkDict, checkList } from './check-fields.js';
import { preview } from './preview.js';

/** The payload fields a message carries. */
export interface PayloadFields {
  /** Positional arguments. */
  args?: unknown[] | undefined;
  /** Keyword arguments. */
  kwargs?: Dict | undefined;
  /**
   * One opaque payload (payload passthru mode / end-to-end encryption), in the
   * Arguments position; set only when the options carry `ppt_scheme` or `enc_algo`.
   */
  payload?: Uint8Array | undefined;
}

/** True when an Options/Details dict switches the message to payload passthru mode (spec or Autobahn naming). */
export function isPassthru(dict: Dict): boolean {
  return dict['ppt_scheme'] !== undefined || dict['enc_algo'] !== undefined;
}

/**
 * Reads the payload positions of `wmsg` starting at `index`.
 *
 * @param name - the message type, e.g. `CALL`, for errors.
 * @throws {ProtocolError} for a non-list Arguments, a non-dict ArgumentsKw, or a
 * passthru payload that is not bytes or is followed by ArgumentsKw.
 */
export function readPayload(wmsg: readonly unknown[], index: number, name: string, passthru: boolean): PayloadFields {
  if (wmsg.length <= index) return {};
  const first = wmsg[index];
  if (passthru) {
    if (!(first instanceof Uint8Array)) {
      throw new ProtocolError(`${name}.Payload must be binary in payload passthru mode, got ${preview(first)}`);
    }
    if (wmsg.length > index + 1) throw new ProtocolError(`${name} in payload passthru mode must not carry ArgumentsKw`);
    return { payload: first };
  }
  const args = checkList(first, `${name}.Arguments`);
  if (wmsg.length === index + 1) return { args };
  return { args, kwargs: checkDict(wmsg[index + 1], `${name}.ArgumentsKw`) };
}

/**
 * Appends the payload to a marshalled message, leaving out empty trailing
 * Arguments/ArgumentsKw as the spec requires (Arguments is `[]` when only
 * keyword arguments exist).
 */
export function writePayload(out: unknown[], fields: PayloadFields): unknown[] {
  if (fields.payload !== undefined) {
    out.push(fields.payload);
    return out;
  }
  const { args, kwargs } = fields;
  if (kwargs !== undefined && hasKeys(kwargs)) {
    out.push(args ?? [], kwargs);
  } else if (args !== undefined && args.length > 0) {
    out.push(args);
  }
  return out;
}

function hasKeys(dict: Dict): boolean {
  for (const _ in dict) return true;
  return false;
}

/** The payload passthru keys of an Options/Details dict, in the spec's and Autobahn's naming. */
export interface PassthruKeys {
  /** Spec: the passthru scheme (`wamp`, `mqtt`, `x_…`). */
  ppt_scheme?: string;
  /** Spec: the payload's serializer (`native`, `json`, `msgpack`, `cbor`, …). */
  ppt_serializer?: string;
  /** Spec: the cipher of an encrypted payload. */
  ppt_cipher?: string;
  /** Spec: the key id of an encrypted payload. */
  ppt_keyid?: string;
  /** Autobahn: the encryption algorithm (`cryptobox`, `mqtt`, `xbr`, `x_…`). */
  enc_algo?: string;
  /** Autobahn: the payload's serializer. */
  enc_serializer?: string;
  /** Autobahn: the key id. */
  enc_key?: string;
}
