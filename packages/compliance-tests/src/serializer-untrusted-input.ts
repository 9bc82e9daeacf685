/**
 * The `ISerializer` checks of untrusted input: everything a peer may send.
 *
 * @module
 */
import fc from 'fast-check';
import type { IMessage, ISerializer } from '@wamp/interfaces';
import { assertRefusedWithProtocolError } from './assertions.js';
import { preview } from './data-equal.js';
import { garbageBytes, repeatedBytePayloads, truncations } from './hostile-bytes.js';
import { messageCorpus } from './message-corpus.js';
import { RawListMessage } from './raw-list-message.js';
import { assertMessagesOrProtocolError, serializeChecked } from './serializer-checks.js';
import type { SerializerSetupArgs } from './test-setup.js';

/** Declares one check on a fresh serializer (`args` picks the variant). */
export type DeclareSerializerCheck = (
  title: string,
  body: (ser: ISerializer) => void,
  args?: SerializerSetupArgs
) => void;

const BATCHED: SerializerSetupArgs = { batched: true };

/** Values that encode fine but are not valid WAMP messages (WAMP §"Message Structure", §"IDs", §"URIs"). */
const NOT_MESSAGES: [string, unknown][] = [
  ['an unknown message type code', [999, 1]],
  ['an empty list', []],
  ['a string instead of a list', 'HELLO'],
  ['a dict instead of a list', { type: 48 }],
  ['a type code that is not an integer', ['48', 1, {}, 'com.example.x']],
  ['a CALL with request id 0', [48, 0, {}, 'com.example.x']],
  ['a CALL with request id 2^53 + 2', [48, 2 ** 53 + 2, {}, 'com.example.x']],
  ['a CALL with options that are not a dict', [48, 1, [], 'com.example.x']],
  ['a CALL with a URI with an empty component', [48, 1, {}, 'com..x']],
  ['a CALL without its procedure', [48, 1, {}]],
  ['an ERROR for a request type that has no error', [8, 99, 1, {}, 'wamp.error.x']],
];

/**
 * Declares the checks that a serializer refuses what it must refuse with a
 * `ProtocolError`, and survives random and hostile bytes.
 *
 * @param carries - whether the serializer carries a corpus message (a partial format may refuse some).
 */
export function declareUntrustedInputChecks(
  check: DeclareSerializerCheck,
  carries: (ser: ISerializer, message: IMessage, what: string) => boolean = () => true
): void {
  check('refuses a payload flagged with the wrong binary-ness with ProtocolError', (ser) => {
    const bytes = serializeChecked(ser, messageCorpus()[0]!.message, 'valid message');
    assertRefusedWithProtocolError(
      () => ser.unserialize(bytes, !ser.BINARY),
      `unserialize(valid bytes, isBinary=${String(!ser.BINARY)})`
    );
  });
  for (const [what, value] of NOT_MESSAGES) {
    check(`refuses ${what} with ProtocolError`, (ser) => {
      let bytes: Uint8Array;
      try {
        [bytes] = ser.serialize(new RawListMessage(value));
      } catch {
        return; // the serializer will not even encode it: no bytes to check
      }
      assertRefusedWithProtocolError(() => ser.unserialize(bytes, ser.BINARY), `unserialize(${preview(value)})`);
    });
  }
  for (const args of [undefined, BATCHED]) {
    const variant = args === undefined ? 'default' : 'batched';
    check(
      `refuses an empty payload with ProtocolError (${variant} variant)`,
      (ser) => {
        assertRefusedWithProtocolError(() => ser.unserialize(new Uint8Array(0), ser.BINARY), 'unserialize(empty)');
      },
      args
    );
    check(
      `decodes random bytes to messages or refuses them with ProtocolError (${variant} variant, fast-check)`,
      (ser) => {
        fc.assert(
          fc.property(garbageBytes(), (bytes) => assertMessagesOrProtocolError(ser, bytes, 'random bytes')),
          { numRuns: 500 }
        );
      },
      args
    );
    check(
      `decodes each truncation of a valid encoding to messages or refuses it with ProtocolError (${variant} variant)`,
      (ser) => {
        for (const { name: what, message } of messageCorpus()) {
          if (!carries(ser, message, what)) continue;
          for (const cut of truncations(serializeChecked(ser, message, what), 32))
            assertMessagesOrProtocolError(ser, cut, `truncated ${what}`);
        }
      },
      args
    );
    check(
      `decodes a byte repeated 100,000 times to messages or refuses it with ProtocolError (${variant} variant)`,
      (ser) => {
        for (const bytes of repeatedBytePayloads()) assertMessagesOrProtocolError(ser, bytes, 'a repeated byte');
      },
      args
    );
  }
}
