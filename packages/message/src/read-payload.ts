/**
 * Reading and writing the payload positions at the end of PUBLISH, EVENT, CALL, INVOCATION,
 * YIELD, RESULT, ERROR and ABORT (Basic Profile, "Empty Arguments and Keyword Arguments";
 * Advanced Profile, "Payload Passthru Mode").
 *
 * @module
 */
import { ProtocolError } from '@wamp/interfaces';
import type { Dict } from './check-dict.js';
import { checkDict, hasKeys, isDict } from './check-dict.js';
import { checkList, isBytes } from './check-fields.js';
import { isPassthru } from './passthru.js';
import type { PayloadFields } from './payload-fields.js';
import { preview } from './preview.js';

/**
 * Reads the payload positions of `wmsg` from `index` on into `target`.
 *
 * Normal mode: `Arguments` must be a list and `ArgumentsKw` a dict, except that a `null`
 * ArgumentsKw, and a `null` Arguments with no or an empty ArgumentsKw, read as absent: fox-wamp
 * (a JavaScript router) writes `[50, id, {}, [42], null]` and `[68, id, reg, {}, null, {}]` for
 * payloads it has none of. We never write `null` there; `null` Arguments with keyword arguments
 * stays refused, as the spec says. Passthru
 * mode: `Arguments` is one opaque byte string, either bare (Autobahn|Python's form, read into
 * `payload`) or as the only element of a list (the spec's form, read into `args` so it is
 * written back unchanged); `ArgumentsKw` must be absent or empty.
 *
 * @param name - the message type, e.g. `CALL`, for errors.
 * @throws {ProtocolError} naming the message type and the field otherwise.
 */
export function readPayload(target: PayloadFields, wmsg: readonly unknown[], index: number, name: string, passthru: boolean): void {
  const n = wmsg.length;
  if (n <= index) return;
  const first = wmsg[index];
  if (!passthru) {
    const kwargs = n > index + 1 ? wmsg[index + 1] : null;
    if (first === null && (kwargs === null || (isDict(kwargs) && !hasKeys(kwargs)))) return;
    target.args = checkList(first, `${name}.Arguments`);
    if (kwargs !== null) target.kwargs = checkDict(kwargs, `${name}.ArgumentsKw`);
    return;
  }
  if (isBytes(first)) {
    target.payload = first;
  } else if (Array.isArray(first) && first.length === 1 && isBytes(first[0])) {
    target.args = first;
  } else {
    throw new ProtocolError(
      `${name}.Arguments must be one byte string (bare or in a list) in payload passthru mode, got ${preview(first)}`,
    );
  }
  if (n > index + 1) {
    const kwargs = wmsg[index + 1];
    if (!isDict(kwargs) || hasKeys(kwargs)) {
      throw new ProtocolError(`${name}.ArgumentsKw must be absent or empty in payload passthru mode, got ${preview(kwargs)}`);
    }
  }
}

/**
 * Appends the payload to a marshalled message, leaving out empty trailing Arguments and
 * ArgumentsKw as the spec requires (Arguments is `[]` when only keyword arguments exist).
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

/**
 * Checks the payload fields a local caller gives a constructor: a `payload` needs a passthru
 * key in the message's Options/Details and excludes `args`/`kwargs`, otherwise `marshal()`
 * would write a message that no peer (this package included) accepts.
 *
 * @param cls - the class, e.g. `Call`, for errors.
 * @param dictName - the dict's field, `options` or `details`, for errors.
 * @throws {TypeError} naming the argument.
 */
export function checkPayloadInit(fields: PayloadFields, dict: Readonly<Dict>, cls: string, dictName: string): void {
  const payload = fields.payload;
  if (payload === undefined) return;
  if (!isBytes(payload)) throw new TypeError(`${cls}: init.payload must be a Uint8Array, got ${preview(payload)}`);
  if ((fields.args !== undefined && fields.args.length > 0) || (fields.kwargs !== undefined && hasKeys(fields.kwargs))) {
    throw new TypeError(`${cls}: init.payload excludes init.args and init.kwargs (payload passthru mode carries one opaque payload)`);
  }
  if (!isPassthru(dict)) {
    throw new TypeError(`${cls}: init.payload needs ${dictName}.ppt_scheme or ${dictName}.enc_algo (payload passthru mode)`);
  }
}
